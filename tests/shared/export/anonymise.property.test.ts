// Property-based tests: for random cases with random names, no name survives an anonymised export
// in any format Node can produce (SVG, JSON, PDF; PNG is made from the SVG in the browser and is
// checked end to end), and the leak guard finds a name planted anywhere in a file.
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findLeaks, LeakError } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { foldText } from '../../../shared/anonymise/text';
import { concatBytes, toBase64, utf8 } from '../../../shared/crypto/bytes';
import { generateCase } from '../../../shared/examples/generate';
import { exportJson, exportPdf, exportSvg, prepareExport } from '../../../shared/export/export';
import type { CaseDocument } from '../../../shared/model/case';

const accented = fc.constantFrom('Élodie', 'Zoë', 'François', 'Maëlys', 'Noël', 'Çağla', 'Søren', 'Łukasz', 'Inès', 'Jérôme');
const hyphenated = fc.constantFrom('Jean-Baptiste', 'Marie-Ève', 'Anne-Sophie', 'Ben-Ali', 'Saint-Just');
const apostrophes = fc.constantFrom("D'Almeida", 'O’Brien', "N'Diaye", "Dell'Acqua");
const short = fc.constantFrom('Li', 'Al', 'Bo', 'Yi', 'Ng', 'Su');
const commonWords = fc.constantFrom('Rose', 'Blanc', 'Lune', 'Fort', 'Ange', 'Soleil', 'Pierre', 'Marin', 'Lebrun', 'Bonheur');
const rtl = fc.constantFrom('محمد', 'فاطمة', 'יוסף', 'אביגיל', 'عائشة');
const word = fc.oneof(accented, hyphenated, apostrophes, short, commonWords, rtl);
const name = fc.tuple(word, fc.option(word, { nil: undefined })).map(([a, b]) => (b ? `${a} ${b}` : a));

const arbitraryCase = fc
  .record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    people: fc.integer({ min: 4, max: 16 }),
    professionals: fc.integer({ min: 1, max: 6 }),
    names: fc.array(name, { minLength: 30, maxLength: 30 }),
    note: fc.tuple(word, word).map(([a, b]) => `Vu avec ${a} chez ${b}, à revoir.`),
    birthYear: fc.integer({ min: 1930, max: 2024 }),
  })
  .map(({ seed, people, professionals, names, note, birthYear }): CaseDocument => {
    const doc = generateCase({ people, professionals, generations: 3, seed });
    let i = 0;
    const next = () => names[i++ % names.length] as string;
    return {
      ...doc,
      title: `Situation ${next()}`,
      notes: note,
      nodes: doc.nodes.map((n, index) => ({ ...n, name: next(), notes: index === 0 ? note : '', ...(n.kind === 'person' && index === 1 ? { birthYear, age: undefined } : {}) })),
      households: doc.households.map((h) => ({ ...h, name: `Foyer ${next()}` })),
    };
  });

/** An independent, simpler check than the guard's: each full name, lower-cased, as a substring of the text. */
function containsFullName(text: string, doc: CaseDocument): string[] {
  const folded = foldText(text);
  return doc.nodes.map((n) => n.name).filter((n) => [...n].length >= 4 && folded.includes(foldText(n)));
}

describe('anonymised exports, for random cases', () => {
  it('never contain a sensitive string, in SVG, JSON or PDF', async () => {
    let exported = 0;
    let runs = 0;
    const blocked: string[] = [];
    await fc.assert(
      fc.asyncProperty(arbitraryCase, async (doc) => {
        runs++;
        const prepared = prepareExport(doc, { anonymise: true, locale: 'fr' });
        const outputs: Uint8Array[] = [];
        try {
          outputs.push(exportSvg(prepared), exportJson(prepared), await exportPdf(prepared, { pageSize: 'A4', landscape: true }));
        } catch (error) {
          // Blocked by the guard: nothing would be written. That is safe, but must stay rare.
          if (error instanceof LeakError) {
            blocked.push(error.leaks.map((l) => `${l.text} (${l.source}) in ${l.where}: ${l.context}`).join(' | '));
            return;
          }
          throw error;
        }
        exported++;
        for (const bytes of outputs) {
          expect(findLeaks(bytes, prepared.sensitive)).toEqual([]);
          expect(containsFullName(new TextDecoder().decode(bytes), doc)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
    // The anonymiser does its job: the guard is a last resort, not the usual path.
    expect(exported / runs, blocked.slice(0, 5).join('\n')).toBeGreaterThan(0.9);
  }, 120_000);
});

describe('the leak guard, for random names planted anywhere', () => {
  const clean = exportSvg(prepareExport(generateCase({ people: 12, professionals: 3, seed: 3 }), { anonymise: true, locale: 'fr' }));
  const containers: Record<string, (secret: string, at: number) => Uint8Array> = {
    text: (s, at) => splice(clean, at, utf8(`<text>${s}</text>`)),
    attribute: (s, at) => splice(clean, at, utf8(`<g data-x="${s}"/>`)),
    metadata: (s, at) => splice(clean, at, utf8(`<metadata>${s}</metadata>`)),
    comment: (s, at) => splice(clean, at, utf8(`<!-- ${s} -->`)),
    'base64 data': (s, at) => splice(clean, at, utf8(`<image href="data:text/plain;base64,${toBase64(utf8(`x ${s} y`))}"/>`)),
    'compressed stream': (s) => concatBytes(utf8('%PDF-1.7\n1 0 obj << /Filter /FlateDecode >>\nstream\n'), zlibSync(utf8(`BT (${s}) Tj ET`)), utf8('\nendstream\nendobj\n%%EOF')),
  };

  function splice(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
    // Insert between two tags so the file stays well-formed-ish.
    const text = new TextDecoder().decode(bytes);
    const cut = text.indexOf('><', Math.floor(at * text.length)) + 1 || text.length - 6;
    return utf8(text.slice(0, cut) + new TextDecoder().decode(insert) + text.slice(cut));
  }

  it('finds it, whatever the name and wherever it is', () => {
    fc.assert(
      fc.property(name, fc.constantFrom(...Object.keys(containers)), fc.double({ min: 0, max: 1, noNaN: true }), (secret, container, at) => {
        const doc = { ...generateCase({ people: 4, professionals: 1, seed: 1 }) };
        const withSecret = { ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, name: secret } : n)) };
        const planted = (containers[container] as (s: string, at: number) => Uint8Array)(secret, at);
        expect(findLeaks(planted, sensitiveStrings(withSecret)).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
