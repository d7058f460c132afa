// Export of a case: SVG, PDF, JSON here (they need no browser), PNG in the renderer (from this
// SVG, through a canvas). An anonymised export is built from the anonymised case, then every byte
// of the result goes through the leak guard before anything is written.
import { anonymiseCase, defaultTrainingTitle } from '../anonymise/anonymise';
import { guardExport } from '../anonymise/leak-guard';
import type { SensitiveString } from '../anonymise/sensitive';
import { utf8 } from '../crypto/bytes';
import { translate, type Locale } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import type { Id } from '../model/primitives';
import { diagramElement, renderDiagramSvg, type DiagramOptions } from '../render/diagram';
import type { LinkRoutes } from '../render/links';
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
}

export interface PreparedExport {
  doc: CaseDocument;
  diagram: DiagramOptions;
  /** Empty for a full export: nothing to guard. */
  sensitive: SensitiveString[];
  anonymised: boolean;
  labels: Map<Id, string>;
}

export function prepareExport(original: CaseDocument, request: ExportRequest): PreparedExport {
  if (!request.anonymise) {
    const routes = request.route?.(original);
    return { doc: original, diagram: { locale: request.locale, title: original.title, ...(routes ? { routes } : {}) }, sensitive: [], anonymised: false, labels: new Map() };
  }
  const result = anonymiseCase(original, { locale: request.locale, ...(request.title ? { title: request.title } : {}), ...(request.overrides ? { overrides: request.overrides } : {}) });
  return {
    doc: result.doc,
    diagram: { locale: request.locale, title: result.doc.title, subtitle: translate(request.locale, 'export.trainingSubtitle'), ageLabels: result.ageLabels, ...routesOf(request, result.doc) },
    sensitive: result.sensitive,
    anonymised: true,
    labels: result.labels,
  };
}

function routesOf(request: ExportRequest, doc: CaseDocument): { routes?: LinkRoutes } {
  const routes = request.route?.(doc);
  return routes ? { routes } : {};
}

/** The last step of every export: an anonymised file with any sensitive string in it is refused. */
export function finalise(prepared: PreparedExport, bytes: Uint8Array): Uint8Array {
  return prepared.anonymised ? guardExport(bytes, prepared.sensitive) : bytes;
}

export type { PdfPage };

export function exportSvg(prepared: PreparedExport): Uint8Array {
  return finalise(prepared, utf8(renderDiagramSvg(prepared.doc, prepared.diagram)));
}

export function exportJson(prepared: PreparedExport): Uint8Array {
  return finalise(prepared, utf8(`${JSON.stringify(prepared.doc, null, 2)}\n`));
}

export async function exportPdf(prepared: PreparedExport, page: PdfPage): Promise<Uint8Array> {
  const { element, width, height } = diagramElement(prepared.doc, prepared.diagram);
  // Loaded on demand: the PDF library is not part of the app's first download.
  const { renderPdf } = await import('./pdf');
  return finalise(prepared, await renderPdf(element, width, height, page));
}

/** Neutral by default: never the case's title, which may name the family. */
export function exportFileName(format: ExportFormat, anonymised: boolean, locale: Locale, title?: string): string {
  const base = anonymised ? (title?.trim() || defaultTrainingTitle(locale)) : locale === 'fr' ? 'situation' : 'case';
  const slug = base
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${anonymised ? (locale === 'fr' ? 'formation-' : 'training-') : ''}${slug || 'export'}.${format}`;
}
