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

/** Turns a shared/ SVG tree into React elements (the canvas draws with the export's functions). */
export function svgToReact(node: SvgChild, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | number | undefined> & { key?: number } = key === undefined ? {} : { key };
  for (const [name, value] of Object.entries(node.attrs)) if (value !== undefined) props[reactName(name)] = value;
  const element = node as SvgElement;
  return createElement(element.tag, props, ...element.children.map((child, i) => svgToReact(child, i)));
}

/**
 * The content of a drawing, for a caller that already wraps it in a group: a root `<g>` without
 * attributes is left out. Why: every link is drawn as such a group, and on a large case that was
 * 1,500 elements more to create, style and paint.
 */
export function svgContentToReact(node: SvgElement): ReactNode {
  if (node.tag !== 'g' || Object.values(node.attrs).some((value) => value !== undefined)) return svgToReact(node);
  return node.children.map((child, i) => svgToReact(child, i));
}
