// Who reads the narrative (#15 trial): told for others than the practitioner, it honours the
// circulation levels, through the same redaction engine as the synthèse sheets, and the guard.
import { describe, expect, it } from 'vitest';
import { describeCase } from '../../../shared/narrative/describe';
import { idOf, laurent } from '../timeline/fixtures';

/** The worked example with Mme Rossi "not shared", and a placement for professionals only. */
function withLevels() {
  const doc = laurent();
  const rossi = idOf(doc, 'Mme Rossi');
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === rossi ? { ...n, sharing: { level: 'none' as const, with: [] } } : n)),
    events: [{ id: 'ev-placement', kind: 'placement' as const, subject: idOf(doc, 'Enzo Moreau'), date: '2026-03', label: 'MECS Les Tilleuls', notes: '', sharing: { level: 'professionals' as const, with: [] } }],
  };
}

describe('the narrative for its readers', () => {
  it('the practitioner’s own copy tells everything', () => {
    const text = describeCase(withLevels(), { locale: 'fr', day: '2026-11-30' }).text;
    expect(text).toContain('Mme Rossi');
    expect(text).toContain('MECS Les Tilleuls');
  });

  it('for professionals bound by secrecy: not what is "not shared"', () => {
    const text = describeCase(withLevels(), { locale: 'fr', day: '2026-11-30', reader: 'professionals' }).text;
    expect(text).not.toContain('Rossi');
    expect(text).toContain('MECS Les Tilleuls');
    expect(text).toContain('Claire Dubois');
  });

  it('for all participants (the family included): neither what is "not shared" nor what is for professionals only', () => {
    const text = describeCase(withLevels(), { locale: 'fr', day: '2026-11-30', reader: 'all' }).text;
    expect(text).not.toContain('Rossi');
    expect(text).not.toContain('Tilleuls');
    expect(text).not.toMatch(/placé/);
    expect(text).toContain('Sophie Laurent');
  });
});
