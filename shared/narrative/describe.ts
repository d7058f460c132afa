// The narrative of a case, or of what changed between two of its states, in clear for the
// practitioner or anonymised for training. Anonymised text is built from the training anonymiser's
// labels and, like every anonymised export, goes through the leak guard before anyone sees it.
import { guardFor, redactFor, type Redaction } from '../anonymise/audience';
import { guardStrings } from '../anonymise/leak-guard';
import { utf8 } from '../crypto/bytes';
import { Meeting } from '../model/meeting';
import { exportVocabulary } from '../export/export';
import type { SensitiveString } from '../anonymise/sensitive';
import type { Locale } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import { formatPartialDate, type Day } from '../model/dates';
import type { Snapshot } from '../model/snapshot';
import { compareStates, type Change, type Comparison } from '../timeline/compare';
import { datedSnapshot, stateOfCase, type DatedState } from '../timeline/state';
import { describeChangeList } from './changes';
import { anonymisedNamer, clearNamer, type Namer } from './namer';
import { narrate, narrativeText, type Narrative } from './narrative';

export interface DescribeOptions {
  locale: Locale;
  anonymise?: boolean;
  /** Anonymised: the neutral title ("Situation A" by default). */
  title?: string;
  /** The day the case is told on (today by default): what ended before it is told in the past. */
  day?: Day;
  /**
   * Who the text is for: the practitioner (everything, the default), or others (a report for the
   * professionals bound by secrecy, or for every participant, the family included): then only what
   * the circulation levels let them know, and the guard checks it.
   */
  reader?: NarrativeReader;
}

export type NarrativeReader = 'practitioner' | 'professionals' | 'all';

const READER_MEETING = 'narrative-reader-meeting';
const READER = 'narrative-reader';

/**
 * The case as a reader other than the practitioner may know it: the synthèse's redaction for a
 * participant (bound by secrecy or not) of a meeting made for the purpose; the snapshots are
 * redacted the same way (what they may not know did not "leave" either).
 */
function redactForReader(doc: CaseDocument, reader: Exclude<NarrativeReader, 'practitioner'>, locale: Locale): { doc: CaseDocument; redaction: Redaction; snapshot(s: Snapshot): Snapshot } {
  const meeting = Meeting.parse({ id: READER_MEETING, participants: [{ id: READER, boundBySecrecy: reader === 'professionals' }] });
  const redact = (d: CaseDocument) => redactFor({ ...d, meetings: [meeting] }, { kind: 'participant', meetingId: READER_MEETING, participantId: READER }, { locale });
  const redaction = redact(doc);
  return {
    doc: { ...redaction.doc, meetings: [], snapshots: doc.snapshots },
    redaction,
    snapshot: (s) => {
      const then = redact({ ...doc, nodes: s.nodes, links: s.links, households: s.households, events: s.events }).doc;
      return { ...s, nodes: then.nodes, links: then.links, households: then.households, events: then.events };
    },
  };
}

export interface Described {
  narrative: Narrative;
  text: string;
}

/** A namer for these states, and (anonymised) what the guard must look for: every name of every state. */
export function namerFor(doc: CaseDocument, states: DatedState[], options: DescribeOptions): { namer: Namer; sensitive: SensitiveString[] } {
  const plain = states.map((s) => s.state);
  return options.anonymise ? anonymisedNamer(doc, plain, options.locale, options.title) : { namer: clearNamer(doc, plain, options.locale), sensitive: [] };
}

/** Refuses anonymised text that holds anything sensitive (LeakError), like any anonymised export. */
function guarded(text: string, namer: Namer, sensitive: readonly SensitiveString[]): string {
  // The app's own words (its messages) are not a short name: "Lê" is not in "Professionnel·le".
  if (namer.anonymised) guardStrings([{ where: 'text', text }], sensitive, { vocabulary: exportVocabulary() });
  return text;
}

/** How a state is called in a heading: its name and date, or (the case as it is) "now". */
export function stateLabel(state: DatedState, locale: Locale): { name: string; date: string } {
  return { name: state.name ?? (locale === 'fr' ? 'maintenant' : 'now'), date: formatPartialDate(state.date ?? state.day, locale) };
}

/** The case told in words, with what changed since a snapshot when one is given. */
export function describeCase(original: CaseDocument, options: DescribeOptions & { since?: Snapshot }): Described {
  if (options.reader && options.reader !== 'practitioner') {
    const { doc, redaction, snapshot } = redactForReader(original, options.reader, options.locale);
    const told = describeCase(doc, { ...options, reader: 'practitioner', ...(options.since ? { since: snapshot(options.since) } : {}) });
    // Like every file made for an audience: nothing of what was withheld from it.
    guardFor(redaction, utf8(told.text));
    return told;
  }
  const doc = original;
  const now: DatedState = { state: stateOfCase(doc), day: doc.updatedAt.slice(0, 10) };
  const since = options.since ? datedSnapshot(options.since) : undefined;
  const { namer, sensitive } = namerFor(doc, since ? [since, now] : [now], options);
  const narrative = narrate(now.state, {
    namer,
    ...(options.day ? { day: options.day } : {}),
    ...(since && options.since ? { since: { name: options.since.name, date: namer.date(since.date ?? since.day), comparison: compareStates(since.state, now.state) } } : {}),
  });
  return { narrative, text: guarded(narrativeText(narrative), namer, sensitive) };
}

export interface DescribedComparison {
  comparison: Comparison;
  /** One entry per change told, numbered from 1 in this order on the comparison map. */
  entries: Array<{ change: Change; sentences: string[] }>;
  heading: string;
  text: string;
}

/** What changed from one state to another, in words. */
export function describeComparison(doc: CaseDocument, from: DatedState, to: DatedState, options: DescribeOptions): DescribedComparison {
  const { namer, sensitive } = namerFor(doc, [from, to], options);
  const comparison = compareStates(from.state, to.state);
  const entries = describeChangeList(comparison, namer);
  const heading = comparisonHeading(from, to, namer);
  const lines = entries.map((entry, i) => `${i + 1}. ${entry.sentences.join(' ')}`);
  const nothing = options.locale === 'fr' ? 'Rien n’a changé.' : 'Nothing has changed.';
  const text = `${namer.title}\n${heading}\n\n${lines.length ? lines.join('\n') : nothing}\n`;
  return { comparison, entries, heading, text: guarded(text, namer, sensitive) };
}

/** "De « Entrée » (mars 2026) à maintenant", or anonymised "De l'état A à l'état B". */
export function comparisonHeading(from: DatedState, to: DatedState, namer: Namer): string {
  const fr = namer.locale === 'fr';
  if (namer.anonymised) return fr ? 'De l’état A à l’état B' : 'From state A to state B';
  const a = stateLabel(from, namer.locale);
  const b = stateLabel(to, namer.locale);
  const quote = (s: { name: string; date: string }, isNow: boolean) => (isNow ? s.name : fr ? `« ${s.name} » (${s.date})` : `“${s.name}” (${s.date})`);
  return fr ? `De ${quote(a, !from.name)} à ${quote(b, !to.name)}` : `From ${quote(a, !from.name)} to ${quote(b, !to.name)}`;
}
