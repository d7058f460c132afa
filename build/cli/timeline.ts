// maillage describe CASE.json [--anonymise] [--lang fr|en] [--since NAME] [--for professionals|all]
// maillage compare OLD.json NEW.json [--anonymise] [--lang fr|en] [--format text|svg|pdf -o OUT]
// maillage compare CASE.json --from NAME [--to NAME] ...   (two snapshots of one case; "now": the case as it is)
import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/i18n/messages';
import type { CaseDocument } from '../../shared/model/case';
import type { Snapshot } from '../../shared/model/snapshot';
import type { LinkRoutes } from '../../shared/render/links';
import { describeCase, type NarrativeReader } from '../../shared/narrative/describe';
import { comparisonPdf, comparisonSheet, comparisonSvg } from '../../shared/timeline/compare-diagram';
import { nodeFontFiles } from './node-fonts';
import { datedSnapshot, snapshotsInOrder, stateOfCase, type DatedState } from '../../shared/timeline/state';

export interface CliIo {
  out: Console;
  readCase(path: string): CaseDocument;
  write(path: string, bytes: Uint8Array): void;
  /** Routes the links of a drawn map, as the app does (libavoid). */
  router(): Promise<(doc: CaseDocument, locale: Locale) => LinkRoutes>;
}

const NOW = new Set(['now', 'maintenant']);

function findSnapshot(doc: CaseDocument, name: string): Snapshot | string {
  const wanted = name.trim().toLowerCase();
  const found = doc.snapshots.filter((s) => s.name.trim().toLowerCase() === wanted || s.id === name);
  if (found.length === 1) return found[0] as Snapshot;
  const names = snapshotsInOrder(doc.snapshots).map((s) => `"${s.name}"`).join(', ') || 'none';
  return found.length > 1 ? `several snapshots are called "${name}": use its id instead` : `no snapshot "${name}" in this case. Snapshots: ${names}`;
}

/** The case as it is, dated by its last change. */
function nowOf(doc: CaseDocument): DatedState {
  return { state: stateOfCase(doc), day: doc.updatedAt.slice(0, 10) };
}

export function describeCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { anonymise: { type: 'boolean', default: false }, anonymize: { type: 'boolean', default: false }, lang: { type: 'string', default: 'fr' }, since: { type: 'string' }, title: { type: 'string' }, for: { type: 'string' } },
  });
  const input = positionals[0];
  if (!input) return usage(io);
  const reader = values.for ?? 'practitioner';
  if (!isReader(reader)) return fail(io, `--for: "${reader}" is not a reader: professionals (bound by secrecy) or all (every participant, the family included)`);
  const doc = io.readCase(input);
  let since: Snapshot | undefined;
  if (values.since) {
    const found = findSnapshot(doc, values.since);
    if (typeof found === 'string') return fail(io, `${input}: ${found}`);
    since = found;
  }
  const locale: Locale = values.lang === 'en' ? 'en' : 'fr';
  const { text } = describeCase(doc, { locale, reader, anonymise: values.anonymise || values.anonymize, ...(since ? { since } : {}), ...(values.title ? { title: values.title } : {}) });
  io.out.log(text.trimEnd());
  return 0;
}

const READERS: readonly NarrativeReader[] = ['practitioner', 'professionals', 'all'];
const isReader = (value: string): value is NarrativeReader => (READERS as readonly string[]).includes(value);

const FORMATS = ['text', 'svg', 'pdf'] as const;

export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      anonymise: { type: 'boolean', default: false },
      anonymize: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'fr' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
      page: { type: 'string', default: 'A4' },
      portrait: { type: 'boolean', default: false },
    },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format) || (format !== 'text' && !values.output)) return usage(io);
  let doc: CaseDocument;
  let from: DatedState;
  let to: DatedState;
  if (positionals.length === 2) {
    if (values.from || values.to) return fail(io, 'Two case files are compared as a whole: --from and --to name snapshots of one file.');
    const older = io.readCase(positionals[0] as string);
    doc = io.readCase(positionals[1] as string);
    from = { ...nowOf(older), name: positionals[0] as string };
    to = { ...nowOf(doc), name: positionals[1] as string };
  } else if (positionals.length === 1 && values.from) {
    doc = io.readCase(positionals[0] as string);
    const pick = (name: string | undefined): DatedState | string => {
      if (!name || NOW.has(name.trim().toLowerCase())) return nowOf(doc);
      const found = findSnapshot(doc, name);
      return typeof found === 'string' ? found : datedSnapshot(found);
    };
    const a = pick(values.from);
    const b = pick(values.to);
    if (typeof a === 'string') return fail(io, `${positionals[0]}: ${a}`);
    if (typeof b === 'string') return fail(io, `${positionals[0]}: ${b}`);
    [from, to] = [a, b];
  } else return usage(io);

  const locale: Locale = values.lang === 'en' ? 'en' : 'fr';
  const anonymise = values.anonymise || values.anonymize;
  const route = format === 'text' ? undefined : await io.router();
  const sheet = comparisonSheet(doc, from, to, { locale, anonymise, ...(values.title ? { title: values.title } : {}), ...(route ? { route: (d: CaseDocument) => route(d, locale) } : {}) });
  if (format === 'text') {
    io.out.log(sheet.described.text.trimEnd());
    return 0;
  }
  const bytes = format === 'svg' ? await comparisonSvg(sheet) : await comparisonPdf(sheet, { pageSize: values.page === 'A3' ? 'A3' : 'A4', landscape: !values.portrait }, nodeFontFiles);
  io.write(values.output as string, bytes);
  io.out.log(`${values.output}: comparison, ${format.toUpperCase()}, ${anonymise ? 'anonymised, leak guard passed' : 'full (not anonymised: professional secrecy applies)'}`);
  return 0;
}

function usage(io: CliIo): number {
  io.out.error(TIMELINE_USAGE);
  return 2;
}

function fail(io: CliIo, message: string): number {
  io.out.error(message);
  return 2;
}

export const TIMELINE_USAGE = `  maillage describe CASE.json [--anonymise] [--lang fr|en] [--since SNAPSHOT] [--for professionals|all]
                                     the case told in words (with what changed since a snapshot);
                                     --for: a text for others, honouring the circulation levels
  maillage compare OLD.json NEW.json [--anonymise] [--lang fr|en] [--format text|svg|pdf -o OUT]
  maillage compare CASE.json --from SNAPSHOT [--to SNAPSHOT|now] [...]
                                     what changed between two cases, or two snapshots of one case`;
