// How "fit the whole diagram" frames it: the same everywhere (opening a case, Tout voir,
// Organiser, presentation mode), and clear of the legend.
import { getViewportForBounds, type FitViewOptions, type Viewport } from '@xyflow/react';
import { diagramIndex, enclosing } from '../../shared/genogram/diagram-index';
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

/**
 * The viewport that fits the whole case into a canvas of this size, as fitViewOptions(padding)
 * would. Why work it out before React Flow is shown: with its `fitView` prop, React Flow draws the
 * case once unfitted, measures every node, then fits and draws everything again; on a large case
 * that second full repaint was a good part of the time to open it.
 */
export function fittedViewport(width: number, height: number, padding: number, zoom: { min: number; max: number }): Viewport {
  const { doc } = editorStore.getState();
  const index = doc ? diagramIndex(doc) : null;
  const boxes = index ? [...index.boxes.values(), ...index.householdBoxes.values()] : [];
  if (!boxes.length || width <= 0 || height <= 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(enclosing(boxes), width, height, zoom.min, zoom.max, fitViewOptions(padding).padding ?? padding);
}
