import { useMemo, type ReactNode } from 'react';
import type { CaseNode } from '../../../shared/model/nodes';
import type { SymbolOptions } from '../../../shared/render/symbols';
import type { SvgElement } from '../../../shared/render/svg';
import { svgContentToReact } from '../svg-to-react';
import { useSymbolOptions } from './use-symbol-options';

/**
 * A node's drawing, redone only when the node or the settings it depends on change. While the node
 * is being renamed its label is left blank (the field is drawn over it).
 */
export function useSymbolDrawing<N extends CaseNode>(node: N, draw: (node: N, options: SymbolOptions) => SvgElement): { drawing: ReactNode; renaming: boolean } {
  const { locale, referenceYear, large, renaming: renamingId } = useSymbolOptions();
  const renaming = renamingId === node.id;
  const drawing = useMemo(
    () => svgContentToReact(draw(node, { locale, referenceYear, large, ...(renaming ? { nameOverride: ' ' } : {}) })),
    [draw, node, locale, referenceYear, large, renaming],
  );
  return { drawing, renaming };
}
