import { describe, expect, it } from 'vitest';
import { emptyCase, type CaseDocument } from '../../../shared/model/case';
import { MANDATES, RELATION_QUALITIES, type CaseLink, type LinkDraft } from '../../../shared/model/links';
import { FIELDS, INSTITUTION_CATEGORIES, type CaseNode } from '../../../shared/model/nodes';
import { institution, person, professional } from '../../../shared/model/operations';
import { legendEntries } from '../../../shared/render/legend';
import { institutionTexts } from '../../../shared/render/symbols';
import { serializeSvg } from '../../../shared/render/svg';

/** A case that uses every category, field, relation and mandate, so that its legend lists them all. */
function everything(): CaseDocument {
  const nodes: CaseNode[] = [
    { ...person({ name: 'A', gender: 'woman' }), id: 'A' },
    { ...person({ name: 'B', gender: 'man' }), id: 'B' },
    ...INSTITUTION_CATEGORIES.map((category) => ({ ...institution({ name: category, category }), id: `i-${category}` })),
    ...FIELDS.map((field) => ({ ...professional({ name: field, role: 'as', field }), id: `p-${field}` })),
  ];
  const links: LinkDraft[] = [
    ...RELATION_QUALITIES.map((quality): LinkDraft => ({ kind: 'relation', a: 'A', b: 'B', quality, direction: quality === 'support' ? 'forward' : 'none', intensity: 2 })),
    ...MANDATES.map((mandate): LinkDraft => ({ kind: 'intervention', from: 'p-aide', to: 'A', mandate, measure: '' })),
    { kind: 'partnership', a: 'p-aide', b: 'p-soin', formality: 'formal' },
    { kind: 'partnership', a: 'p-aide', b: 'p-education', formality: 'informal' },
    { kind: 'partnership', a: 'p-aide', b: 'p-controle', formality: 'none' },
    { kind: 'referral', from: 'p-aide', to: 'A' },
  ];
  return { ...emptyCase('test', new Date('2026-01-01T00:00:00Z')), nodes, links: links.map((l, i) => ({ id: `l${i}`, notes: '', ...l }) as CaseLink) };
}

/** A legend sample as printed without colour: every colour the same ink, white and none kept apart. */
function withoutColour(svg: string): string {
  return svg.replace(/(fill|stroke)="(#[0-9a-fA-F]{3,8})"/g, (_, attribute: string, colour: string) => `${attribute}="${/^#f{3}(f{3})?$/i.test(colour) ? 'white' : 'ink'}"`);
}

describe('the legend, read in black and white', () => {
  const entries = legendEntries(everything(), 'fr');

  it('lists every institution category, professional field, relation and mandate the case uses', () => {
    const keys = entries.map((e) => e.key);
    for (const category of INSTITUTION_CATEGORIES) expect(keys).toContain(`category.${category}`);
    for (const field of FIELDS) expect(keys).toContain(`field.${field}`);
    for (const quality of RELATION_QUALITIES) expect(keys).toContain(`relation.${quality}`);
    for (const mandate of MANDATES) expect(keys).toContain(`mandate.${mandate}`);
  });

  it('has no two samples that look the same once colour is gone', () => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const look = withoutColour(serializeSvg(entry.sample(0, 0)));
      expect(seen.get(look), `${entry.label} looks like ${seen.get(look)}`).toBeUndefined();
      seen.set(look, entry.label);
    }
  });
});

describe('an institution’s name', () => {
  it.each(['Conseil départemental du Nord, UTAS Lille', 'Conseil départemental du Nord, UTAS Lille-Moulins'])('wraps instead of being cut: %s', (name) => {
    const inst = institution({ name, category: 'social' });
    for (const large of [false, true]) {
      const texts = institutionTexts(inst, { width: 200, height: 96 }, { locale: 'fr', referenceYear: 2026, large });
      const words = texts.map((t) => t.text).join(' ');
      for (const word of name.split(' ')) expect(words).toContain(word);
      expect(words).not.toContain('…');
      expect(texts.length).toBeGreaterThanOrEqual(2);
      expect(texts.length).toBeLessThanOrEqual(3);
      // Within the header.
      for (const t of texts) expect(t.y).toBeLessThanOrEqual(38);
    }
  });
});
