// The worked example with handles on its people and links, for the timeline tests.
import { takeSnapshot, type Snapshot } from '../../../shared/model/snapshot';
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

/**
 * The worked example a year on: at the start ("Entrée dans le dispositif", October 2025) the AEMO
 * ran under a judge's mandate and a housing adviser followed the rent arrears; since then the
 * adviser has left, the measure became an administrative AED, the family moved, the CPE and the
 * educator met, and the psychologist's work with Léa ended.
 */
export function laurentOverTime(): { doc: CaseDocument; entry: Snapshot } {
  let doc = laurent();
  const aemo = linkBetweenNamed(doc, 'intervention', 'Thomas Girard', 'Enzo Moreau');
  const psy = linkBetweenNamed(doc, 'intervention', 'Nadia Haddad', 'Léa Moreau');
  doc = withLink(doc, aemo.id, { since: '2025-09' });
  doc = withLink(doc, linkBetweenNamed(doc, 'intervention', 'Claire Dubois', 'Sophie Laurent').id, { since: '2024' });
  doc = withLink(doc, linkBetweenNamed(doc, 'couple', 'Julien Moreau', 'Sophie Laurent').id, { endYear: 2019 });
  const household = doc.households[0]?.id as string;
  doc = { ...doc, events: [{ id: 'ev-separation', kind: 'separation', subject: household, date: '2019', label: '', notes: '' }] };
  const taken = takeSnapshotOf(doc, 'Entrée dans le dispositif', '2025-10');
  doc = taken.doc;
  const martin = idOf(doc, 'Paul Martin');
  doc = { ...doc, nodes: doc.nodes.filter((n) => n.id !== martin), links: doc.links.filter((l) => !(l.kind === 'intervention' && l.from === martin)) };
  doc = withLink(doc, aemo.id, { mandate: 'administrative', measure: 'aed' });
  doc = withLink(doc, psy.id, { until: '2026-06' });
  doc = {
    ...doc,
    links: [...doc.links, { id: 'tie-cpe-educ', kind: 'partnership', a: idOf(doc, 'Marc Lefèvre'), b: idOf(doc, 'Thomas Girard'), formality: 'informal', notes: '' }],
    events: [...doc.events, { id: 'ev-move', kind: 'move', subject: household, date: '2026-02', label: 'Déménagement à Roubaix', notes: '' }],
  };
  return { doc, entry: taken.snapshot };
}

function takeSnapshotOf(doc: CaseDocument, name: string, date: string) {
  return takeSnapshot(doc, { name, date, now: new Date('2025-10-15T10:00:00Z') });
}
