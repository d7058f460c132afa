// Sizes of every symbol, shared by the canvas, the layout and the exported SVG so that all three
// agree to the pixel. Positions in the model are the top-left corners of these boxes.
import type { CaseNode, InstitutionNode } from '../model/nodes';
import type { Position } from '../model/primitives';

export const PERSON = { width: 120, height: 112, symbol: 44 } as const;
/** Baseline of a person's name: below the couple line that runs under the symbols. */
export const PERSON_NAME_BASELINE = PERSON.symbol + 40;
export const PROFESSIONAL = { width: 128, height: 92, symbol: 36 } as const;
export const INSTITUTION = { minWidth: 200, minHeight: 96, header: 40, padding: 12 } as const;
/** Distance between generations and between neighbours, used by actions and the layout. */
export const GAP = { row: 70, column: 30 } as const;

export interface Size {
  width: number;
  height: number;
}
export interface Box extends Position, Size {}

/** Centre of a person's symbol relative to its box. */
export const PERSON_SYMBOL_CENTRE = { x: PERSON.width / 2, y: PERSON.symbol / 2 + 2 } as const;
export const PROFESSIONAL_SYMBOL_CENTRE = { x: PROFESSIONAL.width / 2, y: PROFESSIONAL.symbol / 2 + 2 } as const;

export function nodeSize(node: CaseNode, doc?: { readonly nodes: readonly CaseNode[] }): Size {
  switch (node.kind) {
    case 'person':
      return { width: PERSON.width, height: PERSON.height };
    case 'professional':
      return { width: PROFESSIONAL.width, height: PROFESSIONAL.height };
    case 'institution':
      return institutionSize(node, doc?.nodes ?? []);
  }
}

/** An institution grows to hold its professionals (whose positions are relative to it). */
export function institutionSize(institution: InstitutionNode, nodes: readonly CaseNode[]): Size {
  let width: number = INSTITUTION.minWidth;
  let height: number = INSTITUTION.minHeight;
  for (const node of nodes) {
    if (node.kind === 'professional' && node.institutionId === institution.id) {
      width = Math.max(width, node.position.x + PROFESSIONAL.width + INSTITUTION.padding);
      height = Math.max(height, node.position.y + PROFESSIONAL.height + INSTITUTION.padding);
    }
  }
  return { width, height };
}

/** Absolute top-left corner of a node (professionals in an institution are stored relative to it). */
export function absolutePosition(node: CaseNode, byId: ReadonlyMap<string, CaseNode>): Position {
  if (node.kind === 'professional' && node.institutionId) {
    const parent = byId.get(node.institutionId);
    if (parent) return { x: parent.position.x + node.position.x, y: parent.position.y + node.position.y };
  }
  return node.position;
}

export function absoluteBox(node: CaseNode, byId: ReadonlyMap<string, CaseNode>, nodes: readonly CaseNode[]): Box {
  return { ...absolutePosition(node, byId), ...nodeSize(node, { nodes }) };
}

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/** Whether segment a→b passes through the inside of `box` (Liang–Barsky clipping). */
export function segmentCrossesBox(a: Position, b: Position, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a.x - box.x) && clip(dx, box.x + box.width - a.x) && clip(-dy, a.y - box.y) && clip(dy, box.y + box.height - a.y) && t1 - t0 > 1e-9;
}
