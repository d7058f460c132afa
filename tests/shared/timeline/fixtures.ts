// The worked example with handles on its people and links, for the timeline tests.
import { laurentExample } from '../../../shared/examples/laurent';
import type { CaseDocument } from '../../../shared/model/case';
import type { CaseLink } from '../../../shared/model/links';
import type { CaseNode } from '../../../shared/model/nodes';

export function laurent(): CaseDocument {
  return laurentExample();
}

export function nodeNamed(doc: CaseDocument, name: string): CaseNode {
  const node = doc.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no ${name}`);
  return node;
}

export function idOf(doc: CaseDocument, name: string): string {
  return nodeNamed(doc, name).id;
}

/** The link of that kind between two named elements (in either direction). */
export function linkBetweenNamed(doc: CaseDocument, kind: CaseLink['kind'], a: string, b: string): CaseLink {
  const ids = new Set([idOf(doc, a), idOf(doc, b)]);
  const link = doc.links.find((l) => {
    if (l.kind !== kind) return false;
    const ends = l.kind === 'filiation' ? [l.parent, l.child] : l.kind === 'intervention' || l.kind === 'referral' ? [l.from, l.to] : [l.a, l.b];
    return ends.every((id) => ids.has(id));
  });
  if (!link) throw new Error(`no ${kind} between ${a} and ${b}`);
  return link;
}

export function withLink(doc: CaseDocument, id: string, patch: Partial<CaseLink>): CaseDocument {
  return { ...doc, links: doc.links.map((l) => (l.id === id ? ({ ...l, ...patch } as CaseLink) : l)) };
}

export function withNode(doc: CaseDocument, id: string, patch: Partial<CaseNode>): CaseDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? ({ ...n, ...patch } as CaseNode) : n)) };
}
