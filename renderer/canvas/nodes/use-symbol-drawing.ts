import { createElement, useMemo, type ReactElement } from 'react';
import type { CaseNode } from '../../../shared/model/nodes';
import type { SymbolOptions } from '../../../shared/render/symbols';
import type { SvgElement } from '../../../shared/render/svg';
import { drawingParts } from '../svg-to-react';
import { useSymbolOptions } from './use-symbol-options';

/**
 * A node's drawing as an `<svg>` of the node's size, redone only when the node or the settings it
 * depends on change. While the node is being renamed its label is left blank (the field is drawn
 * over it).
 */
export function useSymbolDrawing<N extends CaseNode>(node: N, draw: (node: N, options: SymbolOptions) => SvgElement, width: number, height: number): { drawing: ReactElement; renaming: boolean } {
  const { locale, referenceYear, large, renaming: renamingId } = useSymbolOptions();
  const renaming = renamingId === node.id;
  const drawing = useMemo(() => {
    const { props, children } = drawingParts(draw(node, { locale, referenceYear, large, ...(renaming ? { nameOverride: ' ' } : {}) }));
    return createElement('svg', { ...props, width, height, 'aria-hidden': true }, ...children);
  }, [draw, node, locale, referenceYear, large, renaming, width, height]);
  return { drawing, renaming };
}
