import { describe, expect, it } from 'vitest';
import { findLeaks } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { nodeFontFiles } from '../../../build/cli/node-fonts';
import { comparisonPdf, comparisonSheet, comparisonSvgText, comparisonSvg, MARK_COLOUR } from '../../../shared/timeline/compare-diagram';
import { datedSnapshot, stateOfCase } from '../../../shared/timeline/state';
import { laurentOverTime } from './fixtures';

const { doc, entry } = laurentOverTime();
const now = { state: stateOfCase(doc), day: '2026-11-01' };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the comparison sheet', () => {
  const sheet = comparisonSheet(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: false });
  const svg = comparisonSvgText(sheet);

  it('draws both states: who left is still on the map, struck through, and each change is numbered as in the list', () => {
    expect(svg).toContain('>Paul Martin<');
    // One badge on the map per change that has a place there (the event has none), one per line of the list.
    const entries = sheet.described.entries.length;
    const badges = [...svg.matchAll(/font-weight="700" font-family="[^"]*" fill="#ffffff" stroke="none">(\d+)</g)].map((m) => Number(m[1]));
    expect(entries).toBe(6);
    expect(badges.filter((n) => n === 2)).toHaveLength(1);
    for (const n of [1, 3, 4, 5, 6]) expect(badges.filter((b) => b === n), `badge ${n}`).toHaveLength(2);
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
});
