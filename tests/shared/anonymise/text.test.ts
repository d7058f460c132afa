// The leak guard's text helpers have fast paths for ASCII; these tests hold them to the plain
// Unicode definitions on texts that mix every kind of character a name or a file may contain.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/examples/generate';
import { findWord, foldText, wordSet } from '../../../shared/anonymise/text';

/** The definitions the fast versions must agree with. */
const SPELLED: Array<[RegExp, string]> = [[/ø/g, 'o'], [/ł/g, 'l'], [/æ/g, 'ae'], [/œ/g, 'oe'], [/ß/g, 'ss'], [/[đð]/g, 'd'], [/þ/g, 'th'], [/ı/g, 'i'], [/ħ/g, 'h'], [/ŧ/g, 't'], [/ŋ/g, 'n'], [/ς/g, 'σ']];
const foldPlainly = (text: string) =>
  SPELLED.reduce(
    (folded, [letter, spelled]) => folded.replace(letter, spelled),
    text
      .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[’ʼ‘`´]/g, "'")
      .replace(/[‐‑‒–—]/g, '-'),
  );
const wordsPlainly = (text: string) => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
/** Every index of `needle` with neither a letter nor a digit (a whole code point) on either side. */
function findWordPlainly(haystack: string, needle: string): number[] {
  const hits: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = [...haystack.slice(0, at)].pop() ?? '';
    const after = [...haystack.slice(at + needle.length)][0] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) hits.push(at);
  }
  return hits;
}

// ASCII letters, digits and markup; accented letters precomposed and decomposed; apostrophes and
// dashes of every kind; letters and digits of other scripts (some outside the BMP); emoji; the
// middle dot and the ellipsis, which are not letters; invisible characters; letters that do not
// decompose, in both cases; Greek sigma, whose lower case depends on its place in the word.
const PIECES = ['a', 'Z', '7', ' ', '<', '"', '=', '-', "'", '`', 'é', 'E\u0301', 'Ç', 'ß', 'ẞ', 'İ', '’', 'ʼ', '—', '–', '·', '…', 'Ω', 'Ж', '٣', '漢', '𝒜', '𐐷', '😀', '\u00a0', 'ﬁ', 'Ⅻ', 'Ｌ', '\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff', '\u202b', 'ø', 'Ø', 'ł', 'Ł', 'æ', 'Æ', 'œ', 'Œ', 'đ', 'Đ', 'þ', 'Þ', 'ð', 'ı', 'Σ', 'ς', 'σ', 'ħ', 'ŋ'];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

describe('text helpers of the leak guard', () => {
  it('fold any text exactly as the plain definition does', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 500; i++) {
      const text = randomText(random, 1 + Math.floor(random() * 40));
      expect(foldText(text)).toBe(foldPlainly(text));
    }
  });

  it('find the same words as the Unicode pattern, whatever the script', () => {
    const random = seededRandom(12);
    for (let i = 0; i < 500; i++) {
      const text = foldText(randomText(random, 1 + Math.floor(random() * 40)));
      expect(wordSet(text)).toEqual(wordsPlainly(text));
    }
  });

  it('find a word where the plain definition does, next to characters of any script', () => {
    const random = seededRandom(13);
    for (let i = 0; i < 500; i++) {
      const needle = foldText(randomText(random, 1 + Math.floor(random() * 2))).trim();
      if (!needle) continue;
      // The needle is put in several times, glued to random neighbours.
      const text = foldText([0, 1, 2].map(() => randomText(random, Math.floor(random() * 4))).join(needle));
      expect(findWord(text, needle)).toEqual(findWordPlainly(text, needle));
    }
  });

  it('read past what a reader does not see or tell apart', () => {
    const same = (a: string, b: string) => expect(foldText(a), `${a} / ${b}`).toBe(foldText(b));
    same('Lau\u200brent', 'Laurent');
    same('So\u00adphie', 'sophie');
    same('Ma\u200dria\u2060 Ro\ufeffssi', 'Maria Rossi');
    same('Ødegård', 'Odegard');
    same('Łukasz Wałęsa', 'Lukasz Walesa');
    same('Æsa Strauß', 'aesa strauss');
    same('Cœur', 'coeur');
    same('Đorđe Þórsson', 'Dorde Thorsson');
    same('Le\u0301a', 'Léa');
    same('Ｌａｕｒｅｎｔ', 'laurent');
    same('ﬁlippi', 'Filippi');
    same('ΟΔΥΣΣΕΑΣ', 'οδυσσεασ');
  });

  it('treat a name glued to punctuation as a word of its own', () => {
    const folded = foldText('Léa·Moreau…Rossi—PETIT`s');
    expect([...wordSet(folded)]).toEqual(['lea', 'moreau', 'rossi', 'petit', 's']);
    expect(findWord(folded, 'rossi')).toHaveLength(1);
    expect(folded).toContain("petit's");
  });
});
