// Presentation's focus mode: with someone selected, they, their links and who is at the other end
// stay; the rest of the map dims (Échap gives the whole map back). Marked on React Flow's own
// elements (a data attribute its renders leave alone) rather than by rebuilding every node:
// the CSP allows no inline <style>, and a focus change must not re-render the map.
import { useEffect } from 'react';
import { linkEnds } from '../../shared/model/links';
import type { CaseDocument } from '../../shared/model/case';
import type { Id } from '../../shared/model/primitives';
import { editorStore } from '../store/editor-store';

/** What stays lit around the selection: the selected elements, their links, the other ends, the institutions around professionals. */
export function focusOf(doc: CaseDocument, selection: ReadonlySet<Id>): Set<Id> | null {
  if (selection.size === 0) return null;
  const lit = new Set<Id>(selection);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const inside = (id: Id) => {
    const node = byId.get(id);
    return node?.kind === 'professional' && node.institutionId ? node.institutionId : null;
  };
  // An institution selected stands for its professionals.
  const centres = new Set<Id>(selection);
  for (const n of doc.nodes) if (n.kind === 'professional' && n.institutionId && selection.has(n.institutionId)) centres.add(n.id);
  for (const link of doc.links) {
    const ends = linkEnds(link);
    if (selection.has(link.id) || ends.some((end) => centres.has(end))) {
      lit.add(link.id);
      for (const end of ends) {
        lit.add(end);
        const container = inside(end);
        if (container) lit.add(container);
      }
    }
  }
  for (const id of centres) {
    lit.add(id);
    const container = inside(id);
    if (container) lit.add(container);
  }
  for (const h of doc.households) if (h.members.some((m) => centres.has(m))) lit.add(h.id);
  return lit;
}

function mark(root: Element, lit: ReadonlySet<Id> | null): void {
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>('.react-flow__node[data-id], .react-flow__edge[data-id]')) {
    const dimmed = !!lit && !lit.has(element.dataset.id ?? '');
    if (dimmed !== element.hasAttribute('data-dimmed')) element.toggleAttribute('data-dimmed', dimmed);
  }
}

export function FocusLayer({ container }: { container: React.RefObject<HTMLElement | null> }): null {
  useEffect(() => {
    let frame = 0;
    const apply = () => {
      cancelAnimationFrame(frame);
      // After React Flow has drawn the change.
      frame = requestAnimationFrame(() => {
        const root = container.current;
        if (!root) return;
        const { doc, selection, view } = editorStore.getState();
        const lit = view.presentation && doc ? focusOf(doc, selection) : null;
        // Nothing to undo, nothing to do (a drag step while editing).
        if (!lit && !root.classList.contains('is-focus')) return;
        root.classList.toggle('is-focus', !!lit);
        mark(root, lit);
      });
    };
    apply();
    const unsubscribe = editorStore.subscribe((state, previous) => {
      if (state.selection !== previous.selection || state.view.presentation !== previous.view.presentation || state.doc !== previous.doc) apply();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [container]);
  return null;
}
