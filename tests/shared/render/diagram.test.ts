import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { layoutCase } from '../../../shared/genogram/layout';
import { emptyCase } from '../../../shared/model/case';
import { renderDiagramSvg } from '../../../shared/render/diagram';
import { legendEntries } from '../../../shared/render/legend';
import { el, escapeXml, serializeSvg } from '../../../shared/render/svg';

describe('SVG diagram of a case', () => {
  const doc = laurentExample();
  const svg = renderDiagramSvg(doc, { locale: 'fr', title: doc.title });

  it('matches the reviewed drawing of the worked example', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/laurent.fr.svg');
  });

  it('draws the same thing after Organiser, in English', async () => {
    await expect(renderDiagramSvg(layoutCase(doc), { locale: 'en', title: doc.title })).toMatchFileSnapshot('__snapshots__/laurent-organised.en.svg');
  });

  it('is a standalone SVG with no ids, title, description, metadata or comments', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/\sid=|<title|<desc|<metadata|<!--/);
  });

  it('draws the conventions of the example: double outline, divorce slashes, dashed cohabitation, judicial mandate', () => {
    // The index person: two concentric circles.
    expect(svg.match(/<circle cx="60" cy="24" r="(22|27)"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('⚖ AEMO');
    expect(svg).toContain('stroke-dasharray="8 5"');
    expect(svg).toContain('Foyer de Sophie');
  });

  it('has a legend of exactly the symbols used', () => {
    const keys = legendEntries(doc, 'fr').map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['gender.woman', 'gender.man', 'index', 'couple.divorced', 'couple.cohabiting', 'relation.conflictual', 'mandate.judicial', 'partnership.none', 'referral', 'household']));
    expect(keys).not.toContain('deceased');
    expect(keys).not.toContain('relation.violence');
    expect(legendEntries(emptyCase('x'), 'fr')).toEqual([]);
  });

  it('escapes text so a name cannot inject markup', () => {
    const hostile = { ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, name: '<script>alert("x")</script> & co' } : n)) };
    const out = renderDiagramSvg(hostile, { locale: 'fr' });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
    expect(escapeXml('a\u0001b')).toBe('ab');
    expect(serializeSvg(el('text', { x: 1.23456 }, 'é'))).toBe('<text x="1.23">é</text>');
    // Attributes are double-quoted: a quote in a value is escaped, an apostrophe need not be.
    expect(serializeSvg(el('text', { 'aria-label': `N'Diaye "Jo"` }))).toBe('<text aria-label="N\'Diaye &quot;Jo&quot;"/>');
  });
});
