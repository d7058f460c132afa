// Text comparison for the leak guard and the anonymiser: what a reader would take for the same
// word is the same word. Accents, case, invisible characters, compatibility forms (ﬁ, fullwidth
// letters) and letters that do not decompose (ø, ł, æ, œ, ß, đ, þ) do not matter, and a match must
// stand on word boundaries ("Léa" is found in "LEA," but not in "Léandre").

const MARK = /\p{M}/u;
/** Invisible by definition (soft hyphen, zero-width space and joiners, word joiner, BOM, bidi controls...). */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const APOSTROPHES = "’ʼ‘`´";
const DASHES = '‐‑‒–—';
/** Letters that Unicode does not decompose, spelled as a reader without them would spell them. */
const SPELLED: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', ẞ: 'ss',
  đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ŋ: 'n', Ŋ: 'n',
};

function foldCharacter(c: string): string {
  if (MARK.test(c) || IGNORABLE.test(c)) return '';
  if (APOSTROPHES.includes(c)) return "'";
  if (DASHES.includes(c)) return '-';
  return SPELLED[c] ?? c;
}

const NON_ASCII = /[^\0-\x7f]/;

/**
 * Lower case; default-ignorable code points removed; compatibility decomposition (NFKD), marks
 * removed; ø/ł/æ/œ/ß/đ/þ spelled out; typographic apostrophes and dashes unified; final sigma as
 * sigma. Applied to both sides of every comparison. Why the ASCII path: the leak guard folds whole
 * export files, mostly ASCII markup, where only case and the backtick can change.
 */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return (text.includes('`') ? text.replace(/`/g, "'") : text).toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[^ -~\t\n\r]|`/gu, foldCharacter)
    .toLowerCase()
    .replace(/ς/g, 'σ');
}

/** Letters a reader without them writes out in two letters, or in one (Ødegård: Odegard, Oedegaard, Odegaard). */
const WRITTEN_OUT: Readonly<Record<string, readonly string[]>> = {
  ä: ['a', 'ae'], ö: ['o', 'oe'], ü: ['u', 'ue'], å: ['a', 'aa'], ø: ['o', 'oe'], æ: ['ae', 'a', 'e'], œ: ['oe', 'o'],
};
/** The two-letter forms read back as one letter (Mueller may be printed Müller: "muller"). */
const READ_BACK: Readonly<Record<string, string>> = { ae: 'a', oe: 'o', ue: 'u', aa: 'a' };
const MAX_SPELLINGS = 32;

/**
 * The folded forms under which a reader may write the same name: its own, with each ä/ö/ü/å/ø/æ/œ
 * written out either way, and with each ae/oe/ue/aa read back as one letter. The leak guard looks
 * for every one of them (a name typed "Ødegård" is found in "ODEGAARD", "Mueller" in "Müller").
 */
export function spellings(text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase();
  let variants = [''];
  for (const c of lower) {
    const options = WRITTEN_OUT[c] ?? [c];
    variants = variants.flatMap((v) => options.map((o) => v + o)).slice(0, MAX_SPELLINGS);
  }
  const out = new Set([foldText(text), ...variants.map(foldText)]);
  for (const folded of [...out]) {
    let read = [folded];
    for (const [pair, one] of Object.entries(READ_BACK)) read = read.flatMap((r) => (r.includes(pair) ? [r, r.split(pair).join(one)] : [r]));
    for (const r of read) if (out.size < MAX_SPELLINGS * 2) out.add(r);
  }
  // A variant shorter than three letters would be an ordinary word ("Ae" read back is "a").
  const own = foldText(text);
  return [...out].filter((v) => v === own || v.replace(/[^\p{L}\p{N}]/gu, '').length >= 3);
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether the character at `i` (a UTF-16 index) is a letter or digit; ASCII without a regex. */
function isWordCharacterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return !Number.isNaN(code) && WORD.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/**
 * The words of a text (its runs of letters and digits) as a set: what `text.match(/[\p{L}\p{N}]+/gu)`
 * finds. Why by hand: the leak guard reads whole export files, mostly ASCII markup, and the
 * Unicode regex cost several times more there than testing only non-ASCII characters against it.
 */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i < text.length; i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1) {
    if (isWordCharacterAt(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.add(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.add(text.slice(start));
  return words;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Every index where `needle` occurs in `haystack` on word boundaries; both already folded. */
export function findWord(haystack: string, needle: string): number[] {
  if (!needle) return [];
  const hits: number[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return hits;
    // The character before is read whole (a surrogate pair is two UTF-16 units).
    const before = at >= 2 && isLowSurrogate(haystack.charCodeAt(at - 1)) ? at - 2 : at - 1;
    if (!(before >= 0 && isWordCharacterAt(haystack, before)) && !isWordCharacterAt(haystack, at + needle.length)) hits.push(at);
    from = at + 1;
  }
}

/**
 * The parts of a name: words split on spaces, hyphens, apostrophes, dots, brackets and quotes (a
 * nickname is written 'Karima « Kiki » Benali' or 'Karima "Kiki" Benali': "Kiki" is a part).
 */
export function nameParts(name: string): string[] {
  return name
    .split(/[\s\-‐‑–—'’.,;:/()[\]{}"“”„«»‹›‘‚]+/u)
    .map((part) => part.trim())
    .filter((part) => [...part].length >= 2);
}
