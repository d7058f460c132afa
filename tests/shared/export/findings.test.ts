// Issue 13's findings, each as it was found: every test here failed on the code before the fix
// (a blind PDF guard, unguarded PNG, invisible characters, ø, a label cut short, one-letter
// names, the file name). The property-based tests (anonymise.property.test.ts) generalise them.
import { describe, expect, it } from 'vitest';
import { findLeaks, findLeaksInStrings, LeakError, type Leak } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { laurentExample } from '../../../shared/examples/laurent';
import { EXPORT_FORMATS, exportFile, exportStrings, prepareExport, type ExportFormat, type ExportRequest } from '../../../shared/export/export';
import { layoutCase } from '../../../shared/genogram/layout';
import type { CaseDocument } from '../../../shared/model/case';
import { nodeEnvironment } from './environment';

const doc = layoutCase(laurentExample());
const idOf = (d: CaseDocument, name: string) => d.nodes.find((n) => n.name === name)?.id as string;
const renamed = (from: string, to: string): CaseDocument => ({ ...doc, nodes: doc.nodes.map((n) => (n.name === from ? { ...n, name: to } : n)) });

/** The leaks that refused the export, or null if it was written. */
async function refusal(d: CaseDocument, format: ExportFormat, request: Partial<ExportRequest> = {}): Promise<Leak[] | null> {
  try {
    await exportFile(prepareExport(d, { anonymise: true, locale: 'fr', ...request }), format, nodeEnvironment);
    return null;
  } catch (error) {
    if (error instanceof LeakError) return error.leaks;
    throw error;
  }
}

describe('issue 13, as found', () => {
  // The first PDF loads pdf-lib, fontkit, the fonts and pdf.js.
  it('the guard reads a full PDF as a reader does: every name', { timeout: 60_000 }, async () => {
    const pdf = await exportFile(prepareExport(doc, { anonymise: false, locale: 'fr' }), 'pdf', nodeEnvironment);
    const found = (await findLeaks(pdf, sensitiveStrings(doc))).map((l) => l.text);
    expect(found).toEqual(expect.arrayContaining(['Sophie Laurent', 'Enzo Moreau', 'Claire Dubois', 'Habitat']));
  });

  it('an anonymised PDF titled "Situation Laurent" is refused, as SVG and JSON are', async () => {
    for (const format of EXPORT_FORMATS) expect((await refusal(doc, format, { title: 'Situation Laurent' }))?.map((l) => l.text), format).toContain('Laurent');
  });

  it('a label typed as "Sophie Laurent" is refused in PNG and PDF too', async () => {
    const overrides = new Map([[idOf(doc, 'Sophie Laurent'), 'Sophie Laurent']]);
    for (const format of ['png', 'pdf'] as const) expect(await refusal(doc, format, { overrides }), format).not.toBeNull();
  });

  it('invisible characters hide no name, in a title or in a name', async () => {
    expect(await refusal(doc, 'svg', { title: 'Situation Lau\u200Brent' })).not.toBeNull();
    for (const invisible of ['\u00AD', '\u200B', '\u200D', '\u2060']) {
      const hidden = renamed('Sophie Laurent', `Sophie Lau${invisible}rent`);
      expect(await refusal(hidden, 'pdf', { title: 'Situation Laurent' }), `U+${invisible.charCodeAt(0).toString(16)}`).not.toBeNull();
    }
  });

  it('letters that do not decompose are folded: "Odegard" is Ødegård', async () => {
    expect(await refusal(renamed('Sophie Laurent', 'Sophie Ødegård'), 'pdf', { title: 'Situation Odegard' })).not.toBeNull();
    expect(await refusal(renamed('Sophie Laurent', 'Sophie Odegard'), 'svg', { title: 'Situation Ødegård' })).not.toBeNull();
  });

  // Found by a new-user trial (2026-11-30): "ODEGAARD" typed as a label passed for Ødegård.
  it('a name is found however a reader writes its special letters out: Ødegård as ODEGAARD, Müller as Mueller, and back', async () => {
    for (const [name, written] of [
      ['Ødegård', 'ODEGAARD'],
      ['Ødegård', 'Oedegaard'],
      ['Müller', 'Mueller'],
      ['Mueller', 'Müller'],
      ['Odegaard', 'Ødegård'],
      ['Jäger', 'Jaeger'],
    ]) {
      const d = renamed('Sophie Laurent', `Sophie ${name}`);
      expect(await refusal(d, 'svg', { overrides: new Map([[idOf(d, `Sophie ${name}`), written as string]]) }), `${name} as ${written}`).not.toBeNull();
    }
  });

  it('a long label cut to "Vanderschuerenbr…" to fit its symbol is refused', async () => {
    const long = renamed('Sophie Laurent', 'Sophie Vanderschuerenbroeck');
    const leaks = await refusal(long, 'svg', { overrides: new Map([[idOf(long, 'Sophie Vanderschuerenbroeck'), 'Vanderschuerenbroeck']]) });
    expect(leaks?.map((l) => l.text)).toContain('Vanderschuerenbroeck');
  });

  it('a name of one letter is looked for, as a whole word of the visible text', async () => {
    const x = renamed('Mme Rossi', 'X');
    expect(await refusal(x, 'json', { overrides: new Map([[idOf(x, 'X'), 'X']]) })).not.toBeNull();
    // Elsewhere it is only a letter: the anonymised export of the same case is written.
    expect(await refusal(x, 'svg')).toBeNull();
  });

  it('the suggested file name is checked', async () => {
    const prepared = prepareExport(doc, { anonymise: true, locale: 'fr', title: 'Situation Laurent' });
    const fileName = exportStrings(prepared, 'svg').filter((s) => s.where === 'file name');
    expect(fileName.map((s) => s.text)).toEqual(['formation-situation-laurent.svg']);
    expect(findLeaksInStrings(fileName, prepared.sensitive).map((l) => l.text)).toContain('Laurent');
  });
});
