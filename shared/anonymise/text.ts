// Text comparison for the leak guard and the anonymiser: accents and case do not matter, and a
// match must stand on word boundaries ("Léa" is found in "LEA," but not in "Léandre").

/** Lower case, accents removed, typographic apostrophes and dashes unified. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]/u;

/** Every index where `needle` occurs in `haystack` on word boundaries; both already folded. */
export function findWord(haystack: string, needle: string): number[] {
  if (!needle) return [];
  const hits: number[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return hits;
    const before = at > 0 ? haystack[at - 1] : '';
    const after = haystack[at + needle.length] ?? '';
    if (!(before && WORD.test(before)) && !(after && WORD.test(after))) hits.push(at);
    from = at + 1;
  }
}

/** The parts of a name: words split on spaces, hyphens, apostrophes and dots. */
export function nameParts(name: string): string[] {
  return name
    .split(/[\s\-‐‑–—'’.,;:/()]+/u)
    .map((part) => part.trim())
    .filter((part) => [...part].length >= 2);
}
