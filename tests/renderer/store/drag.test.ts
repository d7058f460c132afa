import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { createEditorStore } from '../../../renderer/store/editor-store';

describe('dragging', () => {
  it('records a whole drag as one undo step', () => {
    const store = createEditorStore();
    store.getState().open(laurentExample());
    const before = store.getState().doc;
    const id = before?.nodes[0]?.id as string;
    store.getState().beginDrag();
    for (let x = 0; x < 50; x++) store.getState().dragTo(new Map([[id, { x, y: x }]]));
    store.getState().endDrag();
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().doc?.nodes[0]?.position).toEqual({ x: 49, y: 49 });
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('a click without movement records nothing', () => {
    const store = createEditorStore();
    store.getState().open(laurentExample());
    store.getState().beginDrag();
    store.getState().endDrag();
    expect(store.getState().past).toHaveLength(0);
  });

  it('nudges the selection with the arrow keys, one step each', () => {
    const store = createEditorStore();
    store.getState().open(laurentExample());
    const node = store.getState().doc?.nodes[0];
    store.getState().select([node?.id as string]);
    store.getState().nudgeSelection(10, 0);
    store.getState().nudgeSelection(0, -10);
    expect(store.getState().doc?.nodes[0]?.position).toEqual({ x: (node?.position.x ?? 0) + 10, y: (node?.position.y ?? 0) - 10 });
    expect(store.getState().past).toHaveLength(2);
  });

  it('keeps the selection as it is across moves, and drops only what was deleted', () => {
    const store = createEditorStore();
    store.getState().open(laurentExample());
    const [a, b] = store.getState().doc?.nodes ?? [];
    store.getState().select([a?.id as string, b?.id as string]);
    const selection = store.getState().selection;
    store.getState().nudgeSelection(10, 0);
    store.getState().undo();
    // The same set: the canvas rebuilds nothing that depends on the selection after a move.
    expect(store.getState().selection).toBe(selection);
    store.getState().apply((doc) => ({ ...doc, nodes: doc.nodes.filter((n) => n.id !== b?.id) }));
    expect([...store.getState().selection]).toEqual([a?.id]);
  });
});
