// How "fit the whole diagram" frames it: the same everywhere (opening a case, Tout voir,
// Organiser, presentation mode), and clear of the legend.
import { getViewportForBounds, type FitViewOptions, type Viewport } from '@xyflow/react';
import { diagramBounds, diagramIndex } from '../../shared/genogram/diagram-index';
import { legendBox } from '../../shared/render/legend';
import { useLocaleStore } from '../i18n';
import { editorStore } from '../store/editor-store';
import type { FlowNode } from './flow-model';

/** The legend's rows on the canvas (more go to the export's full legend). */
export const CANVAS_LEGEND_ROWS = 9;
/** Projected, the legend is a strip along the bottom: few rows, as many columns as it needs. */
const PRESENTATION_LEGEND_ROWS = 4;
export const legendRows = (presentation: boolean): number => (presentation ? PRESENTATION_LEGEND_ROWS : CANVAS_LEGEND_ROWS);
/**
 * The legend's size on the canvas: smaller while editing, so it hides less; projected, as large as
 * the strip can be while it fits the screen's width.
 */
export const legendScale = (presentation: boolean, legendWidth = 0): number =>
  presentation ? Math.min(1, legendWidth > 0 ? (window.innerWidth - 2 * LEGEND_MARGIN) / legendWidth : 1) : 0.78;
/** The legend panel's margin (see .legend-panel) and the gap kept above it. */
const LEGEND_MARGIN = 12;
const LEGEND_GAP = 12;

/**
 * The padding for the editor as it is now, `padding` being a fraction of the view as React Flow
 * takes it. With the legend shown, the bottom padding is the legend's height instead: it sits over
 * the bottom-left corner, and a fitted diagram used to end under it.
 */
function paddingFor(padding: number): NonNullable<FitViewOptions['padding']> {
  const { doc, view } = editorStore.getState();
  const legend = view.legend && doc ? legendBox(doc, useLocaleStore.getState().locale, legendRows(view.presentation)) : null;
  if (!legend) return padding;
  const bottom = Math.ceil(legend.height * legendScale(view.presentation, legend.width) + LEGEND_MARGIN + LEGEND_GAP);
  return { top: padding, left: padding, right: padding, bottom: `${bottom}px` };
}

/** Fit options for "fit the whole diagram" (see paddingFor). */
export function fitViewOptions(padding: number, extra: Omit<FitViewOptions<FlowNode>, 'padding'> = {}): FitViewOptions<FlowNode> {
  return { ...extra, padding: paddingFor(padding) };
}

/**
 * The viewport that fits the whole case into a canvas of this size, as fitViewOptions(padding)
 * would have React Flow do. Why work it out before React Flow is shown: with its `fitView` prop, React Flow draws the
 * case once unfitted, measures every node, then fits and draws everything again; on a large case
 * that second full repaint was a good part of the time to open it.
 */
export function fittedViewport(width: number, height: number, padding: number, zoom: { min: number; max: number }): Viewport {
  const { doc } = editorStore.getState();
  const bounds = doc ? diagramBounds(diagramIndex(doc)) : null;
  if (!bounds || width <= 0 || height <= 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(bounds, width, height, zoom.min, zoom.max, paddingFor(padding));
}
