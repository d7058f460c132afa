// The fonts a PDF (and a PNG made without a browser) is drawn with: Noto Sans, with Noto Sans
// Arabic, Hebrew and Symbols for what it lacks (right-to-left names, the ⚖ of a judicial mandate).
// Fontsource ships each font cut into slices by script (latin, latin-ext, greek...), each with the
// Unicode ranges it covers; a file is loaded only when a character of the drawing needs it.
import { unzlibSync } from 'fflate';
import notoSans from '@fontsource/noto-sans/unicode.json';
import notoSansArabic from '@fontsource/noto-sans-arabic/unicode.json';
import notoSansHebrew from '@fontsource/noto-sans-hebrew/unicode.json';
import notoSansSymbols from '@fontsource/noto-sans-symbols/unicode.json';

export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

export interface FontFace {
  /** Path of the file inside node_modules: "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff". */
  file: string;
  family: string;
  bold: boolean;
  italic: boolean;
  /** Code point ranges, inclusive. */
  ranges: ReadonlyArray<readonly [number, number]>;
}

/**
 * Reads a font file named by its path inside node_modules. Given by whoever runs the export: the
 * renderer fetches the copy bundled with the app, the command line reads node_modules.
 */
export type FontFiles = (file: string) => Promise<Uint8Array>;

function parseRanges(css: string): Array<[number, number]> {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from as string, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

interface Family {
  package: string;
  family: string;
  /** The slices used, in the order they are tried. */
  subsets: readonly string[];
  ranges: Readonly<Record<string, string>>;
  italic: boolean;
}

const FAMILIES: readonly Family[] = [
  { package: 'noto-sans', family: 'Noto Sans', subsets: ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'devanagari'], ranges: notoSans, italic: true },
  { package: 'noto-sans-arabic', family: 'Noto Sans Arabic', subsets: ['arabic'], ranges: notoSansArabic, italic: false },
  { package: 'noto-sans-hebrew', family: 'Noto Sans Hebrew', subsets: ['hebrew'], ranges: notoSansHebrew, italic: false },
  { package: 'noto-sans-symbols', family: 'Noto Sans Symbols', subsets: ['symbols'], ranges: notoSansSymbols, italic: false },
];

const facesByStyle = new Map<string, readonly FontFace[]>();

/** Every face of one style, in the order they are tried for a character. */
export function fontFaces(style: FontStyle): readonly FontFace[] {
  const key = `${style.bold}${style.italic}`;
  const known = facesByStyle.get(key);
  if (known) return known;
  const faces = FAMILIES.flatMap((family) =>
    family.subsets.map((subset) => {
      // Families without italics draw their (upright) letters in an italic text.
      const italic = style.italic && family.italic;
      return {
        file: `@fontsource/${family.package}/files/${family.package}-${subset}-${style.bold ? 700 : 400}-${italic ? 'italic' : 'normal'}.woff`,
        family: family.family,
        bold: style.bold,
        italic,
        ranges: parseRanges(family.ranges[subset] ?? ''),
      };
    }),
  );
  facesByStyle.set(key, faces);
  return faces;
}

export const FONT_STYLES: readonly FontStyle[] = [
  { bold: false, italic: false },
  { bold: true, italic: false },
  { bold: false, italic: true },
  { bold: true, italic: true },
];

export function covers(face: FontFace, codePoint: number): boolean {
  return face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The faces whose ranges hold some character of `text`, in order (what a PNG renderer needs loaded). */
export function facesFor(text: string, style: FontStyle): FontFace[] {
  const faces = fontFaces(style);
  const needed = new Set<FontFace>();
  for (const c of new Set(text)) {
    const codePoint = c.codePointAt(0) as number;
    for (const face of faces) if (covers(face, codePoint)) needed.add(face);
  }
  return faces.filter((f) => needed.has(f));
}

/**
 * A WOFF 1.0 file as the TrueType/OpenType file it wraps: its tables, inflated. Why: renderers
 * that take font files (resvg) read sfnt only, and Fontsource ships WOFF.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('Not a WOFF file');
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), data: compressed < length ? unzlibSync(raw) : raw };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const out = new Uint8Array(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  const sfnt = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.setUint32(0, view.getUint32(4));
  sfnt.setUint16(4, numTables);
  sfnt.setUint16(6, searchRange);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, numTables * 16 - searchRange);
  let at = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    sfnt.setUint32(record, table.tag);
    sfnt.setUint32(record + 4, table.checksum);
    sfnt.setUint32(record + 8, at);
    sfnt.setUint32(record + 12, table.data.length);
    out.set(table.data, at);
    at += padded(table.data.length);
  });
  return out;
}
