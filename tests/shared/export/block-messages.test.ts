// What a blocked training export says, and what it must not block (#13 trial): the message is in
// the user's language and says where the name is in the user's words; a surname that is a common
// word ("Voisin", "Petit") never blocks the app's own labels, and never survives as a name.
import { describe, expect, it } from 'vitest';
import { LeakError, type Leak } from '../../../shared/anonymise/leak-guard';
import { describeLeak } from '../../../shared/anonymise/leak-place';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { laurentExample } from '../../../shared/examples/laurent';
import { exportFile, prepareExport, type ExportRequest } from '../../../shared/export/export';
import type { Locale } from '../../../shared/i18n/messages';
import type { CaseDocument } from '../../../shared/model/case';
import { Family, labelOf } from '../support/family';
import { nodeEnvironment } from './environment';

async function blocked(doc: CaseDocument, request: Omit<ExportRequest, 'anonymise'>, format: 'svg' | 'json' = 'svg'): Promise<Leak[]> {
  try {
    await exportFile(prepareExport(doc, { anonymise: true, ...request }), format, nodeEnvironment);
    return [];
  } catch (e) {
    if (e instanceof LeakError) return e.leaks;
    throw e;
  }
}

const said = (leaks: readonly Leak[], locale: Locale) => leaks.map((l) => describeLeak(l, locale));
const idOf = (doc: CaseDocument, name: string) => doc.nodes.find((n) => n.name === name)?.id as string;

describe('a blocked training export says where, in the user’s words and language', () => {
  const doc = laurentExample();

  it('a label typed as a name: the person’s label, by the label the app gave them', async () => {
    const leaks = await blocked(doc, { locale: 'fr', overrides: new Map([[idOf(doc, 'Sophie Laurent'), 'Sophie']]) });
    expect(said(leaks, 'fr')[0]).toBe('« Sophie » trouvé dans le libellé de la personne « Mère »');
    const en = await blocked(doc, { locale: 'en', overrides: new Map([[idOf(doc, 'Sophie Laurent'), 'Sophie']]) });
    expect(said(en, 'en')[0]).toBe('“Sophie” found in the label of the person “Mother”');
  });

  it('a title, a professional’s label: named as such, never by an internal field', async () => {
    const title = await blocked(doc, { locale: 'fr', title: 'Situation Laurent' });
    expect(said(title, 'fr')).toContain('« Laurent » trouvé dans le titre');
    const pro = await blocked(doc, { locale: 'fr', overrides: new Map([[idOf(doc, 'Claire Dubois'), 'AS Dubois']]) }, 'json');
    expect(said(pro, 'fr')[0]).toBe('« Dubois » trouvé dans le libellé du ou de la professionnel·le « AS »');
    for (const text of [...said(title, 'fr'), ...said(pro, 'fr')]) expect(text).not.toMatch(/nodes|typed|title\b|name\b|drawing/);
  });
});

describe('a surname that is a common word', () => {
  it('"Voisin": the neighbour is labelled by the role, and the export passes', async () => {
    const f = new Family();
    const mother = f.woman('Nadia Benali', { index: true });
    const son = f.man('Yanis Benali');
    f.children([mother], [son]);
    f.man('Marc Voisin', { circle: 'neighbour' });
    f.someone('Alex Voisin', { circle: 'neighbour' });
    const prepared = prepareExport(f.doc, { anonymise: true, locale: 'fr' });
    expect(labelOf(f.doc, prepared.labels, 'Marc Voisin')).toBe('Voisin');
    expect(labelOf(f.doc, prepared.labels, 'Alex Voisin')).toBe('Voisin·e');
    const svg = fromUtf8(await exportFile(prepared, 'svg', nodeEnvironment));
    expect(svg).toContain('>Voisin<');
    await expect(exportFile(prepared, 'json', nodeEnvironment)).resolves.toBeInstanceOf(Uint8Array);
  });

  it('"Petit": the kinship label "Petit-fils" is allowed; the surname typed in a title or a label is blocked', async () => {
    const doc = laurentExample();
    // Enzo's baby: from Sophie's point of view, her grandson. The family also counts David and Noah Petit.
    const enzo = doc.nodes.find((n) => n.name === 'Enzo Moreau');
    const baby = { ...(enzo as Extract<CaseDocument['nodes'][number], { kind: 'person' }>), id: 'baby', name: 'Lucas Moreau', age: 0, index: false, position: { x: 80, y: 500 } };
    doc.nodes.push(baby);
    doc.links.push({ id: 'baby-link', kind: 'filiation', parent: enzo?.id as string, child: 'baby', type: 'biological', notes: '' });
    const prepared = prepareExport(doc, { anonymise: true, locale: 'fr', viewpoint: 'index' });
    expect(prepared.labels.get('baby')).toBe('Petit-fils');
    const svg = fromUtf8(await exportFile(prepared, 'svg', nodeEnvironment));
    expect(svg).toContain('>Petit-fils<');
    // A surname never survives as a name.
    expect(said(await blocked(doc, { locale: 'fr', viewpoint: 'index', title: 'Situation Petit' }), 'fr')).toContain('« Petit » trouvé dans le titre');
    expect(said(await blocked(doc, { locale: 'fr', viewpoint: 'index', overrides: new Map([['baby', 'Petit-fils de M. Petit']]) }), 'fr')[0]).toMatch(/^« Petit » trouvé dans le libellé de la personne « Petit-fils »/);
    expect((await blocked(doc, { locale: 'fr', viewpoint: 'index', overrides: new Map([[idOf(doc, 'Noah Petit'), 'Petit']]) })).map((l) => l.text)).toContain('Petit');
    // In a full export the surname is found (the file names the family).
    const { findLeaks } = await import('../../../shared/anonymise/leak-guard');
    const full = await exportFile(prepareExport(doc, { anonymise: false, locale: 'fr' }), 'svg', nodeEnvironment);
    expect((await findLeaks(full, prepared.sensitive)).map((l) => l.text)).toContain('Petit');
  });
});
