// maillage export CASE.json [--anonymise] [--organise] --format svg|pdf|png|json -o OUT [--title T] [--lang fr|en] [--page A4|A3] [--portrait]
// maillage sheet CASE.json [--meeting ID] [--for NAME|ID] [--anonymise] [--report] --format pdf|svg|json -o OUT [--lang fr|en]
// maillage check FILE CASE.json
// maillage describe / compare: see timeline.ts
// Exit codes: 0 done, 1 a leak was found (nothing written), 2 bad usage or input, 3 needs a browser.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findLeaks, LeakError } from '../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../shared/anonymise/sensitive';
import { EXPORT_FORMATS, exportJson, exportPdf, exportSvg, prepareExport, type ExportFormat } from '../../shared/export/export';
import type { Locale } from '../../shared/i18n/messages';
import type { CaseDocument } from '../../shared/model/case';
import { restoreCase } from '../../shared/model/restore';
import type { Audience } from '../../shared/anonymise/audience';
import { findParticipant, participantName } from '../../shared/synthese/meetings';
import { meetingOfRequest, sheetJson, sheetPdf, sheetSvg, type SheetRequest } from '../../shared/synthese/sheet';
import { compareCommand, describeCommand, TIMELINE_USAGE } from './timeline';

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
  maillage sheet CASE.json --format pdf|svg|json -o OUT [--meeting ID] [--for NAME|ID] [--anonymise] [--report] [--lang fr|en]
                                     the preparation sheet (or, with --report, the compte rendu) of a meeting;
                                     --for: one participant's copy, showing only what they may know
  maillage check FILE CASE.json      runs the leak guard on FILE against the names of CASE.json
${TIMELINE_USAGE}`;

const MAX_CASE_BYTES = 64 * 1024 * 1024;

function readCase(path: string): CaseDocument {
  const bytes = readFileSync(path);
  if (bytes.length > MAX_CASE_BYTES) throw new Error(`${path}: too large to be a case (${bytes.length} bytes)`);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error(`${path}: not a JSON case file (export one from Maillage: Exporter… > en clair, or JSON)`);
  }
  const restored = restoreCase(raw);
  if (!restored.ok) throw new Error(`${path}: ${restored.error}`);
  return restored.doc;
}

function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

const SHEET_FORMATS = ['pdf', 'svg', 'json'] as const;

async function sheet(args: string[], out: Console): Promise<number> {
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
      title: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
    },
  });
  const input = positionals[0];
  const format = values.format as (typeof SHEET_FORMATS)[number] | undefined;
  if (!input || !values.output || !format || !SHEET_FORMATS.includes(format)) {
    out.error(USAGE);
    return 2;
  }
  const anonymise = values.anonymise || values.anonymize;
  if (anonymise && values.for) {
    out.error('--anonymise and --for are two different readers: training, or one participant. Choose one.');
    return 2;
  }
  const locale: Locale = values.lang === 'en' ? 'en' : 'fr';
  const doc = readCase(input);
  const meeting = meetingOfRequest(doc, { ...(values.meeting ? { meetingId: values.meeting } : {}), audience: { kind: 'practitioner' } });
  let audience: Audience = anonymise ? { kind: 'training' } : { kind: 'practitioner' };
  let reader = anonymise ? 'anonymised for training' : 'full copy (professional secrecy applies: for the practitioner only)';
  if (values.for) {
    if (!meeting) {
      out.error(`${input}: the case holds no meeting, so no participant: prepare one in Maillage (Synthèse), or leave out --for.`);
      return 2;
    }
    const participant = findParticipant(doc, meeting, values.for);
    if (!participant) {
      out.error(`${input}: no participant "${values.for}" in this meeting. Participants: ${meeting.participants.map((p) => participantName(doc, p)).join(', ')}`);
      return 2;
    }
    audience = { kind: 'participant', meetingId: meeting.id, participantId: participant.id };
    reader = `copy for ${participantName(doc, participant)}, leak guard passed`;
  }
  const request: SheetRequest = { kind: values.report ? 'report' : 'preparation', audience, locale, ...(meeting ? { meetingId: meeting.id } : {}), ...(values.title ? { title: values.title } : {}) };
  const bytes = format === 'pdf' ? await sheetPdf(doc, request) : format === 'svg' ? sheetSvg(doc, request) : sheetJson(doc, request);
  writeAtomically(values.output, bytes);
  out.log(`${values.output}: ${values.report ? 'compte rendu' : meeting ? 'preparation sheet' : 'proposal from the map (no meeting in the case)'}, ${format.toUpperCase()}, ${reader}`);
  return 0;
}

export async function main(argv: string[], out = console): Promise<number> {
  const [command, ...rest] = argv;
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
          lang: { type: 'string', default: 'fr' },
          page: { type: 'string', default: 'A4' },
          portrait: { type: 'boolean', default: false },
        },
      });
      const input = positionals[0];
      const format = values.format as ExportFormat | undefined;
      if (!input || !values.output || !format || !EXPORT_FORMATS.includes(format)) {
        out.error(USAGE);
        return 2;
      }
      const locale: Locale = values.lang === 'en' ? 'en' : 'fr';
      if (format === 'png') {
        out.error('PNG needs a browser to draw the diagram: export SVG or PDF here, or PNG from the app.');
        return 3;
      }
      const read = readCase(input);
      const doc = values.organise || values.organize ? layoutCase(read) : read;
      const avoid = await loadAvoid();
      const prepared = prepareExport(doc, { anonymise: values.anonymise || values.anonymize, locale, ...(values.title ? { title: values.title } : {}), route: (d) => routeCase(avoid, d, locale) });
      const bytes =
        format === 'svg' ? exportSvg(prepared) : format === 'json' ? exportJson(prepared) : await exportPdf(prepared, { pageSize: values.page === 'A3' ? 'A3' : 'A4', landscape: !values.portrait });
      writeAtomically(values.output, bytes);
      out.log(`${values.output}: ${format.toUpperCase()}, ${prepared.anonymised ? 'anonymised, leak guard passed' : 'full (not anonymised: professional secrecy applies)'}`);
      return 0;
    }
    if (command === 'sheet') return await sheet(rest, out);
    if (command === 'describe') return describeCommand(rest, { out, readCase, write: writeAtomically });
    if (command === 'compare') return await compareCommand(rest, { out, readCase, write: writeAtomically });
    if (command === 'check') {
      const [file, casePath] = rest;
      if (!file || !casePath) {
        out.error(USAGE);
        return 2;
      }
      const leaks = findLeaks(new Uint8Array(readFileSync(file)), sensitiveStrings(readCase(casePath)));
      if (leaks.length === 0) {
        out.log(`${file}: no sensitive string of the case found.`);
        return 0;
      }
      for (const leak of leaks) out.error(`${file}: ${leak.source} "${leak.text}" found in ${leak.where}`);
      return 1;
    }
    out.error(USAGE);
    return 2;
  } catch (error) {
    if (error instanceof LeakError) {
      for (const leak of error.leaks) out.error(`blocked: ${leak.source} "${leak.text}" would be in ${leak.where}`);
      out.error('Nothing was written.');
      return 1;
    }
    out.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
}
