// For generated cases with random names, dates and typed text, the anonymised narrative (with what
// changed since a snapshot) names no one: the leak guard, which describeCase runs, finds nothing,
// and neither does a simpler check of every full name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLeaksSync, LeakError } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { foldText } from '../../../shared/anonymise/text';
import { utf8 } from '../../../shared/crypto/bytes';
import { generateCase } from '../../../shared/examples/generate';
import type { CaseDocument } from '../../../shared/model/case';
import type { CaseLink } from '../../../shared/model/links';
import { takeSnapshot } from '../../../shared/model/snapshot';
import { describeCase } from '../../../shared/narrative/describe';

const word = fc.constantFrom('Élodie', 'Zoë', 'Jean-Baptiste', "N'Diaye", 'O’Brien', 'Rose', 'Pierre', 'Lebrun', 'Li', 'Søren', 'محمد', 'Maëlys', 'Dell’Acqua');
const name = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b ? `${a} ${b}` : a));
const date = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

const arbitraryStory = fc
  .record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    people: fc.integer({ min: 4, max: 14 }),
    professionals: fc.integer({ min: 1, max: 6 }),
    names: fc.array(name, { minLength: 24, maxLength: 24 }),
    dates: fc.array(date, { minLength: 4, maxLength: 4 }),
    place: word,
    locale: fc.constantFrom('fr' as const, 'en' as const),
  })
  .map(({ seed, people, professionals, names, dates, place, locale }) => {
    const generated = generateCase({ people, professionals, generations: 3, seed });
    let i = 0;
    const next = () => names[i++ % names.length] as string;
    let doc: CaseDocument = {
      ...generated,
      title: `Situation ${next()}`,
      nodes: generated.nodes.map((n) => ({ ...n, name: next(), ...(n.kind === 'professional' && i % 3 === 0 ? { role: `Référente ${next()}` } : {}) })),
      households: generated.households.map((h) => ({ ...h, name: `Foyer ${next()}` })),
      links: generated.links.map((l, k): CaseLink => (l.kind === 'intervention' ? { ...l, since: dates[k % 4], ...(k % 2 ? { until: dates[(k + 1) % 4] } : {}), ...(k % 3 ? {} : { measure: `Suivi ${next()}` }) } : l)),
    };
    const subject = doc.nodes[0]?.id ?? 'x';
    doc = { ...doc, events: [{ id: 'e1', kind: 'move', subject, date: dates[0] as string, label: `Départ vers ${place}`, notes: `Vu avec ${next()}` }] };
    const { doc: withSnapshot, snapshot } = takeSnapshot(doc, { name: `Synthèse chez ${next()}`, date: dates[1] as string });
    // Afterwards: someone leaves, a mandate changes, someone new arrives.
    const after: CaseDocument = {
      ...withSnapshot,
      nodes: [...withSnapshot.nodes.slice(1), { ...(withSnapshot.nodes[1] as CaseDocument['nodes'][number]), id: 'newcomer', name: next() }],
      links: withSnapshot.links.map((l) => (l.kind === 'intervention' ? { ...l, mandate: l.mandate === 'judicial' ? 'administrative' : 'judicial' } : l)),
    };
    return { doc: after, snapshot, locale };
  });

function fullNamesIn(text: string, docs: CaseDocument[]): string[] {
  const folded = foldText(text);
  return docs.flatMap((d) => d.nodes.map((n) => n.name)).filter((n) => [...n].length >= 4 && folded.includes(foldText(n)));
}

describe('the anonymised narrative of generated cases', () => {
  it('names no one and passes the leak guard', () => {
    let told = 0;
    let runs = 0;
    const blocked: string[] = [];
    fc.assert(
      fc.property(arbitraryStory, ({ doc, snapshot, locale }) => {
        runs++;
        let text: string;
        try {
          text = describeCase(doc, { locale, since: snapshot, anonymise: true }).text;
        } catch (error) {
          // Blocked: nothing is shown. Safe, but must stay rare.
          if (error instanceof LeakError) {
            blocked.push(error.leaks.map((l) => `${l.text} (${l.source}): ${l.context}`).join(' | '));
            return;
          }
          throw error;
        }
        told++;
        const before = { ...doc, nodes: snapshot.nodes, links: snapshot.links, households: snapshot.households, events: snapshot.events };
        expect(findLeaksSync(utf8(text), [...sensitiveStrings(doc), ...sensitiveStrings(before)])).toEqual([]);
        expect(fullNamesIn(text, [doc, before])).toEqual([]);
      }),
      { numRuns: 60 },
    );
    expect(told / runs, blocked.slice(0, 5).join('\n')).toBeGreaterThan(0.9);
  }, 120_000);
});
