// The last check before an anonymised file is written: every sensitive string of the case is
// searched in the final bytes, accent- and case-insensitively, on word boundaries, in the text as
// it is and in everything the format hides: compressed streams (PDF), text chunks (PNG), base64
// payloads (data: URIs). Any hit blocks the export and says where it was found.
import { unzlibSync, inflateSync } from 'fflate';
import { fromBase64 } from '../crypto/bytes';
import type { SensitiveString } from './sensitive';
import { findWord, foldText, wordSet } from './text';

export interface Leak {
  text: string;
  source: SensitiveString['source'];
  /** Where in the file: "text", "PNG text chunk", "compressed stream 3", "base64 data"... */
  where: string;
  /** A few characters around the hit, with the hit itself masked. */
  context: string;
}

interface Segment {
  where: string;
  text: string;
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
      out.push({ where: `PNG ${type} chunk`, text: `${latin1.decode(data)} ${utf8.decode(data)}` });
      const zero = data.indexOf(0);
      const compressed = type === 'zTXt' ? data.subarray(zero + 2) : type === 'iTXt' && data[zero + 1] === 1 ? data.subarray(data.indexOf(0, data.indexOf(0, zero + 3) + 1) + 1) : null;
      const inflated = compressed && tryInflate(compressed);
      if (inflated) out.push(...segments(inflated, `PNG ${type} chunk (compressed)`, depth + 1));
    }
    offset += 12 + length;
  }
  return out;
}

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
    const inflated = tryInflate(body);
    // A stream is either compressed (read inflated) or plain (read as it is).
    if (inflated) out.push(...segments(inflated, `compressed stream ${index}`, depth + 1));
    else if (looksMeaningful(body)) out.push(...segments(body, `stream ${index}`, depth + 1));
    pattern.lastIndex = end;
  }
  outside += text.slice(last);
  // Outside the streams: dictionaries, info, string literals (Sophie) and hex strings <536F...>.
  out.push({ where: 'PDF objects', text: outside });
  for (const literal of outside.match(/\((?:\\.|[^\\)])*\)/g) ?? []) {
    const unescaped = literal.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_m, c: string) => (/^[0-7]+$/.test(c) ? String.fromCharCode(parseInt(c, 8)) : c));
    out.push({ where: 'PDF string', text: unescaped });
  }
  for (const hex of outside.match(/<([0-9A-Fa-f\s]{4,})>/g) ?? []) {
    const digits = hex.replace(/[<>\s]/g, '');
    const bytesOfHex = Uint8Array.from(digits.match(/../g) ?? [], (h) => parseInt(h, 16));
    out.push({ where: 'PDF hex string', text: `${latin1.decode(bytesOfHex)} ${decodeUtf16(bytesOfHex)}` });
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
  const text = utf8.decode(bytes);
  const printable = [...text].filter((c) => /[\p{L}\p{N}\p{P}\p{Zs}\n\r\t]/u.test(c)).length;
  return printable / [...text].length > 0.9;
}

function base64Payloads(text: string, depth: number): Segment[] {
  const out: Segment[] = [];
  // Each distinct run once: markup repeats the same words (attribute names, font names) thousands
  // of times, and a run decodes to the same bytes wherever it is.
  for (const run of new Set(text.match(/[A-Za-z0-9+/]{8,}={0,2}/g) ?? [])) {
    try {
      const decoded = fromBase64(run.length % 4 === 0 ? run : run.slice(0, run.length - (run.length % 4)));
      if (looksMeaningful(decoded)) out.push(...segments(decoded, 'base64 data', depth + 1));
    } catch {
      // Not base64 after all.
    }
  }
  return out;
}

function isPng(bytes: Uint8Array): boolean {
  return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
}

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
  const out: Segment[] = asUtf8 === null ? [{ where, text: utf8.decode(bytes) }, { where, text }] : [{ where, text: asUtf8 }];
  // XML and HTML entities (&#233; for é, &#x53; for S).
  if (text.includes('&#')) out.push({ where: `${where} (entities)`, text: (asUtf8 ?? utf8.decode(bytes)).replace(/&#(x?)([0-9a-f]+);/gi, (_m, hex: string, n: string) => String.fromCodePoint(parseInt(n, hex ? 16 : 10))) });
  if (depth >= MAX_DEPTH) return out;
  const inflated = depth > 0 ? null : tryInflate(bytes);
  if (inflated) out.push(...segments(inflated, `${where} (compressed)`, depth + 1));
  out.push(...base64Payloads(text, depth));
  return out;
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

const TOKEN = /[\p{L}\p{N}]+/gu;

export function findLeaks(bytes: Uint8Array, sensitive: readonly SensitiveString[]): Leak[] {
  const leaks = new Map<string, Leak>();
  const needles = sensitive
    .map((s) => ({ ...s, folded: foldText(s.text) }))
    .filter((s) => s.folded.length >= 2)
    .map((s) => ({ ...s, tokens: s.folded.match(TOKEN) ?? [], numeric: /^[\d-]+$/.test(s.folded) }));
  for (const segment of segments(bytes, 'text')) {
    const haystack = FORMAT_CONSTANTS.reduce((text, constant) => text.split(constant).join(' '), foldText(segment.text));
    // Why a token set: hundreds of names against a large file would otherwise mean hundreds of
    // scans of the whole text. A needle is looked for precisely only when all its words occur.
    const words = wordSet(haystack);
    for (const needle of needles) {
      if (leaks.has(needle.folded) || needle.tokens.length === 0 || !needle.tokens.every((t) => words.has(t))) continue;
      for (const at of findWord(haystack, needle.folded)) {
        // Numbers (dates) count only in text, not inside a longer number or a markup attribute.
        if (needle.numeric && (isInsideNumber(haystack, at, needle.folded.length) || isInsideAttribute(haystack, at))) continue;
        const context = `${haystack.slice(Math.max(0, at - 20), at)}[…]${haystack.slice(at + needle.folded.length, at + needle.folded.length + 20)}`;
        // One report per string: the first place it was found.
        leaks.set(needle.folded, { text: needle.text, source: needle.source, where: segment.where, context });
        break;
      }
    }
  }
  return [...leaks.values()];
}

export class LeakError extends Error {
  override name = 'LeakError';
  constructor(readonly leaks: Leak[]) {
    super(`Export blocked: ${leaks.length} sensitive string(s) found (${leaks.slice(0, 3).map((l) => `${l.source} in ${l.where}`).join('; ')}).`);
  }
}

/** Throws LeakError when anything sensitive is in the bytes; returns them untouched otherwise. */
export function guardExport(bytes: Uint8Array, sensitive: readonly SensitiveString[]): Uint8Array {
  const leaks = findLeaks(bytes, sensitive);
  if (leaks.length) throw new LeakError(leaks);
  return bytes;
}
