// Training material that still teaches (issue 13): each finding of "Labels lose the teaching"
// reproduced, the worked example and a blended family of four generations labelled from both
// viewpoints, and two real-looking situations where nobody who could be named is left generic.
import { describe, expect, it } from 'vitest';
import { anonymiseCase } from '../../../shared/anonymise/anonymise';
import { findLeaks } from '../../../shared/anonymise/leak-guard';
import { utf8 } from '../../../shared/crypto/bytes';
import { laurentExample } from '../../../shared/examples/laurent';
import { exportFile, prepareExport } from '../../../shared/export/export';
import { nodeEnvironment } from '../export/environment';
import { familyGraph, indexPerson, kinshipFrom } from '../../../shared/genogram/kinship';
import { translate, type Locale } from '../../../shared/i18n/messages';
import type { CaseDocument } from '../../../shared/model/case';
import { CaseDocument as CaseSchema } from '../../../shared/model/case';
import { labelOf, Family } from '../support/family';
import { rousselDiallo, vasseurSituation } from './fixtures/situations';

const labelsOf = (doc: CaseDocument, locale: Locale, viewpoint?: 'index' | 'children') => {
  const { labels } = anonymiseCase(doc, { locale, ...(viewpoint ? { viewpoint } : {}) });
  return (name: string) => labelOf(doc, labels, name);
};

describe('the findings of issue 13, "Labels lose the teaching"', () => {
  it('a note opening on a relation word ("Grand-mère d’Enzo, le garde le mercredi") takes no label away', () => {
    const doc = laurentExample();
    const monique = doc.nodes.find((n) => n.name === 'Monique Laurent');
    if (monique) monique.notes = 'Grand-mère d’Enzo, le garde le mercredi. Mère très présente.';
    const fr = labelsOf(doc, 'fr');
    expect(fr('Sophie Laurent')).toBe('Mère');
    expect(fr('Monique Laurent')).toBe('Grand-mère maternelle');
    // The name in the note is still guarded.
    expect(anonymiseCase(doc, { locale: 'fr' }).sensitive.map((s) => s.text)).toContain('Enzo');
  });

  it('free-text roles as practitioners type them keep their function', () => {
    const f = new Family();
    const mother = f.woman('Corinne Petitjean', { index: true });
    const udaf = f.institution('UDAF du Nord', { category: 'legal-protection', type: 'udaf' });
    const hospital = f.institution('Centre hospitalier de Seclin', { category: 'health', type: 'hopital' });
    const csapa = f.institution('CSAPA Le Cèdre', { category: 'addiction', type: 'csapa' });
    const roles: Array<[typed: string, french: string, english: string]> = [
      ['curatrice', 'Curatrice', 'Deputy (curatorship)'],
      ['Infirmière libérale', 'Infirmière libérale', 'Community nurse'],
      ['cheffe de service', 'Cheffe de service', 'Head of department'],
      ['intervenant en addictologie', 'Intervenant en addictologie', 'Addiction worker'],
      ['psychomotricienne', 'Psychomotricienne', 'Psychomotor therapist'],
      ['Référent.e ASE', 'Référent.e ASE', 'Child welfare caseworker'],
    ];
    roles.forEach(([typed], i) => f.intervention(f.professional(`Pro ${i}`, typed, [udaf, hospital, csapa][i % 3]), mother));
    const fr = labelsOf(f.doc, 'fr');
    const en = labelsOf(f.doc, 'en');
    roles.forEach(([, french, english], i) => {
      expect(fr(`Pro ${i}`)).toBe(french);
      expect(en(`Pro ${i}`)).toBe(english);
    });
  });

  it('two professionals of one institution carry the number themselves, not the institution', async () => {
    const f = new Family();
    const mother = f.woman('Corinne Petitjean', { index: true });
    const landlord = f.institution('Logis Métropole', { category: 'housing' });
    f.intervention(f.professional('Mme Vérin', '', landlord), mother).intervention(f.professional('M. Adam', '', landlord), mother);
    const social = f.institution('MDS Sud', { category: 'social', type: 'mds' });
    f.intervention(f.professional('Anne Roy', 'as', social), mother).intervention(f.professional('Léo Roy', 'AS polyvalence', social), mother);
    const fr = labelsOf(f.doc, 'fr');
    expect([fr('Mme Vérin'), fr('M. Adam')]).toEqual(['Professionnel·le', 'Professionnel·le 2']);
    expect([fr('Anne Roy'), fr('Léo Roy')]).toEqual(['AS', 'AS polyvalence']);
    expect(fr('Logis Métropole')).toBe('Logement');
    const svg = new TextDecoder().decode(await exportFile(prepareExport(f.doc, { anonymise: true, locale: 'fr' }), 'svg', nodeEnvironment));
    expect(svg).not.toMatch(/Logement 2/);
    // Where no box is drawn (a narrative), the institution's kind follows the numbered role.
    const hlm = f.institution('Habitat du Nord', { category: 'housing', type: 'bailleur-social' });
    f.intervention(f.professional('Lina Cruz', 'as', hlm), mother).intervention(f.professional('Ali Cruz', 'as', hlm), mother);
    const { descriptions } = anonymiseCase(f.doc, { locale: 'fr' });
    expect([labelOf(f.doc, descriptions, 'Lina Cruz'), labelOf(f.doc, descriptions, 'Ali Cruz')]).toEqual(['AS — Bailleur social', 'AS 2 — Bailleur social']);
  });

  it('a professional inside its institution’s box is labelled by role only, and the role is drawn once', async () => {
    const f = new Family();
    const mother = f.woman('Corinne Petitjean', { index: true });
    const hospital = f.institution('Hôpital Saint-Philibert', { category: 'health', type: 'hopital' });
    f.intervention(f.professional('Dr Hautecoeur', 'psychiatre', hospital), mother);
    expect(labelsOf(f.doc, 'fr')('Dr Hautecoeur')).toBe('Psychiatre');
    const svg = new TextDecoder().decode(await exportFile(prepareExport(f.doc, { anonymise: true, locale: 'fr' }), 'svg', nodeEnvironment));
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]);
    expect(texts.filter((t) => t?.includes('Hôpital'))).toEqual(['Hôpital']);
    expect(texts.filter((t) => t === 'Psychiatre')).toHaveLength(1);
  });

  it('English puts the side before the relation', () => {
    const en = labelsOf(laurentExample(), 'en');
    expect(en('Monique Laurent')).toBe('Maternal grandmother');
    expect(en('Enzo Moreau')).toBe('Elder son');
  });

  it('the anonymised JSON keeps age bands, and the diagram draws them', async () => {
    const prepared = prepareExport(laurentExample(), { anonymise: true, locale: 'fr' });
    const json = JSON.parse(new TextDecoder().decode(await exportFile(prepared, 'json', nodeEnvironment))) as CaseDocument;
    const bands = json.nodes.flatMap((n) => (n.kind === 'person' && n.ageBand ? [`${n.name}: ${n.ageBand.min}-${n.ageBand.max}`] : []));
    expect(bands).toEqual(['Grand-mère maternelle: 56-65', 'Père des aînés: 36-45', 'Mère: 26-35', 'Père du fils cadet: 36-45', 'Fils aîné: 14-15', 'Fille: 9-10', 'Fils cadet: 3-5']);
    expect(CaseSchema.safeParse(json).success).toBe(true);
    // Drawn from the file itself, as when a trainer opens it in Maillage.
    const svg = new TextDecoder().decode(await exportFile(prepareExport(json, { anonymise: false, locale: 'fr' }), 'svg', nodeEnvironment));
    for (const band of ['56-65', '14-15', '9-10', '3-5']) expect(svg).toContain(`>${band}</text>`);
  });
});

describe('the worked example, from both viewpoints', () => {
  const doc = laurentExample();
  const expected: Record<'children' | 'index', Record<Locale, Record<string, string>>> = {
    children: {
      fr: { 'Monique Laurent': 'Grand-mère maternelle', 'Julien Moreau': 'Père des aînés', 'Sophie Laurent': 'Mère', 'David Petit': 'Père du fils cadet', 'Enzo Moreau': 'Fils aîné', 'Léa Moreau': 'Fille', 'Noah Petit': 'Fils cadet', 'Mme Rossi': 'Voisine' },
      en: { 'Monique Laurent': 'Maternal grandmother', 'Julien Moreau': 'Father of the elder children', 'Sophie Laurent': 'Mother', 'David Petit': 'Younger son’s father', 'Enzo Moreau': 'Elder son', 'Léa Moreau': 'Daughter', 'Noah Petit': 'Younger son', 'Mme Rossi': 'Neighbour' },
    },
    index: {
      fr: { 'Monique Laurent': 'Mère', 'Julien Moreau': 'Ex-conjoint', 'Sophie Laurent': 'Personne concernée', 'David Petit': 'Compagnon', 'Enzo Moreau': 'Fils aîné', 'Léa Moreau': 'Fille', 'Noah Petit': 'Fils cadet', 'Mme Rossi': 'Voisine' },
      en: { 'Monique Laurent': 'Mother', 'Julien Moreau': 'Ex-husband', 'Sophie Laurent': 'Index person', 'David Petit': 'Partner', 'Enzo Moreau': 'Elder son', 'Léa Moreau': 'Daughter', 'Noah Petit': 'Younger son', 'Mme Rossi': 'Neighbour' },
    },
  };
  for (const viewpoint of ['children', 'index'] as const) {
    for (const locale of ['fr', 'en'] as const) {
      it(`reads from ${viewpoint === 'children' ? 'the children' : 'the index person'}, in ${locale}`, () => {
        const label = labelsOf(doc, locale, viewpoint);
        const people = Object.keys(expected[viewpoint][locale]);
        expect(Object.fromEntries(people.map((name) => [name, label(name)]))).toEqual(expected[viewpoint][locale]);
      });
    }
  }
});

/** Each person's label, French then English, from a viewpoint. */
function expectLabels(doc: CaseDocument, viewpoint: 'index' | 'children', expected: ReadonlyArray<readonly [string, string, string]>) {
  const fr = labelsOf(doc, 'fr', viewpoint);
  const en = labelsOf(doc, 'en', viewpoint);
  expect(expected.map(([name]) => [name, fr(name), en(name)])).toEqual(expected);
}

describe('a blended family of four generations, from both viewpoints', () => {
  const doc = rousselDiallo();
  it('reads from Julie’s children', () => {
    expectLabels(doc, 'children', [
      ['Odette Caron', 'Arrière-grand-mère maternelle', 'Maternal great-grandmother'],
      ['Martine Roussel', 'Grand-mère maternelle', 'Maternal grandmother'],
      ['Alain Roussel', 'Grand-père maternel', 'Maternal grandfather'],
      ['Thierry Roussel', 'Oncle maternel', 'Maternal uncle'],
      ['Chloé Roussel', 'Cousine maternelle', 'Maternal cousin'],
      ['Julie Roussel', 'Mère', 'Mother'],
      ['Cédric Fontaine', 'Père des aînés', 'Father of the elder children'],
      ['Laetitia Fontaine', 'Belle-mère des aînés', 'Stepmother of the elder children'],
      ['Timéo Fontaine', 'Demi-frère paternel des aînés', 'Paternal half-brother of the elder children'],
      ['Moussa Diallo', 'Père de la fille cadette', 'Younger daughter’s father'],
      ['Aminata Diallo', 'Grand-mère paternelle de la fille cadette', 'Younger daughter’s paternal grandmother'],
      ['Ibrahim Diallo', 'Demi-frère paternel de la fille cadette', 'Younger daughter’s paternal half-brother'],
      ['Fatou Sow', 'Ex-compagne du père de la fille cadette', 'Younger daughter’s father’s ex-partner'],
      ['Lila Fontaine', 'Fille aînée', 'Elder daughter'],
      ['Nolan Fontaine', 'Fils', 'Son'],
      ['Aya Diallo', 'Fille cadette', 'Younger daughter'],
    ]);
  });

  it('reads from Julie', async () => {
    expectLabels(doc, 'index', [
      ['Odette Caron', 'Grand-mère maternelle', 'Maternal grandmother'],
      ['Martine Roussel', 'Mère', 'Mother'],
      ['Alain Roussel', 'Père', 'Father'],
      ['Thierry Roussel', 'Frère', 'Brother'],
      ['Chloé Roussel', 'Nièce', 'Niece'],
      ['Julie Roussel', 'Personne concernée', 'Index person'],
      ['Cédric Fontaine', 'Ex-conjoint', 'Ex-husband'],
      ['Laetitia Fontaine', 'Conjointe de l’ex-conjoint', 'Ex-husband’s wife'],
      ['Timéo Fontaine', 'Fils de l’ex-conjoint', 'Ex-husband’s son'],
      ['Moussa Diallo', 'Compagnon', 'Partner'],
      ['Aminata Diallo', 'Belle-mère', 'Mother-in-law'],
      ['Ibrahim Diallo', 'Beau-fils', 'Stepson'],
      ['Fatou Sow', 'Ex-compagne du compagnon', 'Partner’s ex-partner'],
      ['Lila Fontaine', 'Fille aînée', 'Elder daughter'],
      ['Nolan Fontaine', 'Fils', 'Son'],
      ['Aya Diallo', 'Fille cadette', 'Younger daughter'],
    ]);
  });
});

/** Labels nobody should get when their place can be told: the generic ones. */
function generic(locale: Locale): RegExp {
  const words = ['anonymise.person', 'anonymise.professional', 'kin.circle.family'].map((key) => translate(locale, key as 'anonymise.person'));
  return new RegExp(`^(${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})( \\d+)?$|^[PH]\\d+$|^#\\d+$`, 'u');
}

describe('two real-looking situations: nobody who can be named is left generic', () => {
  const situations: Array<[string, CaseDocument]> = [
    ['a mother followed by eight professionals of seven institutions', vasseurSituation()],
    ['a blended family of four generations', rousselDiallo()],
  ];
  it.each(situations)('%s', async (_name, doc) => {
    const professionals = doc.nodes.filter((n) => n.kind === 'professional');
    if (doc.title === 'Situation Vasseur') {
      expect(professionals).toHaveLength(8);
      expect(new Set(professionals.map((p) => p.kind === 'professional' && p.institutionId)).size).toBe(7);
    }
    const index = indexPerson(doc)?.id as string;
    const family = new Set(kinshipFrom(familyGraph(doc), index).keys());
    for (const locale of ['fr', 'en'] as const) {
      for (const viewpoint of ['children', 'index'] as const) {
        const result = anonymiseCase(doc, { locale, viewpoint });
        const bad = doc.nodes
          .filter((n) => family.has(n.id) || n.kind === 'professional')
          .map((n) => `${n.name} (${n.kind === 'professional' ? n.role : 'family'}) → ${result.labels.get(n.id)}`)
          .filter((line) => generic(locale).test(line.split(' → ')[1] ?? ''));
        expect(bad, `${locale}, from the ${viewpoint}`).toEqual([]);
        // And nothing of the case leaks.
        expect(await findLeaks(utf8(JSON.stringify(result.doc)), result.sensitive)).toEqual([]);
      }
    }
  });

  it('reads the typed roles of the first situation as a practitioner wrote them', () => {
    const doc = vasseurSituation();
    const fr = labelsOf(doc, 'fr');
    expect(['Karine Dufour', 'Mme Leclercq', 'Sandrine Caron', 'Dr Benhamou', 'Marion Delattre', 'Yannick Morel', 'M. Lefebvre', 'Aurélie Vandamme'].map(fr)).toEqual([
      'AS de secteur',
      'Curatrice UDAF',
      'Infirmière lib.',
      'Psychiatre',
      'Infirmière CMP',
      'Educ PJJ',
      'CPE',
      'Conseillère sociale bailleur',
    ]);
  });
});
