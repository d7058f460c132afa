import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { nodeFontFiles } from '../../../build/cli/node-fonts';
import { diagramGeometry } from '../../../shared/genogram/readability';
import type { Box } from '../../../shared/genogram/metrics';
import { linkEnds } from '../../../shared/model/links';
import type { LinkRoutes } from '../../../shared/render/links';
import type { SvgElement } from '../../../shared/render/svg';
import { comparisonMarks, comparisonPdf, comparisonSheet, comparisonSvgText, comparisonSvg, MARK_COLOUR, unionCase } from '../../../shared/timeline/compare-diagram';
import { datedSnapshot, stateOfCase } from '../../../shared/timeline/state';
import { laurentOverTime, linkBetweenNamed } from './fixtures';

const { doc, entry } = laurentOverTime();
const now = { state: stateOfCase(doc), day: '2026-11-01' };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the comparison sheet', () => {
  const sheet = comparisonSheet(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: false });
  const svg = comparisonSvgText(sheet);

  it('draws both states: who left is still on the map, struck through, and each change is numbered as in the list', () => {
    expect(svg).toContain('>Paul Martin<');
    // One badge on the map per change (the move on the household it concerns), one per line of the list.
    const entries = sheet.described.entries.length;
    const badges = [...svg.matchAll(/font-weight="700" font-family="[^"]*" fill="#ffffff" stroke="none">(\d+)</g)].map((m) => Number(m[1]));
    expect(entries).toBe(6);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(badges.filter((b) => b === n), `badge ${n}`).toHaveLength(2);
    expect(svg).toContain('Paul Martin, conseiller·ère (Habitat 59), a quitté le réseau.');
  });

  it('marks change by shape and pattern as well as colour', () => {
    // Left: square badges and hatching in the left colour; changed: a diamond and a dotted ring or the former line in grey.
    expect(svg).toMatch(new RegExp(`<g fill="${MARK_COLOUR.left}"[^>]*><rect`));
    expect(svg).toMatch(new RegExp(`<g stroke="${MARK_COLOUR.left}" stroke-width="1.2"><line`));
    expect(svg).toMatch(new RegExp(`<g fill="${MARK_COLOUR.changed}"[^>]*><path d="M`));
    expect(svg).toMatch(new RegExp(`<g fill="${MARK_COLOUR.arrived}"[^>]*><circle`));
    expect(svg).toContain('#a7abb0');
  });

  it('anonymised, names no one of either state, in SVG and PDF', async () => {
    const anonymised = comparisonSheet(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: true });
    const sensitive = [...sensitiveStrings(doc), ...sensitiveStrings({ ...doc, nodes: entry.nodes, links: entry.links })];
    const outputs = [await comparisonSvg(anonymised), await comparisonPdf(anonymised, { pageSize: 'A4', landscape: true }, nodeFontFiles)];
    for (const bytes of outputs) expect(await findLeaks(bytes, sensitive)).toEqual([]);
    expect(text(outputs[0] as Uint8Array)).toContain('Conseiller·ère — Bailleur social a quitté le réseau.');
    expect(text(outputs[1] as Uint8Array).startsWith('%PDF')).toBe(true);
  });

  it('puts each badge of a link clear of every name, caption and symbol of the map (an institution’s box is a background)', () => {
    const union = unionCase(doc, sheet.described.comparison);
    const ofLinks = new Set(sheet.described.entries.flatMap((entry, i) => (entry.change.record === 'link' ? [i + 1] : [])));
    const badges = badgesIn(comparisonMarks(union, sheet.described, 'fr').overlay).filter((badge) => ofLinks.has(badge.n));
    // The four links that changed: the tie that formed, the adviser's and the psychologist's that ended, the AEMO.
    expect(badges).toHaveLength(4);
    const { labels, symbols } = diagramGeometry(union, { locale: 'fr' });
    const institutions = new Set(union.nodes.filter((n) => n.kind === 'institution').map((n) => n.id));
    for (const badge of badges) {
      for (const { owner, box } of [...labels, ...symbols.filter((s) => !institutions.has(s.owner))]) expect(overlaps(badge.box, box), `badge ${badge.n} on ${owner}`).toBe(false);
    }
  });

  it('draws the links along the routes it is given, as the canvas and every export do, and marks them there', () => {
    const adviser = linkBetweenNamed({ ...doc, nodes: entry.nodes, links: entry.links }, 'intervention', 'Paul Martin', 'Sophie Laurent');
    const union = unionCase(doc, sheet.described.comparison);
    const [a, b] = linkEnds(adviser).map((id) => union.nodes.find((n) => n.id === id)?.position) as [{ x: number; y: number }, { x: number; y: number }];
    // A detour no straight line takes: down to y = 777, across, and up.
    const points = [{ x: a.x, y: a.y + 30 }, { x: a.x, y: 777 }, { x: b.x, y: 777 }, { x: b.x, y: b.y + 30 }];
    const routes: LinkRoutes = new Map([[adviser.id, { points }]]);
    const routed = comparisonSvgText(comparisonSheet(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: false, route: () => routes }));
    // The halo of its mark follows the route, and so does the line (drawn in pieces of whole dash periods).
    expect(routed).toContain(`<path d="M${a.x} ${a.y + 30} L${a.x} 777 L${b.x} 777 L${b.x} ${b.y + 30}" fill="none" stroke="#f4d4d0"`);
    expect(routed).toMatch(new RegExp(`<path d="[^"]*L${b.x} 777[^"]*"/>`));
    expect(svg).not.toContain(' 777');

    // Anonymised, the drawing has fresh ids: the marks still follow the routes it is drawn with.
    // (Professionals' positions are within their institution: the mandate and measure tell this link from the others.)
    const sameLink = (d: typeof doc) => d.links.find((l) => l.kind === 'intervention' && adviser.kind === 'intervention' && l.mandate === adviser.mandate && l.measure === adviser.measure && linkEnds(l).map((id) => d.nodes.find((n) => n.id === id)?.position).every((p, i) => p?.x === [a, b][i]?.x && p?.y === [a, b][i]?.y));
    const anonymised = comparisonSvgText(comparisonSheet(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: true, route: (d) => new Map([[sameLink(d)?.id as string, { points }]]) }));
    expect(anonymised).toContain(`<path d="M${a.x} ${a.y + 30} L${a.x} 777 L${b.x} 777 L${b.x} ${b.y + 30}" fill="none" stroke="#f4d4d0"`);
    expect(anonymised).toMatch(new RegExp(`<path d="[^"]*L${b.x} 777[^"]*"/>`));
  });
});

/** The numbered badges among the marks, by number. */
function badgesIn(overlay: SvgElement[]): Array<{ n: number; box: Box }> {
  const out: Array<{ n: number; box: Box }> = [];
  for (const element of overlay) {
    const label = element.children[1];
    if (element.tag !== 'g' || typeof label !== 'object' || label.tag !== 'text' || typeof label.children[0] !== 'string') continue;
    const [x, y] = [Number(label.attrs.x), Number(label.attrs.y) - 4];
    out.push({ n: Number(label.children[0]), box: { x: x - 13, y: y - 13, width: 26, height: 26 } });
  }
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
