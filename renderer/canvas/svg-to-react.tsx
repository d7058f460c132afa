import { createElement, type ReactNode } from 'react';
import type { SvgChild, SvgElement } from '../../shared/render/svg';

// SVG attribute names as React expects them (stroke-width -> strokeWidth). Cached: the same few
// dozen names come back on every render.
const reactNames = new Map<string, string>();
function reactName(name: string): string {
  let converted = reactNames.get(name);
  if (!converted) {
    converted = name === 'class' ? 'className' : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    reactNames.set(name, converted);
  }
  return converted;
}

function reactProps(attrs: SvgElement['attrs']): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) props[reactName(name)] = value;
  return props;
}

/** Turns a shared/ SVG tree into React elements (the canvas draws with the export's functions). */
export function svgToReact(node: SvgChild, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | number> & { key?: number } = reactProps(node.attrs);
  if (key !== undefined) props.key = key;
  return createElement(node.tag, props, ...node.children.map((child, i) => svgToReact(child, i)));
}

export interface DrawingParts {
  /** Props for the element the caller wraps the drawing in. */
  props: Record<string, string | number>;
  children: ReactNode[];
}

/**
 * A drawing for a caller that wraps it in an element of its own: the drawing's root group is
 * merged into that element (its attributes, the style its children inherit, become the wrapper's
 * props). Why: every symbol and link is drawn as such a group, and on a large case that was
 * thousands of elements more to create, style and paint.
 */
export function drawingParts(node: SvgElement): DrawingParts {
  if (node.tag !== 'g' || node.attrs.transform !== undefined) return { props: {}, children: [svgToReact(node, 0)] };
  return { props: reactProps(node.attrs), children: node.children.map((child, i) => svgToReact(child, i)) };
}
