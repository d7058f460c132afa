// How "fit the whole diagram" frames it: the same everywhere (opening a case, Tout voir,
// Organiser, presentation mode), and clear of the legend.
import type { FitViewOptions } from '@xyflow/react';
import type { FlowNode } from './flow-model';
import type { Locale } from '../../shared/i18n/messages';
import type { CaseDocument } from '../../shared/model/case';
import { legendBox } from '../../shared/render/legend';
import { useLocaleStore } from '../i18n';
import { editorStore } from '../store/editor-store';

/** The legend's rows on the canvas (more go to the export's full legend). */
export const CANVAS_LEGEND_ROWS = 9;
/** The legend's size on the canvas: smaller while editing, so it hides less; full size when projected. */
export const legendScale = (presentation: boolean): number => (presentation ? 1 : 0.78);
/** The legend panel's margin (see .legend-panel) and the gap kept above it. */
const LEGEND_MARGIN = 12;
const LEGEND_GAP = 12;

export interface FitContext {
  doc: CaseDocument | null;
  locale: Locale;
  legend: boolean;
  presentation: boolean;
}

/**
 * The padding for `padding` (a fraction of the view, as React Flow takes it). With the legend
 * shown, the bottom padding is the legend's height instead: it sits over the bottom-left corner,
 * and a fitted diagram used to end under it.
 */
export function fitPadding(padding: number, context: FitContext): FitViewOptions['padding'] {
  const legend = context.legend && context.doc ? legendBox(context.doc, context.locale, CANVAS_LEGEND_ROWS) : null;
  if (!legend) return padding;
  const bottom = Math.ceil(legend.height * legendScale(context.presentation) + LEGEND_MARGIN + LEGEND_GAP);
  return { top: padding, left: padding, right: padding, bottom: `${bottom}px` };
}

/** Fit options for the editor as it is now (case, language, legend shown or not). */
export function fitViewOptions(padding: number, extra: Omit<FitViewOptions<FlowNode>, 'padding'> = {}): FitViewOptions<FlowNode> {
  const { doc, view } = editorStore.getState();
  return { ...extra, padding: fitPadding(padding, { doc, locale: useLocaleStore.getState().locale, legend: view.legend, presentation: view.presentation }) };
}
