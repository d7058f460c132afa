// Export of a case: SVG, PDF, JSON and PNG, the same steps in the app and on the command line. An
// anonymised export is built from the anonymised case, and the leak guard speaks twice before
// anything is written: on every string about to be drawn or written (labels as typed, title,
// legend, file name), then on the final file as a reader would read it. A PNG is drawn only from
// an SVG that passed the guard.
import { anonymiseCase, defaultTrainingTitle, type Anonymised } from '../anonymise/anonymise';
import type { Viewpoint } from '../anonymise/labels';
import { guardExport, guardStrings, type DrawnString, type LeakPlace } from '../anonymise/leak-guard';
import type { SensitiveString } from '../anonymise/sensitive';
import { foldText } from '../anonymise/text';
import { utf8 } from '../crypto/bytes';
import { MESSAGES, translate, type Locale } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import { CATEGORY_LABELS, INSTITUTION_PRESETS, MEASURE_PRESETS, ROLE_PRESETS } from '../model/presets';
import type { Id } from '../model/primitives';
import { diagramElement, svgDocument, type DiagramOptions } from '../render/diagram';
import type { LinkRoutes } from '../render/links';
import type { SvgChild } from '../render/svg';
import type { FontFiles } from './fonts';
import type { PdfPage } from './pdf';

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  anonymise: boolean;
  locale: Locale;
  /** Anonymised: the neutral title ("Situation A" by default). */
  title?: string;
  overrides?: ReadonlyMap<Id, string>;
  /** Routes for the ecomap links of the case to draw (shared/genogram/routing.ts); straight without. */
  route?: (doc: CaseDocument) => LinkRoutes | undefined;
  /** Anonymised: whose relations the family labels say (the index person's children by default). */
  viewpoint?: Viewpoint;
}

export interface PreparedExport {
  doc: CaseDocument;
  diagram: DiagramOptions;
  /** Empty for a full export: nothing to guard. */
  sensitive: SensitiveString[];
  anonymised: boolean;
  labels: Map<Id, string>;
  locale: Locale;
  /** Anonymised: each element by its new id, as a blocked export names it to the user (anonymise.ts). */
  elements?: Anonymised['elements'];
}

/** What an export needs from where it runs. */
export interface ExportEnvironment {
  /** The font files the PDF's text is drawn with (fonts.ts). */
  fonts: FontFiles;
  /** Draws an SVG as a PNG: a canvas in the app, resvg on the command line. */
  rasterise?: (svg: string) => Promise<Uint8Array>;
  page?: PdfPage;
}

export type { PdfPage };

export function prepareExport(original: CaseDocument, request: ExportRequest): PreparedExport {
  const { locale } = request;
  if (!request.anonymise) {
    return { doc: original, diagram: { locale, title: original.title, ...routesOf(request, original) }, sensitive: [], anonymised: false, labels: new Map(), locale };
  }
  const result = anonymiseCase(original, { locale, ...(request.title ? { title: request.title } : {}), ...(request.overrides ? { overrides: request.overrides } : {}), ...(request.viewpoint ? { viewpoint: request.viewpoint } : {}) });
  return {
    doc: result.doc,
    // Age bands are in the anonymised people themselves (`ageBand`), drawn like ages.
    diagram: { locale, title: result.doc.title, subtitle: translate(locale, 'export.trainingSubtitle'), ...routesOf(request, result.doc) },
    sensitive: result.sensitive,
    anonymised: true,
    labels: result.labels,
    locale,
    elements: result.elements,
  };
}

function routesOf(request: ExportRequest, doc: CaseDocument): { routes?: LinkRoutes } {
  const routes = request.route?.(doc);
  return routes ? { routes } : {};
}

/** Neutral: an anonymised export is named after its neutral title, a full one never after the case's. */
export function exportFileName(prepared: PreparedExport, format: ExportFormat): string {
  const { locale } = prepared;
  const base = prepared.anonymised ? prepared.doc.title || defaultTrainingTitle(locale) : locale === 'fr' ? 'situation' : 'case';
  const slug = foldText(base)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prepared.anonymised ? (locale === 'fr' ? 'formation-' : 'training-') : ''}${slug || 'export'}.${format}`;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** "Situation A", "Situation B"... "Situation Z", "Situation AA": the neutral titles of a training set. */
export function neutralTitle(locale: Locale, index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = LETTERS[(n - 1) % 26] + letters;
  return `${defaultTrainingTitle(locale).replace(/\s+\S+$/, '')} ${letters}`;
}

let vocabulary: readonly string[] | undefined;

/**
 * The app's own words, in both languages: every message, preset and neutral title. A name of one
 * or two letters inside one of them ("Le" in "Professionnel·le", "A" in "Situation A") is not a
 * leak; the same name anywhere else is. Phrases shorter than three letters are left out: they
 * would hide the very names they look like.
 */
export function exportVocabulary(): readonly string[] {
  vocabulary ??= [
    // "voisine|voisin|voisin·e": each form is a phrase of its own.
    ...Object.values(MESSAGES).flatMap((table) => Object.values(table).flatMap((message: string) => message.split(/\{\w+\}|\|/))),
    ...ROLE_PRESETS.flatMap((r) => [r.short.fr, r.short.en, r.long.fr, r.long.en]),
    ...INSTITUTION_PRESETS.flatMap((p) => [p.label.fr, p.label.en]),
    ...MEASURE_PRESETS.flatMap((m) => [m.label.fr, m.label.en]),
    ...Object.values(CATEGORY_LABELS).flatMap((l) => [l.fr, l.en]),
    // The neutral titles of one letter only: "Situation Li" could be a name typed as a title.
    ...(['fr', 'en'] as const).flatMap((locale) => Array.from({ length: 26 }, (_, i) => neutralTitle(locale, i))),
  ]
    .map((phrase) => phrase.trim())
    .filter((phrase) => foldText(phrase).replace(/[^\p{L}\p{N}]/gu, '').length >= 3);
  return vocabulary;
}

function textsOf(node: SvgChild): string[] {
  return typeof node === 'string' ? [node] : node.children.flatMap(textsOf);
}

/** Every string value of a case, with the field it is in ("nodes.name", "title"...). */
function caseStrings(value: unknown, path: string, out: DrawnString[], place: LeakPlace): DrawnString[] {
  if (typeof value === 'string') out.push({ where: path, text: value, place });
  else if (Array.isArray(value)) for (const item of value) caseStrings(item, path, out, place);
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) caseStrings(v, path ? `${path}.${key}` : key, out, place);
  return out;
}

/** Where each top-level field of a case is, for the user. */
const FIELD_PLACES: Readonly<Record<string, LeakPlace>> = { title: { kind: 'title' }, links: { kind: 'link' } };

/**
 * Every string that goes into an export before it is drawn: the case's values as typed (labels
 * and overrides whole, before any is cut short to fit its symbol), the title and subtitle, the age
 * bands, the text of the drawing (legend included) and the suggested file name. Each says where it
 * is for the user (a person's label, the title...), and whether the user typed it.
 */
export function exportStrings(prepared: PreparedExport, format: ExportFormat, drawing?: SvgChild): DrawnString[] {
  const { nodes, households, ...rest } = prepared.doc;
  const strings: DrawnString[] = [];
  const asTyped = (s: DrawnString) => ({ ...s, where: `${s.where} (as typed)` });
  for (const element of [...nodes, ...households]) {
    const given = prepared.elements?.get(element.id);
    const kind = 'kind' in element ? element.kind : 'household';
    const place: LeakPlace = { kind: 'label', element: kind, label: given?.label ?? element.name, ...(given ? { id: given.originalId } : {}) };
    const path = 'kind' in element ? 'nodes' : 'households';
    for (const s of caseStrings(element, path, [], place)) strings.push(asTyped({ ...s, ...(given?.typed && s.text === element.name ? { typed: true } : {}) }));
  }
  for (const [key, value] of Object.entries(rest)) strings.push(...caseStrings(value, key, [], FIELD_PLACES[key] ?? { kind: key === 'notes' ? 'note' : 'drawing' }).map(asTyped));
  const { title, subtitle, ageLabels } = prepared.diagram;
  // The title is the user's (or "Situation A"): held strictly.
  for (const s of strings) if (s.where === 'title (as typed)') s.typed = true;
  if (title) strings.push({ where: 'title', text: title, place: { kind: 'title' }, typed: true });
  if (subtitle) strings.push({ where: 'subtitle', text: subtitle, place: { kind: 'subtitle' } });
  for (const band of ageLabels?.values() ?? []) strings.push({ where: 'age band', text: band, place: { kind: 'drawing' } });
  if (drawing) strings.push(...textsOf(drawing).map((text) => ({ where: 'drawing', text, place: { kind: 'drawing' } as const })));
  strings.push({ where: 'file name', text: exportFileName(prepared, format), place: { kind: 'file-name' }, typed: true });
  return strings;
}

/**
 * The file of one format. An anonymised export with anything sensitive in it, in what is about to
 * be drawn or in the file itself, throws LeakError: nothing is returned, so nothing is written.
 */
export async function exportFile(prepared: PreparedExport, format: ExportFormat, environment: ExportEnvironment): Promise<Uint8Array> {
  const guarded = prepared.sensitive.length > 0;
  const options = { vocabulary: exportVocabulary() };
  const guard = (bytes: Uint8Array, as: ExportFormat) => finalise(prepared, bytes, as);
  if (format === 'json') {
    if (guarded) guardStrings(exportStrings(prepared, format), prepared.sensitive, options);
    return guard(utf8(`${JSON.stringify(prepared.doc, null, 2)}\n`), 'json');
  }
  const drawing = diagramElement(prepared.doc, prepared.diagram);
  if (guarded) guardStrings(exportStrings(prepared, format, drawing.element), prepared.sensitive, options);
  if (format === 'pdf') {
    // Loaded on demand: the PDF library and its fonts are not part of the app's first download.
    const { renderPdf } = await import('./pdf');
    return guard(await renderPdf(drawing.element, drawing.width, drawing.height, environment.page ?? { pageSize: 'A4', landscape: true }, environment.fonts), 'pdf');
  }
  const svg = await guard(utf8(svgDocument(drawing)), 'svg');
  if (format === 'svg') return svg;
  if (!environment.rasterise) throw new Error('PNG export needs a rasteriser');
  // The PNG is drawn from the SVG that has just passed; its own chunks are read too.
  return guard(await environment.rasterise(new TextDecoder().decode(svg)), 'png');
}

/**
 * The last step of any file made from a prepared export (exportFile, the comparison sheet): an
 * anonymised file with anything sensitive in it, read as a reader reads it, throws LeakError.
 */
export async function finalise(prepared: PreparedExport, bytes: Uint8Array, format: ExportFormat): Promise<Uint8Array> {
  return prepared.sensitive.length > 0 ? guardExport(bytes, prepared.sensitive, { vocabulary: exportVocabulary(), format }) : bytes;
}

/** Before drawing a file made from a prepared export: every string of the drawing, as typed. */
export function guardDrawing(prepared: PreparedExport, format: ExportFormat, drawing: SvgChild): void {
  if (prepared.sensitive.length > 0) guardStrings(exportStrings(prepared, format, drawing), prepared.sensitive, { vocabulary: exportVocabulary() });
}
