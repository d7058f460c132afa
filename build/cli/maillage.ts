// maillage export CASE.json [--anonymise] [--organise] --format svg|pdf|png|json -o OUT [--title T] [--lang fr|en] [--page A4|A3] [--portrait]
// maillage export DIR/ --anonymise [--organise] --format svg,pdf,png,json -o OUTDIR/   (a training set: every case of a folder)
// maillage sheet CASE.json [--meeting ID] [--for NAME|ID] [--anonymise] [--report] [--organise] --format pdf|svg|json -o OUT [--lang fr|en]
// maillage check FILE CASE.json
// maillage describe / compare: see timeline.ts
// Exit codes: 0 done, 1 a leak was found or a case was refused (nothing written for it), 2 bad usage or input.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectFormat, findLeaks, guardStrings, LeakError, type Leak, type Needle } from '../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../shared/anonymise/sensitive';
import { EXPORT_FORMATS, exportFile, exportFileName, exportVocabulary, neutralTitle, prepareExport, type ExportEnvironment, type ExportFormat } from '../../shared/export/export';
import { translate, type Locale, type MessageKey } from '../../shared/i18n/messages';
import { describeLeak } from '../../shared/anonymise/leak-place';
import type { CaseDocument } from '../../shared/model/case';
import { restoreCase } from '../../shared/model/restore';
import type { Audience } from '../../shared/anonymise/audience';
import { findParticipant, participantName } from '../../shared/synthese/meetings';
import { meetingOfRequest, sheetJson, sheetPdf, sheetSvg, type SheetRequest } from '../../shared/synthese/sheet';
import { compareCommand, describeCommand, TIMELINE_USAGE } from './timeline';
import { nodeFontFiles } from './node-fonts';
import { rasteriseSvg } from './png';
import { layoutCase } from '../../shared/genogram/layout';
import { routeCase, type Avoid } from '../../shared/genogram/routing';

/** libavoid, the router of the links (its WebAssembly file is found beside its package in Node). */
async function loadAvoid(): Promise<Avoid> {
  const { AvoidLib } = await import('libavoid-js');
  await AvoidLib.load();
  // Its own typings do not match its API (shared/genogram/routing.ts says what is used).
  return AvoidLib.getInstance() as unknown as Avoid;
}

const USAGE = `Usage:
  maillage export CASE.json --format svg|pdf|png|json -o OUT [--anonymise] [--organise] [--title "Situation A"] [--lang fr|en] [--page A4|A3] [--portrait]
      --organise  lays the case out with the app's Organiser first (a case with no layout)
  maillage export DIR/ --anonymise --format svg,pdf,png,json -o OUTDIR/ [--organise]
                                     every case of DIR, anonymised, titled Situation A, B, …
  maillage sheet CASE.json --format pdf|svg|json -o OUT [--meeting ID] [--for NAME|ID] [--anonymise] [--report] [--organise] [--lang fr|en]
                                     the preparation sheet (or, with --report, the compte rendu) of a meeting;
                                     --for: one participant's copy, showing only what they may know
  maillage check FILE CASE.json      runs the leak guard on FILE against the names of CASE.json
${TIMELINE_USAGE}`;

const MAX_CASE_BYTES = 64 * 1024 * 1024;

/**
 * The user's language, as the app has it: --lang, else the environment's (LANG, LC_ALL,
 * LC_MESSAGES: "en_GB.UTF-8" is English), else French.
 */
export function cliLocale(lang: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): Locale {
  const asked = lang ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^en\b|^en[_-]/i.test(asked) ? 'en' : 'fr';
}

/** An error the user can act on, already said in their language. */
class CliError extends Error {}

let cliLanguage: Locale = 'fr';
const say = (key: MessageKey, params?: Record<string, string | number>) => translate(cliLanguage, key, params);

function readCase(file: string): CaseDocument {
  if (!existsSync(file)) throw new CliError(say('cli.error.notFound', { file }));
  const bytes = readFileSync(file);
  if (bytes.length > MAX_CASE_BYTES) throw new CliError(say('cli.error.tooLarge', { file, bytes: bytes.length }));
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CliError(say('cli.error.notJson', { file }));
  }
  const restored = restoreCase(raw);
  if (!restored.ok) throw new CliError(say('cli.error.invalid', { file, error: restored.error }));
  return restored.doc;
}

/** What is missing from a command, said before the usage. */
function usageError(out: Console, problems: readonly (MessageKey | false)[], params: Record<string, string> = {}): number {
  for (const key of problems) if (key) out.error(say(key, params));
  out.error(USAGE);
  return 2;
}

/** Written whole or not at all: a temporary file renamed into place, removed if anything fails. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * An anonymised file is never written under a name that names someone of the case ("-o
 * laurent.png"): the guard reads the name given on the command line too (the file's or folder's
 * own name, not the folders above it).
 */
function guardOutputName(target: string, sensitive: readonly Needle[]): void {
  if (sensitive.length) guardStrings([{ where: 'output file name', text: path.basename(target), typed: true }], sensitive, { vocabulary: exportVocabulary() });
}

const SHEET_FORMATS = ['pdf', 'svg', 'json'] as const;

async function sheet(args: string[], out: Console, env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      meeting: { type: 'string' },
      for: { type: 'string' },
      anonymise: { type: 'boolean', default: false },
      anonymize: { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
      organise: { type: 'boolean', default: false },
      organize: { type: 'boolean', default: false },
      title: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const locale = (cliLanguage = cliLocale(values.lang, env));
  const input = positionals[0];
  const format = values.format as (typeof SHEET_FORMATS)[number] | undefined;
  if (!input || !values.output || !format || !SHEET_FORMATS.includes(format)) {
    return usageError(out, [!input && 'cli.error.missingInput', !values.output && 'cli.error.missingOutput', !(format && SHEET_FORMATS.includes(format)) && 'cli.error.badFormat'], { formats: SHEET_FORMATS.join('|') });
  }
  const anonymise = values.anonymise || values.anonymize;
  if (anonymise && values.for) {
    out.error(say('cli.error.anonymiseAndFor'));
    return 2;
  }
  const read = readCase(input);
  const doc = values.organise || values.organize ? layoutCase(read) : read;
  const meeting = meetingOfRequest(doc, { ...(values.meeting ? { meetingId: values.meeting } : {}), audience: { kind: 'practitioner' } });
  let audience: Audience = anonymise ? { kind: 'training' } : { kind: 'practitioner' };
  let reader = anonymise ? 'anonymised for training' : 'full copy (professional secrecy applies: for the practitioner only)';
  if (values.for) {
    if (!meeting) {
      out.error(say('cli.error.noMeeting', { file: input }));
      return 2;
    }
    const participant = findParticipant(doc, meeting, values.for);
    if (!participant) {
      out.error(say('cli.error.noParticipant', { file: input, who: values.for, names: meeting.participants.map((p) => participantName(doc, p)).join(', ') }));
      return 2;
    }
    audience = { kind: 'participant', meetingId: meeting.id, participantId: participant.id };
    reader = `copy for ${participantName(doc, participant)}, leak guard passed`;
  }
  if (anonymise) guardOutputName(values.output, sensitiveStrings(doc));
  const avoid = format === 'json' ? null : await loadAvoid();
  const request: SheetRequest = {
    kind: values.report ? 'report' : 'preparation',
    audience,
    locale,
    ...(meeting ? { meetingId: meeting.id } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(avoid ? { route: (d: CaseDocument) => routeCase(avoid, d, locale) } : {}),
  };
  const bytes = format === 'pdf' ? await sheetPdf(doc, request, nodeFontFiles) : format === 'svg' ? sheetSvg(doc, request) : sheetJson(doc, request);
  writeAtomically(values.output, bytes);
  out.log(`${values.output}: ${values.report ? 'compte rendu' : meeting ? 'preparation sheet' : 'proposal from the map (no meeting in the case)'}, ${format.toUpperCase()}, ${reader}`);
  return 0;
}

const environment: ExportEnvironment = { fonts: nodeFontFiles, rasterise: (svg) => rasteriseSvg(svg, nodeFontFiles) };

function describe(leak: Leak): string {
  return describeLeak(leak, cliLanguage);
}

function parseFormats(value: string | undefined): ExportFormat[] | null {
  if (!value) return null;
  const formats = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()))];
  return formats.length > 0 && formats.every((f): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f)) ? formats : null;
}

interface Row {
  source: string;
  title: string;
  result: 'written' | 'refused';
  why: string;
}

function table(rows: readonly Row[]): string {
  const header: Row = { source: 'case', title: 'title', result: 'written' as const, why: 'files / why' };
  const cells = [header, ...rows].map((r) => [r.source, r.title, r === header ? 'result' : r.result, r.why]);
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((row) => (row[c] as string).length)));
  return cells.map((row) => row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c] as number) : cell)).join('  ').trimEnd()).join('\n');
}

/**
 * A training set: every case file of a folder, anonymised under a neutral title (Situation A,
 * B, …), each format made and guarded in memory first; a case is written whole or not at all.
 */
async function exportFolder(
  dir: string,
  outDir: string,
  formats: readonly ExportFormat[],
  { locale, page, organise }: { locale: Locale; page: ExportEnvironment['page']; organise: boolean },
  out: Console,
): Promise<number> {
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  if (files.length === 0) {
    out.error(say('cli.error.emptyFolder', { dir }));
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  const avoid = await loadAvoid();
  const rows: Row[] = [];
  for (const [i, file] of files.entries()) {
    const title = neutralTitle(locale, i);
    const started = performance.now();
    let row: Row;
    try {
      const read = readCase(path.join(dir, file));
      const prepared = prepareExport(organise ? layoutCase(read) : read, { anonymise: true, locale, title, route: (d) => routeCase(avoid, d, locale) });
      guardOutputName(outDir, prepared.sensitive);
      const made: Array<[string, Uint8Array]> = [];
      for (const format of formats) made.push([exportFileName(prepared, format), await exportFile(prepared, format, { ...environment, ...(page ? { page } : {}) })]);
      for (const [name, bytes] of made) writeAtomically(path.join(outDir, name), bytes);
      row = { source: file, title, result: 'written', why: made.map(([name]) => name).join(', ') };
    } catch (error) {
      const why =
        error instanceof LeakError
          ? say('cli.refusedLeak', { leaks: `${error.leaks.slice(0, 3).map(describe).join('; ')}${error.leaks.length > 3 ? ` (+${error.leaks.length - 3})` : ''}` })
          : (error instanceof Error ? error.message : String(error)).replace(`${path.join(dir, file)}: `, '');
      row = { source: file, title, result: 'refused', why };
    }
    rows.push(row);
    out.log(`[${i + 1}/${files.length}] ${file} → ${title}: ${row.result} (${Math.round(performance.now() - started)} ms)${row.result === 'refused' ? `: ${row.why}` : ''}`);
  }
  const refused = rows.filter((r) => r.result === 'refused').length;
  out.log('');
  out.log(table(rows));
  out.log('');
  out.log(`${rows.length - refused} written, ${refused} refused (nothing written for a refused case), in ${outDir}`);
  return refused > 0 ? 1 : 0;
}

export async function main(argv: string[], out: Console = console, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const [command, ...rest] = argv;
  cliLanguage = cliLocale(undefined, env);
  try {
    if (command === 'export') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          format: { type: 'string', short: 'f' },
          output: { type: 'string', short: 'o' },
          anonymise: { type: 'boolean', default: false },
          organise: { type: 'boolean', default: false },
          organize: { type: 'boolean', default: false },
          anonymize: { type: 'boolean', default: false },
          title: { type: 'string' },
          lang: { type: 'string' },
          page: { type: 'string', default: 'A4' },
          portrait: { type: 'boolean', default: false },
        },
      });
      const locale = (cliLanguage = cliLocale(values.lang, env));
      const input = positionals[0];
      const formats = parseFormats(values.format);
      if (!input || !values.output || !formats) {
        return usageError(out, [!input && 'cli.error.missingInput', !values.output && 'cli.error.missingOutput', !formats && 'cli.error.badFormat'], { formats: EXPORT_FORMATS.join('|') });
      }
      const anonymise = values.anonymise || values.anonymize;
      const organise = values.organise || values.organize;
      const page = { pageSize: values.page === 'A3' ? ('A3' as const) : ('A4' as const), landscape: !values.portrait };
      if (existsSync(input) && statSync(input).isDirectory()) {
        if (!anonymise) {
          out.error(say('cli.error.folderNeedsAnonymise'));
          return 2;
        }
        return await exportFolder(input, values.output, formats, { locale, page, organise }, out);
      }
      const read = readCase(input);
      const avoid = await loadAvoid();
      const prepared = prepareExport(organise ? layoutCase(read) : read, { anonymise, locale, ...(values.title ? { title: values.title } : {}), route: (d) => routeCase(avoid, d, locale) });
      if (prepared.anonymised) guardOutputName(values.output, prepared.sensitive);
      // One format: OUT is the file. Several: OUT is a folder, each file named as the app names it.
      const made: Array<[string, ExportFormat, Uint8Array]> = [];
      for (const format of formats) {
        const target = formats.length === 1 ? values.output : path.join(values.output, exportFileName(prepared, format));
        made.push([target, format, await exportFile(prepared, format, { ...environment, page })]);
      }
      if (formats.length > 1) mkdirSync(values.output, { recursive: true });
      for (const [target, format, bytes] of made) {
        writeAtomically(target, bytes);
        out.log(`${target}: ${format.toUpperCase()}, ${prepared.anonymised ? 'anonymised, leak guard passed' : 'full (not anonymised: professional secrecy applies)'}`);
      }
      return 0;
    }
    if (command === 'sheet') return await sheet(rest, out, env);
    const router = async () => {
      const avoid = await loadAvoid();
      return (d: CaseDocument, locale: Locale) => routeCase(avoid, d, locale);
    };
    if (command === 'describe') return describeCommand(rest, { out, readCase, write: writeAtomically, router });
    if (command === 'compare') return await compareCommand(rest, { out, readCase, write: writeAtomically, router });
    if (command === 'check') {
      const [file, casePath] = rest;
      if (!file || !casePath) {
        out.error(USAGE);
        return 2;
      }
      const bytes = new Uint8Array(readFileSync(file));
      const leaks = await findLeaks(bytes, sensitiveStrings(readCase(casePath)));
      if (leaks.length === 0) {
        // A PNG's pixels are not read: only its text chunks. The export draws it from a guarded SVG.
        out.log(`${file}: no sensitive string of the case found${detectFormat(bytes) === 'png' ? ' in its text chunks (pixels are not read: check the SVG it was drawn from)' : ''}.`);
        return 0;
      }
      for (const leak of leaks) out.error(`${file}: ${leak.source} "${leak.text}" found in ${leak.where}`);
      return 1;
    }
    out.error(USAGE);
    return 2;
  } catch (error) {
    if (error instanceof LeakError) {
      for (const leak of error.leaks) out.error(say('cli.blocked', { leak: describe(leak) }));
      out.error(say('cli.nothingWritten'));
      return 1;
    }
    out.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
}
