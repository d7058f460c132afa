// The last check before an anonymised file is written, and the one any file can be put through
// (`maillage check`, the sheets of a synthèse): every sensitive string is looked for as a reader
// would find it.
//
// - In the text a reader sees: SVG text, JSON values, a PDF's text as pdf.js extracts it (the
//   library behind Firefox's viewer), the strings about to be drawn (labels, title, file name).
//   Names of one or two letters are looked for here only, as whole words, outside the app's own
//   vocabulary ("Professionnel·le" does not hold the name "Le"). A word cut short by an ellipsis
//   counts when it begins a sensitive word ("Vanderschuerenbr…").
// - In everything a format hides: markup and attributes, comments, compressed streams (PDF),
//   text chunks (PNG), base64 payloads (data: URIs), entities.
// Both sides are folded alike (text.ts): case, accents, invisible characters, ø/ł/æ/ß... do not
// matter. Numbers (dates) are looked for in text only: never inside geometry (coordinates,
// transforms, PDF drawing operators). Any hit blocks the export and says where it was found.
import { unzlibSync, inflateSync } from 'fflate';
import { fromBase64 } from '../crypto/bytes';
import { findWord, foldText, spellings, wordSet } from './text';

/**
 * One string the guard looks for, and where it comes from (to explain a block). The anonymiser's
 * `SensitiveString`s are needles; so is anything a caller must not let through (what a
 * participant of a synthèse may not know).
 */
export interface Needle {
  text: string;
  source: string;
  /** A word of a longer name (sensitive.ts): may be shown by the app's own vocabulary. */
  part?: boolean;
}

/**
 * Where a name was found, as the user knows it (said in their words by leak-place.ts): the label
 * of an element (by the label the app gave it, and its id), the title, a note... or the file.
 */
export type LeakPlace =
  | { kind: 'label'; element: 'person' | 'professional' | 'institution' | 'household'; label: string; id?: string }
  | { kind: 'title' | 'subtitle' | 'file-name' | 'output-name' | 'legend' | 'link' | 'note' | 'drawing' | 'file' };

export interface Leak {
  text: string;
  source: string;
  /** Where, for developers and logs: "text", "PDF text (as a reader extracts it)", "PNG tEXt chunk", "compressed stream 3", "file name"... */
  where: string;
  /** Where, for the user. */
  place: LeakPlace;
  /** A few characters around the hit, with the hit itself masked. */
  context: string;
}

export type GuardFormat = 'svg' | 'png' | 'pdf' | 'json' | 'text';

export interface GuardOptions {
  /** The file's format; read from its first bytes when not given. */
  format?: GuardFormat;
  /**
   * Phrases of the app's own vocabulary ("Professionnel·le", "Aide à domicile", "Situation A"):
   * a name of one or two letters inside one of them is the vocabulary, not the name.
   */
  vocabulary?: readonly string[];
}

/** A string about to be drawn or written, and what it is ("title", "label", "file name"...). */
export interface DrawnString {
  text: string;
  where: string;
  /** Where, for the user ("title", a person's label); the drawing by default. */
  place?: LeakPlace;
  /**
   * Typed by the user (a title, a label changed in the preview): held strictly. A string the app
   * composed from its own vocabulary ("Voisin", "Petit-fils") may hold a word that is also a
   * surname of the case; one the user typed may not.
   */
  typed?: boolean;
}

interface Segment {
  where: string;
  text: string;
  place?: LeakPlace;
  typed?: boolean;
  /** What a reader sees (text, values): short names count here. */
  visible: boolean;
  /** Whether a number in it can be a date: not in geometry or drawing operators. */
  numbers: boolean;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const MAX_DEPTH = 3;

function tryInflate(bytes: Uint8Array): Uint8Array | null {
  for (const inflate of [unzlibSync, inflateSync]) {
    try {
      const out = inflate(bytes);
      if (out.length > 0) return out;
    } catch {
      // Not this kind of stream.
    }
  }
  return null;
}

function pngChunks(bytes: Uint8Array, depth: number): Segment[] {
  const out: Segment[] = [];
  let offset = 8;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = latin1.decode(bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, Math.min(bytes.length, offset + 8 + length));
    if (type === 'tEXt' || type === 'iTXt' || type === 'zTXt' || type === 'eXIf') {
      // Metadata is shown by any image viewer: it is read like visible text.
      out.push({ where: `PNG ${type} chunk`, text: `${latin1.decode(data)} ${utf8.decode(data)}`, visible: true, numbers: true });
      const zero = data.indexOf(0);
      const compressed = type === 'zTXt' ? data.subarray(zero + 2) : type === 'iTXt' && data[zero + 1] === 1 ? data.subarray(data.indexOf(0, data.indexOf(0, zero + 3) + 1) + 1) : null;
      const inflated = compressed && tryInflate(compressed);
      if (inflated) out.push(...segments(inflated, `PNG ${type} chunk (compressed)`, depth + 1).map((s) => ({ ...s, visible: true })));
    }
    offset += 12 + length;
  }
  return out;
}

/** A PDF's structure: its objects and strings outside streams, and what its streams hold. */
function pdfStreams(bytes: Uint8Array, text: string, depth: number): Segment[] {
  const out: Segment[] = [];
  // "stream" opens a stream; "endstream" (which also ends in stream) does not.
  const pattern = /(?<!end)stream\r?\n/g;
  let match: RegExpExecArray | null;
  let index = 0;
  let outside = '';
  let last = 0;
  while ((match = pattern.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    index++;
    outside += text.slice(last, match.index);
    last = end;
    const body = bytes.subarray(start, end);
    // A stream is either compressed (read inflated) or plain (read as it is). Either way only
    // what looks like text is read (a font program read as text is noise), and its numbers are
    // drawing operators, not dates.
    const inflated = tryInflate(body);
    const content = inflated ?? body;
    if (looksMeaningful(content)) out.push(...segments(content, `${inflated ? 'compressed ' : ''}stream ${index}`, depth + 1).map((s) => ({ ...s, visible: false, numbers: false })));
    pattern.lastIndex = end;
  }
  outside += text.slice(last);
  // Outside the streams: dictionaries, info, string literals (Sophie) and hex strings <536F...>.
  out.push({ where: 'PDF objects', text: outside, visible: false, numbers: false });
  for (const literal of outside.match(/\((?:\\.|[^\\)])*\)/g) ?? []) {
    const unescaped = literal.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_m, c: string) => (/^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : c));
    out.push({ where: 'PDF string', text: unescaped, visible: false, numbers: true });
  }
  for (const hex of outside.match(/<([0-9A-Fa-f\s]{4,})>/g) ?? []) {
    const digits = hex.replace(/[<>\s]/g, '');
    const bytesOfHex = Uint8Array.from(digits.match(/../g) ?? [], (h) => parseInt(h, 16));
    out.push({ where: 'PDF hex string', text: `${latin1.decode(bytesOfHex)} ${decodeUtf16(bytesOfHex)}`, visible: false, numbers: true });
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
  return out;
}

/** Text, or a container we know how to open: worth reading. Random bytes are not (false hits). */
function looksMeaningful(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (bytes[0] === 0x89 || bytes[0] === 0x78 || latin1.decode(bytes.subarray(0, 4)) === '%PDF') return true;
  const text = utf8.decode(bytes.subarray(0, 4096));
  // The replacement character (a symbol) is what binary data decodes to: it is not text.
  const printable = [...text].filter((c) => c !== '\uFFFD' && /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\n\r\t]/u.test(c)).length;
  return printable / [...text].length > 0.9;
}

function base64Payloads(text: string, depth: number): Segment[] {
  const out: Segment[] = [];
  // Each distinct run once: markup repeats the same words (attribute names, font names) thousands
  // of times, and a run decodes to the same bytes wherever it is.
  for (const run of new Set(text.match(/[A-Za-z0-9+/]{8,}={0,2}/g) ?? [])) {
    try {
      const decoded = fromBase64(run.length % 4 === 0 ? run : run.slice(0, run.length - (run.length % 4)));
      if (looksMeaningful(decoded)) out.push(...segments(decoded, 'base64 data', depth + 1).map((s) => ({ ...s, numbers: false })));
    } catch {
      // Not base64 after all.
    }
  }
  return out;
}

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[0 + 1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

const decodeEntities = (text: string) => text.replace(/&#(x?)([0-9a-f]+);/gi, (_m, hex: string, n: string) => String.fromCodePoint(parseInt(n, hex ? 16 : 10))).replace(/&(lt|gt|quot|apos|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');

/** Every readable view of some bytes: as text, and whatever is packed inside. */
function segments(bytes: Uint8Array, where: string, depth = 0): Segment[] {
  const text = latin1.decode(bytes);
  // Containers are read through their structure: their compressed parts as raw bytes would only
  // produce false hits.
  if (isPng(bytes)) return pngChunks(bytes, depth);
  if (text.startsWith('%PDF')) return pdfStreams(bytes, text, depth);
  // Valid UTF-8 is read as such; anything else also as Latin-1 (PDF strings, odd encodings).
  let asUtf8: string | null = null;
  try {
    asUtf8 = strictUtf8.decode(bytes);
  } catch {
    asUtf8 = null;
  }
  const out: Segment[] = asUtf8 === null ? [{ where, text: utf8.decode(bytes), visible: false, numbers: true }, { where, text, visible: false, numbers: true }] : [{ where, text: asUtf8, visible: false, numbers: true }];
  // XML and HTML entities (&#233; for é, &#x53; for S).
  if (text.includes('&#')) out.push({ where: `${where} (entities)`, text: decodeEntities(asUtf8 ?? utf8.decode(bytes)), visible: false, numbers: true });
  if (depth >= MAX_DEPTH) return out;
  const inflated = depth > 0 ? null : tryInflate(bytes);
  if (inflated) out.push(...segments(inflated, `${where} (compressed)`, depth + 1).map((s) => ({ ...s, numbers: false })));
  out.push(...base64Payloads(text, depth));
  return out;
}

/** The character data of markup: what an SVG shows as text. */
function markupText(text: string): string {
  return decodeEntities(text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, '\n'));
}

const JSON_VALUES = 'JSON value';

/** Keys of a case file whose numbers are geometry, never dates. */
const GEOMETRY_KEYS = new Set(['x', 'y', 'width', 'height', 'position', 'schemaVersion', 'intensity']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The values of a JSON document, one per line: strings (but ids), and numbers that are not geometry. */
function jsonValues(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!UUID.test(value)) out.push(value);
  } else if (typeof value === 'number') {
    if (!GEOMETRY_KEYS.has(key)) out.push(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) jsonValues(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) jsonValues(v, k, out);
  }
  return out;
}

export function detectFormat(bytes: Uint8Array): GuardFormat {
  if (isPng(bytes)) return 'png';
  const head = latin1.decode(bytes.subarray(0, 256)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'svg';
  return 'text';
}

const visible = (where: string, text: string): Segment => ({ where, text, visible: true, numbers: true });

/** What a reader sees of a file, beside what its structure holds. */
async function visibleText(bytes: Uint8Array, format: GuardFormat): Promise<Segment[]> {
  if (format !== 'pdf') return visibleTextSync(bytes, format);
  // Loaded on demand: pdf.js is large, and only PDFs need it.
  const { readPdfText } = await import('./pdf-reader');
  try {
    return (await readPdfText(bytes)).map((page, i) => visible(`PDF text${i > 0 ? ` (page ${i + 1})` : ''}, as a reader extracts it`, page));
  } catch (error) {
    // A PDF no reader can open shows nothing, but the guard does not pass what it cannot read.
    return [visible('PDF that no reader can open', `${error instanceof Error ? error.message : String(error)}`)];
  }
}

/** The same, for the formats read without pdf.js. */
function visibleTextSync(bytes: Uint8Array, format: Exclude<GuardFormat, 'pdf'>): Segment[] {
  switch (format) {
    case 'svg':
      return [visible('text', markupText(utf8.decode(bytes)))];
    case 'json':
      try {
        return [visible(JSON_VALUES, jsonValues(JSON.parse(utf8.decode(bytes))).join('\n'))];
      } catch {
        return [visible('text', utf8.decode(bytes))];
      }
    case 'png':
      // Pixels are not read: a PNG is drawn only from an SVG that passed the guard (see export.ts).
      return [];
    case 'text':
      return [visible('text', utf8.decode(bytes))];
  }
}

interface PreparedNeedle extends Needle {
  folded: string;
  tokens: string[];
  numeric: boolean;
  short: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

function prepareNeedles(sensitive: readonly Needle[]): PreparedNeedle[] {
  return sensitive
    // Every way a reader may spell the name (text.ts, spellings): each is looked for.
    .flatMap((s) => spellings(s.text).map((folded) => ({ ...s, folded: folded.trim() })))
    .filter((s) => s.folded.length >= 1)
    .map((s) => {
      const tokens = s.folded.match(TOKEN) ?? [];
      return { ...s, tokens, numeric: /^[\d-]+$/.test(s.folded), short: tokens.join('').length <= 2 };
    })
    .filter((s) => s.tokens.length > 0);
}

/** Dates must not sit inside a number (a coordinate such as 2019.5 is not the year 2019). */
function isInsideNumber(text: string, at: number, length: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text.slice(at + length, at + length + 2);
  return /[\d.-]/.test(before) || /^[\d]/.test(after) || /^\.\d/.test(after);
}

/**
 * Inside an attribute value of markup that holds only numbers (x="1990", width="2019") or a
 * transform (transform="translate(1962 0)"): geometry, not a date.
 */
function isInsideAttribute(text: string, at: number): boolean {
  const quote = text.lastIndexOf('"', at - 1);
  if (quote < 1 || text[quote - 1] !== '=') return false;
  const between = text.slice(quote + 1, at);
  if (/^[\d\s.,-]*$/.test(between)) return true;
  // Only the transform attribute may put words (its functions) before the numbers: elsewhere
  // (aria-label="né(e) 1962") words make it text.
  const name = /([\w:-]+)=$/.exec(text.slice(Math.max(0, quote - 40), quote))?.[1];
  return name === 'transform' && /^(?:\s*[a-z]+\([\d\s.,-]*\))*\s*[a-z]+\([\d\s.,-]*$/.test(between);
}

/** Fixed strings of the formats themselves, which hold numbers that could pass for a year. */
const FORMAT_CONSTANTS = ['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink'];

/** The vocabulary blanked out of a folded text (same length), longest phrases first. */
function withoutVocabulary(folded: string, vocabulary: readonly string[]): string {
  let out = folded;
  for (const phrase of vocabulary) {
    if (!out.includes(phrase)) continue;
    for (const at of findWord(out, phrase)) out = out.slice(0, at) + ' '.repeat(phrase.length) + out.slice(at + phrase.length);
  }
  return out;
}

const foldedVocabularies = new WeakMap<readonly string[], string[]>();
function foldVocabulary(vocabulary: readonly string[] | undefined): string[] {
  if (!vocabulary) return [];
  let folded = foldedVocabularies.get(vocabulary);
  if (!folded) {
    folded = [...new Set(vocabulary.map((p) => foldText(p).trim()).filter((p) => p.length > 0))].sort((a, b) => b.length - a.length);
    foldedVocabularies.set(vocabulary, folded);
  }
  return folded;
}

/** "Vanderschuerenbr..." (an ellipsis folds to three dots): words cut short, each with what it was cut from. */
function truncatedWords(haystack: string): string[] {
  return [...haystack.matchAll(/([\p{L}\p{N}]{4,})\.\.\./gu)].map((m) => m[1] as string);
}

/** Every word of the vocabulary's phrases. */
const vocabularyWords = new WeakMap<readonly string[], Set<string>>();
function wordsOf(vocabulary: readonly string[]): Set<string> {
  let words = vocabularyWords.get(vocabulary);
  if (!words) {
    words = new Set(vocabulary.flatMap((phrase) => phrase.match(TOKEN) ?? []));
    vocabularyWords.set(vocabulary, words);
  }
  return words;
}

function search(segmentsToRead: readonly Segment[], needles: readonly PreparedNeedle[], options: GuardOptions): Leak[] {
  const leaks = new Map<string, Leak>();
  const vocabulary = foldVocabulary(options.vocabulary);
  // A word of a name that is a word of the app's own vocabulary (the surname "Voisin", "Petit"): in
  // what the app composed, its vocabulary phrases ("Voisin", "Petit-fils") are the vocabulary, not
  // the name; in what the user typed (a title, a label) the word is the name. Anywhere else, or
  // in a phrase of its own ("M. Voisin", "Situation Petit"), it is found as any name.
  const common = new Set(needles.filter((n) => n.part && !n.short && !n.numeric && vocabulary.length > 0 && n.tokens.every((t) => wordsOf(vocabulary).has(t))).map((n) => n.folded));
  for (const segment of segmentsToRead) {
    const folded = FORMAT_CONSTANTS.reduce((text, constant) => text.split(constant).join(' '), foldText(segment.text));
    // Why a token set: hundreds of names against a large file would otherwise mean hundreds of
    // scans of the whole text. A needle is looked for precisely only when all its words occur.
    const words = wordSet(folded);
    let shortHaystack: string | undefined;
    for (const needle of needles) {
      if (leaks.has(needle.folded)) continue;
      if (needle.short && !segment.visible) continue;
      if (needle.numeric && !segment.numbers) continue;
      if (!needle.tokens.every((t) => words.has(t))) continue;
      const relaxed = needle.short || (common.has(needle.folded) && !segment.typed);
      const haystack = relaxed ? (shortHaystack ??= withoutVocabulary(folded, vocabulary)) : folded;
      for (const at of findWord(haystack, needle.folded)) {
        // Numbers (dates) count only in text, not inside a longer number or a markup attribute.
        if (needle.numeric && (isInsideNumber(haystack, at, needle.folded.length) || isInsideAttribute(haystack, at))) continue;
        const context = `${haystack.slice(Math.max(0, at - 20), at)}[…]${haystack.slice(at + needle.folded.length, at + needle.folded.length + 20)}`;
        // One report per string: the first place it was found.
        leaks.set(needle.folded, { text: needle.text, source: needle.source, where: segment.where, place: segment.place ?? { kind: 'file' }, context });
        break;
      }
    }
    if (segment.visible) {
      for (const word of truncatedWords(folded)) {
        const needle = needles.find((n) => !leaks.has(n.folded) && !n.numeric && n.tokens.some((t) => t.length > word.length && t.startsWith(word)));
        if (needle) leaks.set(needle.folded, { text: needle.text, source: needle.source, where: `${segment.where} (cut short: “${word}…”)`, place: segment.place ?? { kind: 'file' }, context: `[${word}…]` });
      }
    }
  }
  return [...leaks.values()];
}

/**
 * Every sensitive string found in a file, read as a reader would read it (see the top of this
 * file). `sensitive` is any list of strings with where each comes from; `bytes` any file, its
 * format read from its first bytes or given in `options`. Asynchronous because a PDF is read
 * through pdf.js, loaded on demand.
 */
export async function findLeaks(bytes: Uint8Array, sensitive: readonly Needle[], options: GuardOptions = {}): Promise<Leak[]> {
  const needles = prepareNeedles(sensitive);
  if (needles.length === 0) return [];
  return searchFile(bytes, await visibleText(bytes, options.format ?? detectFormat(bytes)), needles, options);
}

/**
 * findLeaks for a file that is not a PDF (SVG, JSON, text, PNG), without waiting: what a
 * synchronous caller needs. A PDF throws: its text is read by pdf.js, asynchronously.
 */
export function findLeaksSync(bytes: Uint8Array, sensitive: readonly Needle[], options: GuardOptions = {}): Leak[] {
  const format = options.format ?? detectFormat(bytes);
  if (format === 'pdf') throw new Error('A PDF is read as a reader reads it, with pdf.js, asynchronously: use findLeaks.');
  const needles = prepareNeedles(sensitive);
  if (needles.length === 0) return [];
  return searchFile(bytes, visibleTextSync(bytes, format), needles, options);
}

function searchFile(bytes: Uint8Array, visible: Segment[], needles: readonly PreparedNeedle[], options: GuardOptions): Leak[] {
  // A case file's numbers are read from its values, by key: in its text most are coordinates.
  const valuesRead = visible[0]?.where === JSON_VALUES;
  const structure = segments(bytes, 'text').map((s) => (valuesRead ? { ...s, numbers: false } : s));
  return search([...visible, ...structure], needles, options);
}

/** Every sensitive string found in strings about to be drawn or written: all of them are visible. */
export function findLeaksInStrings(strings: readonly DrawnString[], sensitive: readonly Needle[], options: GuardOptions = {}): Leak[] {
  const needles = prepareNeedles(sensitive);
  if (needles.length === 0) return [];
  return search(
    strings.map((s) => ({ where: s.where, text: s.text, visible: true, numbers: true, place: s.place ?? placeOf(s.where), ...(s.typed ? { typed: true } : {}) })),
    needles,
    options,
  );
}

/** The place of a string given only its `where` (callers that predate places). */
function placeOf(where: string): LeakPlace {
  switch (where) {
    case 'title':
      return { kind: 'title' };
    case 'subtitle':
      return { kind: 'subtitle' };
    case 'file name':
      return { kind: 'file-name' };
    case 'output file name':
      return { kind: 'output-name' };
    default:
      return { kind: 'drawing' };
  }
}

export class LeakError extends Error {
  override name = 'LeakError';
  constructor(readonly leaks: Leak[]) {
    super(`Export blocked: ${leaks.length} sensitive string(s) found (${leaks.slice(0, 3).map((l) => `${l.source} in ${l.where}`).join('; ')}).`);
  }
}

/** Throws LeakError when anything sensitive is in the bytes; returns them untouched otherwise. */
export async function guardExport(bytes: Uint8Array, sensitive: readonly Needle[], options: GuardOptions = {}): Promise<Uint8Array> {
  const leaks = await findLeaks(bytes, sensitive, options);
  if (leaks.length) throw new LeakError(leaks);
  return bytes;
}

/** guardExport for a file that is not a PDF, without waiting (see findLeaksSync). */
export function guardExportSync(bytes: Uint8Array, sensitive: readonly Needle[], options: GuardOptions = {}): Uint8Array {
  const leaks = findLeaksSync(bytes, sensitive, options);
  if (leaks.length) throw new LeakError(leaks);
  return bytes;
}

/** Throws LeakError when any string about to be drawn or written holds something sensitive. */
export function guardStrings(strings: readonly DrawnString[], sensitive: readonly Needle[], options: GuardOptions = {}): void {
  const leaks = findLeaksInStrings(strings, sensitive, options);
  if (leaks.length) throw new LeakError(leaks);
}
