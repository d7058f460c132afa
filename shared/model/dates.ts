// Partial dates ("2024", "2024-03", "2024-03-12"): how practitioners date an intervention, an event
// or a snapshot. A partial date covers a span of days; comparisons widen it to its first or its
// last day, and days compare as ISO strings.
import type { Locale } from '../i18n/messages';
import { PartialDate } from './primitives';

/** A calendar day, "2024-03-12". */
export type Day = string;

export function isPartialDate(text: string): text is PartialDate {
  return PartialDate.safeParse(text).success;
}

/** The first day a partial date covers: "2024" → "2024-01-01". */
export function firstDay(date: PartialDate): Day {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date covers: "2024-02" → "2024-02-29". */
export function lastDay(date: PartialDate): Day {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(days).padStart(2, '0')}`;
  }
  return date;
}

/** The calendar day of a moment, in the user's time zone (a meeting at 00:30 belongs to that day). */
export function dayOf(moment: Date): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/** Whether something dated from `since` to `until` (each optional, `until` included) was running on `day`. */
export function isRunningOn(span: { since?: PartialDate | undefined; until?: PartialDate | undefined }, day: Day): boolean {
  if (span.since && firstDay(span.since) > day) return false;
  if (span.until && lastDay(span.until) < day) return false;
  return true;
}

/** Whether something that ended on `until` had ended by `day` (still running on its last day). */
export function hasEndedBy(until: PartialDate | undefined, day: Day): boolean {
  return until !== undefined && lastDay(until) < day;
}

const MONTHS: Record<Locale, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2024" → "2024"; "2024-03" → "mars 2024"; "2024-03-12" → "12 mars 2024" (English: "12 March 2024"). */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const [year, month, day] = date.split('-');
  if (!month) return year as string;
  const monthName = MONTHS[locale][Number(month) - 1] as string;
  if (!day) return `${monthName} ${year}`;
  return `${locale === 'fr' && day === '01' ? '1er' : Number(day)} ${monthName} ${year}`;
}

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** 1 to 12 for a month's name in French or English (accents and case aside), else null. */
function monthNumber(word: string): number | null {
  const folded = fold(word);
  for (const names of Object.values(MONTHS)) {
    const i = names.findIndex((name) => fold(name) === folded);
    if (i >= 0) return i + 1;
  }
  return null;
}

const SHORT_MONTHS: Record<Locale, readonly string[]> = {
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** For captions on the map: "2024" → "2024"; "2024-09" → "sept. 2024"; "2024-09-15" → "15 sept. 2024" (English: "15 Sep 2024"). */
export function formatShortDate(date: PartialDate, locale: Locale): string {
  const [year, month, day] = date.split('-');
  if (!month) return year as string;
  const monthName = SHORT_MONTHS[locale][Number(month) - 1] as string;
  if (!day) return `${monthName} ${year}`;
  return `${locale === 'fr' && day === '01' ? '1er' : Number(day)} ${monthName} ${year}`;
}

/**
 * What a practitioner types, read as a partial date: "2024", "2024-03", "2024-03-12", and the French
 * ways "03/2024", "12/03/2024" (also with "." or "-"), and in words as the app writes them ("15 janvier
 * 2027", "mars 2024", "15 January 2027"). `undefined` for an empty field (no date),
 * `null` for text that is not a date (the field says so and keeps the old value).
 */
export function parsePartialDate(text: string): PartialDate | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (isPartialDate(trimmed)) return trimmed;
  const pad = (n: string) => n.padStart(2, '0');
  const dayMonthYear = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  // In words, as the app writes them ("15 janvier 2027", "1er mars 2024", "March 2024").
  const inWords = /^(?:(\d{1,2})(?:er)?\s+)?(\p{L}+)\s+(\d{4})$/iu.exec(trimmed);
  const month = inWords ? monthNumber(inWords[2] as string) : null;
  const candidate = dayMonthYear
    ? `${dayMonthYear[3]}-${pad(dayMonthYear[2] as string)}-${pad(dayMonthYear[1] as string)}`
    : monthYear
      ? `${monthYear[2]}-${pad(monthYear[1] as string)}`
      : inWords && month
        ? `${inWords[3]}-${pad(String(month))}${inWords[1] ? `-${pad(inWords[1])}` : ''}`
        : null;
  if (!candidate || !isPartialDate(candidate)) return null;
  // 31/02/2024 passes the pattern but is no day.
  if (candidate.length === 10 && lastDay(candidate.slice(0, 7)) < candidate) return null;
  return candidate;
}
