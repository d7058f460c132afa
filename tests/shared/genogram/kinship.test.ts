// The kinship engine and its words: one test per relation, in French and English, on one large
// family drawn around an index person (born 1990), then the viewpoint of the children.
import { describe, expect, it } from 'vitest';
import { familyView, KIN_RELATIONS, kinshipFrom, familyGraph, type Viewpoint } from '../../../shared/genogram/kinship';
import { kinshipLabels } from '../../../shared/genogram/kinship-words';
import type { Locale } from '../../../shared/i18n/messages';
import { Family } from '../support/family';

function bigFamily() {
  const f = new Family('Relations');
  const greatGrandmother = f.woman('Arrière-grand-mère');
  const greatUncle = f.man('Grand-oncle');
  const grandmother = f.woman('Grand-mère');
  const grandfather = f.man('Grand-père');
  const paternalGrandfather = f.man('Grand-père paternel');
  const stepGrandmother = f.woman('Compagne du grand-père');
  const mother = f.woman('Mère');
  const father = f.man('Père');
  const stepMother = f.woman('Épouse du père');
  const stepFather = f.man('Compagnon de la mère');
  const stepFatherMother = f.woman('Mère du compagnon');
  const aunt = f.woman('Tante');
  const auntsHusband = f.man('Mari de la tante');
  const cousin = f.woman('Cousine');
  const elderBrother = f.man('Frère aîné', { birthYear: 1980 });
  const sibling = f.someone('Frère ou sœur', { birthYear: 1985 });
  const ego = f.woman('Ego', { birthYear: 1990, index: true });
  const youngerBrother = f.man('Frère cadet', { birthYear: 1995 });
  const halfSister = f.woman('Demi-sœur');
  const stepBrother = f.man('Fils du compagnon');
  const brothersWife = f.woman('Femme du frère');
  const nephew = f.man('Neveu');
  const husband = f.man('Mari');
  const husbandsMother = f.woman('Mère du mari');
  const husbandsBrother = f.man('Frère du mari');
  const husbandsSon = f.man('Fils du mari');
  const exHusband = f.man('Ex-mari');
  const exHusbandsPartner = f.woman('Compagne de l’ex-mari');
  const coParent = f.man('Autre parent');
  const elderDaughter = f.woman('Fille aînée', { birthYear: 2008 });
  const youngerDaughter = f.woman('Fille cadette', { birthYear: 2012 });
  const son1 = f.man('Fils 1', { birthYear: 2014 });
  const son2 = f.man('Fils 2', { birthYear: 2016 });
  const son3 = f.man('Fils 3', { birthYear: 2019 });
  const adopted = f.woman('Adoptée');
  const fostered = f.man('Accueilli');
  const sonInLaw = f.man('Gendre');
  const granddaughter = f.woman('Petite-fille');
  const greatGrandson = f.man('Arrière-petit-fils');
  f.children([greatGrandmother], [grandmother, greatUncle])
    .couple(grandfather, grandmother)
    .children([grandmother, grandfather], [mother, aunt])
    .couple(paternalGrandfather, stepGrandmother, 'cohabiting')
    .children([paternalGrandfather], [father])
    .couple(father, mother, 'divorced')
    .children([mother, father], [elderBrother, sibling, ego, youngerBrother])
    .couple(father, stepMother)
    .children([father, stepMother], [halfSister])
    .couple(mother, stepFather, 'cohabiting')
    .children([stepFatherMother], [stepFather])
    .children([stepFather], [stepBrother])
    .couple(auntsHusband, aunt)
    .children([aunt, auntsHusband], [cousin])
    .couple(elderBrother, brothersWife)
    .children([elderBrother, brothersWife], [nephew])
    .couple(exHusband, ego, 'divorced')
    .couple(exHusband, exHusbandsPartner, 'cohabiting')
    .couple(ego, husband)
    .children([husbandsMother], [husband, husbandsBrother])
    .children([husband], [husbandsSon])
    .children([ego, exHusband], [elderDaughter])
    .children([ego, coParent], [youngerDaughter])
    .children([ego, husband], [son1, son2, son3])
    .children([ego], [adopted], 'adoptive')
    .children([ego], [fostered], 'foster')
    .couple(elderDaughter, sonInLaw)
    .children([elderDaughter, sonInLaw], [granddaughter])
    .children([granddaughter], [greatGrandson]);
  return f.doc;
}

function labels(doc: ReturnType<typeof bigFamily>, locale: Locale, viewpoint: Viewpoint = 'index') {
  const byId = kinshipLabels(familyView(doc, viewpoint), locale);
  return (name: string) => byId.get(doc.nodes.find((n) => n.name === name)?.id ?? '');
}

describe('kinship labels from the index person, one per relation', () => {
  const doc = bigFamily();
  const fr = labels(doc, 'fr');
  const en = labels(doc, 'en');
  const cases: Array<[relation: string, person: string, french: string, english: string]> = [
    ['self', 'Ego', 'Personne concernée', 'Index person'],
    ['parent (mother)', 'Mère', 'Mère', 'Mother'],
    ['parent (father)', 'Père', 'Père', 'Father'],
    ['child, eldest of three sons', 'Fils 1', 'Fils aîné', 'Eldest son'],
    ['child, middle of three sons', 'Fils 2', '2e fils', 'Second son'],
    ['child, youngest of three sons', 'Fils 3', 'Fils cadet', 'Youngest son'],
    ['child, elder of two daughters', 'Fille aînée', 'Fille aînée', 'Elder daughter'],
    ['child, younger of two daughters', 'Fille cadette', 'Fille cadette', 'Younger daughter'],
    ['adopted child', 'Adoptée', 'Fille adoptive', 'Adoptive daughter'],
    ['foster child', 'Accueilli', 'Fils accueilli', 'Foster son'],
    ['sibling, elder of two brothers', 'Frère aîné', 'Frère aîné', 'Elder brother'],
    ['sibling, younger of two brothers', 'Frère cadet', 'Frère cadet', 'Younger brother'],
    ['sibling of unknown gender', 'Frère ou sœur', 'Frère ou sœur', 'Sibling'],
    ['half-sibling, with side', 'Demi-sœur', 'Demi-sœur paternelle', 'Paternal half-sister'],
    ['step-sibling', 'Fils du compagnon', 'Quasi-frère', 'Stepbrother'],
    ['grandparent (maternal grandmother)', 'Grand-mère', 'Grand-mère maternelle', 'Maternal grandmother'],
    ['grandparent (maternal grandfather)', 'Grand-père', 'Grand-père maternel', 'Maternal grandfather'],
    ['grandparent (paternal grandfather)', 'Grand-père paternel', 'Grand-père paternel', 'Paternal grandfather'],
    ['great-grandparent', 'Arrière-grand-mère', 'Arrière-grand-mère maternelle', 'Maternal great-grandmother'],
    ['grandchild', 'Petite-fille', 'Petite-fille', 'Granddaughter'],
    ['great-grandchild', 'Arrière-petit-fils', 'Arrière-petit-fils', 'Great-grandson'],
    ['aunt or uncle', 'Tante', 'Tante maternelle', 'Maternal aunt'],
    ['aunt or uncle by marriage', 'Mari de la tante', 'Oncle maternel par alliance', 'Maternal uncle by marriage'],
    ['great-aunt or great-uncle', 'Grand-oncle', 'Grand-oncle maternel', 'Maternal great-uncle'],
    ['niece or nephew', 'Neveu', 'Neveu', 'Nephew'],
    ['cousin', 'Cousine', 'Cousine maternelle', 'Maternal cousin'],
    ['partner (married)', 'Mari', 'Conjoint', 'Husband'],
    ['ex-partner (divorced)', 'Ex-mari', 'Ex-conjoint', 'Ex-husband'],
    ['step-parent (father’s wife)', 'Épouse du père', 'Belle-mère', 'Stepmother'],
    ['step-parent (mother’s partner)', 'Compagnon de la mère', 'Beau-père', 'Stepfather'],
    ['step-child', 'Fils du mari', 'Beau-fils', 'Stepson'],
    ['step-grandparent', 'Compagne du grand-père', 'Belle-grand-mère paternelle', 'Paternal step-grandmother'],
    // French says "belle-mère" for a stepmother and a mother-in-law: the farther one is said through the husband.
    ['parent-in-law', 'Mère du mari', 'Mère du conjoint', 'Mother-in-law'],
    ['child-in-law', 'Gendre', 'Gendre', 'Son-in-law'],
    ['sibling-in-law (partner’s sibling)', 'Frère du mari', 'Beau-frère', 'Brother-in-law'],
    ['sibling-in-law (sibling’s partner)', 'Femme du frère', 'Belle-sœur', 'Sister-in-law'],
    ['co-parent (no couple drawn)', 'Autre parent', 'Autre parent de l’enfant', 'Other parent of the child'],
    ['said through someone (a step-parent’s mother)', 'Mère du compagnon', 'Mère du beau-père', 'Stepfather’s mother'],
    ['said through someone, with elision', 'Compagne de l’ex-mari', 'Compagne de l’ex-conjoint', 'Ex-husband’s partner'],
  ];
  it.each(cases)('%s: %s', (_relation, name, french, english) => {
    expect(fr(name)).toBe(french);
    expect(en(name)).toBe(english);
  });

  it('covers every relation the engine knows, and gives every connected person a label', () => {
    const graph = familyGraph(doc);
    const ego = doc.nodes.find((n) => n.name === 'Ego')?.id as string;
    const seen = new Set<string>([...kinshipFrom(graph, ego).values()].map((e) => e.kin.relation));
    expect([...KIN_RELATIONS, 'through'].filter((r) => !seen.has(r))).toEqual([]);
    for (const n of doc.nodes) expect(fr(n.name), n.name).toBeTruthy();
  });
});

describe('kinship from a step filiation and a foster family', () => {
  it('names a step-parent drawn by a step filiation, and a foster mother', () => {
    const f = new Family();
    const child = f.man('Enfant', { index: true });
    const stepFather = f.man('Beau-père');
    const fosterMother = f.woman('Assistante familiale');
    f.children([stepFather], [child], 'step').children([fosterMother], [child], 'foster');
    const fr = labels(f.doc, 'fr');
    const en = labels(f.doc, 'en');
    expect([fr('Beau-père'), en('Beau-père')]).toEqual(['Beau-père', 'Stepfather']);
    expect([fr('Assistante familiale'), en('Assistante familiale')]).toEqual(['Mère d’accueil', 'Foster mother']);
  });

  it('reads birth order from left to right when ages are missing (oldest on the left)', () => {
    const f = new Family();
    const mother = f.woman('Mère', { index: true });
    const a = f.woman('A');
    const b = f.woman('B', { birthYear: 2015 });
    f.children([mother], [a, b]);
    expect(labels(f.doc, 'fr')('A')).toBe('Fille aînée');
    expect(labels(f.doc, 'en')('B')).toBe('Younger daughter');
  });
});

describe('kinship from the children of the index person', () => {
  const doc = bigFamily();
  const fr = labels(doc, 'fr', 'children');
  const en = labels(doc, 'en', 'children');

  it('names the children as the index person’s children, and the index person as their mother', () => {
    expect([fr('Ego'), en('Ego')]).toEqual(['Mère', 'Mother']);
    expect([fr('Fils 1'), fr('Fille aînée'), en('Fils 3')]).toEqual(['Fils aîné', 'Fille aînée', 'Youngest son']);
  });

  it('names each relative by the nearest relation, and says for which children when not for all', () => {
    expect([fr('Mère'), en('Mère')]).toEqual(['Grand-mère maternelle', 'Maternal grandmother']);
    expect([fr('Ex-mari'), en('Ex-mari')]).toEqual(['Père de la fille aînée', 'Elder daughter’s father']);
    expect([fr('Autre parent'), en('Autre parent')]).toEqual(['Père de la fille cadette', 'Younger daughter’s father']);
    expect([fr('Frère aîné'), en('Frère aîné')]).toEqual(['Oncle maternel', 'Maternal uncle']);
    // The husband is the father of all the sons; the ex-husband's mother, of the elder daughter only.
    expect([fr('Mari'), en('Mari')]).toEqual(['Père des fils', 'Father of the sons']);
    expect([fr('Mère du mari'), en('Mère du mari')]).toEqual(['Grand-mère paternelle des fils', 'Paternal grandmother of the sons']);
    expect([fr('Compagne de l’ex-mari'), en('Compagne de l’ex-mari')]).toEqual(['Belle-mère de la fille aînée', 'Elder daughter’s stepmother']);
  });
});

describe('kinship from children of several fathers', () => {
  it('says which children a relation holds for: the elder ones, the younger ones, or a list', () => {
    const f = new Family();
    const mother = f.woman('Mère', { index: true, birthYear: 1985 });
    const first = f.man('Premier père');
    const second = f.man('Second père');
    const third = f.man('Troisième père');
    const daughter = f.woman('Fille', { birthYear: 2008 });
    const son = f.man('Fils', { birthYear: 2011 });
    const youngest = f.man('Benjamin', { birthYear: 2016 });
    const baby = f.woman('Bébé', { birthYear: 2024 });
    f.couple(first, mother, 'separated').couple(second, mother, 'divorced').couple(mother, third, 'cohabiting');
    f.children([mother, first], [daughter, youngest]).children([mother, second], [son]).children([mother, third], [baby]);
    const fr = labels(f.doc, 'fr', 'children');
    const en = labels(f.doc, 'en', 'children');
    expect([fr('Premier père'), en('Premier père')]).toEqual(['Père de la fille aînée et du fils cadet', 'Father of the elder daughter and younger son']);
    expect([fr('Second père'), en('Second père')]).toEqual(['Père du fils aîné', 'Elder son’s father']);
    expect([fr('Troisième père'), en('Troisième père')]).toEqual(['Père de la fille cadette', 'Younger daughter’s father']);
    // From the mother, the same men are her former and current partners.
    const fromMother = labels(f.doc, 'fr', 'index');
    expect([fromMother('Premier père'), fromMother('Second père'), fromMother('Troisième père')]).toEqual(['Ex-compagnon', 'Ex-conjoint', 'Compagnon']);
  });
});

