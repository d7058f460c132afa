// Proper nouns told from common words in free text: what the leak guard looks for, and what it
// must not, or labels built from the app's own words would be refused.
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../../shared/anonymise/lexicon';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { foldText } from '../../../shared/anonymise/text';
import { Family } from '../support/family';

function sensitiveOf(notes: string, build?: (f: Family) => void): string[] {
  const f = new Family('Situation');
  f.woman('Corinne Petitjean', { index: true, notes });
  build?.(f);
  return sensitiveStrings(f.doc).map((s) => s.text);
}

describe('proper nouns in free text', () => {
  it('a capitalised word opening a sentence is a common word', () => {
    const found = sensitiveOf('Grand-mère d’Enzo, le garde le mercredi. Mère absente. Rendez-vous pris ! Voir avec Kevin.\nBeau-père présent');
    expect(found).toEqual(expect.arrayContaining(['Enzo', 'Kevin']));
    for (const word of ['Grand-mère', 'Grand', 'mère', 'Mère', 'Rendez-vous', 'Voir', 'Beau-père']) expect(found, word).not.toContain(word);
  });

  it('a capitalised word inside a sentence is a proper noun, unless it is a common word or a word of the app', () => {
    const found = sensitiveOf('Vu le Mercredi avec Mme Kowalski et la Tante, puis la CAF et l’AS de Secteur. Appel de Brigitte.');
    expect(found).toEqual(expect.arrayContaining(['Kowalski', 'Brigitte']));
    for (const word of ['Mercredi', 'Tante', 'CAF', 'AS', 'Secteur', 'Mme']) expect(found, word).not.toContain(word);
  });

  it('after "M." or an initial, a capitalised word is not opening a sentence', () => {
    expect(sensitiveOf('Vu M. Dupuis et J. Ramirez.')).toEqual(expect.arrayContaining(['Dupuis', 'Ramirez']));
  });

  it('a common word that is a name of the case stays sensitive', () => {
    const found = sensitiveOf('Mère absente. Voir avec la Grand-mère.', (f) => {
      f.man('Jean Mère');
      f.woman('Zoé Grand');
    });
    expect(found).toEqual(expect.arrayContaining(['Mère', 'Grand']));
  });

  it('a title, a household name and a typed role made of common words identify nobody', () => {
    const f = new Family('Famille recomposée');
    const mother = f.woman('Corinne Petitjean', { index: true });
    f.household('Foyer maternel', [mother]);
    const cmp = f.institution('CMP Les Tilleuls', { category: 'mental-health', type: 'cmp' });
    f.professional('Marion Delattre', 'infirmière CMP', cmp);
    f.professional('Yves Noël', 'curatrice de Mme Petitjean');
    const found = sensitiveStrings(f.doc).map((s) => s.text);
    for (const word of ['Famille recomposée', 'Foyer maternel', 'maternel', 'infirmière CMP', 'Tilleuls']) expect(found.includes(word), word).toBe(word === 'Tilleuls');
    expect(found).toEqual(expect.arrayContaining(['Petitjean', 'curatrice de Mme Petitjean', 'Noël']));
  });
});

describe('the lexicon of common words', () => {
  // Frequent French and English first names and surnames: none may be taken for a common word.
  const NAMES = `jean marie pierre louis paul julien sophie thomas nicolas claire david laurent martin petit moreau bernard rose
    léa enzo noah michel nathalie isabelle françois anne catherine philippe alain christophe sandrine kevin jessica mohamed
    fatima karim emma lucas hugo chloé manon camille inès louise jules gabriel arthur nadia rossi girard haddad lefèvre
    richard robert simon durand leroy roux fournier morel blanc garnier faure andré mercier bonnet lambert fontaine
    rousseau vincent muller guerin boyer chevalier noël avril may june april august will grace mark jack john james mary
    patricia jennifer linda elizabeth susan sarah karen nancy lisa betty sandra ashley kimberly donna emily michelle
    dorothy carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole ruth katherine samantha christine catherine virginia rachel janet maria heather diane julie joyce
    victoria kelly christina joan evelyn lauren judith olivia frances martha cheryl megan andrea hannah jacqueline ann
    jean alice kathryn gloria teresa doris sara janice julia marie madison grace judy theresa beverly denise marilyn amber
    danielle abigail brittany rose diana natalie sophia alexis lori kayla jane dupont dubois lefebvre leroy moulin
    lemaire vasseur caron duhamel delcroix wattiez vandamme`.split(/\s+/u).filter(Boolean);
  it('holds none of the common first names and surnames', () => {
    expect(NAMES.filter((name) => COMMON_WORDS.has(foldText(name)))).toEqual([]);
  });
  it('holds the words practitioners write in notes', () => {
    for (const word of ['mercredi', 'rendez-vous', 'rdv', 'absente', 'appel', 'audience', 'synthese', 'weekend', 'appointment']) expect(COMMON_WORDS.has(word), word).toBe(true);
  });
});
