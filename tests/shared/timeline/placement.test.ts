// A placement told and drawn (#15 trial): placing Enzo did not change the narrative, had no mark on
// the comparison map, and was dropped from the anonymised comparison.
import { describe, expect, it } from 'vitest';
import { describeCase, describeComparison } from '../../../shared/narrative/describe';
import { comparisonSheet, comparisonSvgText } from '../../../shared/timeline/compare-diagram';
import { datedSnapshot, stateOfCase } from '../../../shared/timeline/state';
import { takeSnapshot } from '../../../shared/model/snapshot';
import { idOf, laurent } from './fixtures';

const DAY = '2026-11-30';

/** The worked example, a snapshot in October 2025, then Enzo placed in March 2026. */
function enzoPlaced() {
  const taken = takeSnapshot(laurent(), { name: 'Entrée dans le dispositif', date: '2025-10', now: new Date('2025-10-15T10:00:00Z') });
  const doc = { ...taken.doc, events: [{ id: 'ev-placement', kind: 'placement' as const, subject: idOf(taken.doc, 'Enzo Moreau'), date: '2026-03', label: 'MECS Les Tilleuls', notes: '' }] };
  return { doc, entry: taken.snapshot };
}

describe('a placement', () => {
  it('changes who lives with whom in the narrative: Enzo is told as placed, not as living with his mother', () => {
    const { doc } = enzoPlaced();
    const fr = describeCase(doc, { locale: 'fr', day: DAY }).text;
    expect(fr).toMatch(/Elle vit avec [^.]*Léa Moreau/);
    expect(fr).not.toMatch(/vit avec [^.]*Enzo/);
    expect(fr).toMatch(/Enzo Moreau \(14 ans\) est placé depuis mars 2026 \(MECS Les Tilleuls\)\./);
    expect(describeCase(doc, { locale: 'en', day: DAY }).text).toMatch(/Enzo Moreau \(14\) has been placed in care since March 2026 \(MECS Les Tilleuls\)\./);
    // Before the placement, he lived at home.
    expect(describeCase(doc, { locale: 'fr', day: '2026-01-15' }).text).toMatch(/vit avec [^.]*Enzo Moreau/);
    // Anonymised: placed, without the date or the place.
    const anonymised = describeCase(doc, { locale: 'fr', day: DAY, anonymise: true }).text;
    expect(anonymised).toMatch(/est placé\./);
    expect(anonymised).not.toMatch(/Tilleuls|2026|Enzo/);
  });

  it('is marked on the comparison map and told in the anonymised comparison', () => {
    const { doc, entry } = enzoPlaced();
    const now = { state: stateOfCase(doc), day: DAY };
    const sheet = comparisonSheet(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: false });
    expect(sheet.described.entries.map((e) => e.sentences.join(' '))).toEqual(['Nouvel événement (mars 2026) : placement d’Enzo Moreau (MECS Les Tilleuls).']);
    const badges = [...comparisonSvgText(sheet).matchAll(/fill="#ffffff" stroke="none">(\d+)</g)].map((m) => m[1]);
    // On the map (beside Enzo) and in the list.
    expect(badges).toEqual(['1', '1']);
    const anonymised = describeComparison(doc, datedSnapshot(entry), now, { locale: 'fr', anonymise: true });
    expect(anonymised.entries.map((e) => e.sentences.join(' '))).toEqual([expect.stringMatching(/^Nouvel événement : placement (de |d’).+\.$/)]);
    expect(anonymised.text).not.toMatch(/Enzo|Tilleuls|2026/);
  });
});
