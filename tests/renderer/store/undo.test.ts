import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { addPartner, updateNode } from '../../../shared/model/operations';
import { createEditorStore, HISTORY_LIMIT } from '../../../renderer/store/editor-store';

function editorWithExample() {
  const store = createEditorStore();
  store.getState().open(laurentExample());
  const sophie = store.getState().doc?.nodes.find((n) => n.name === 'Sophie Laurent');
  if (!sophie) throw new Error('example changed');
  return { store, sophie };
}

describe('undo and redo', () => {
  it('undo restores the exact previous model, redo the next one', () => {
    const { store, sophie } = editorWithExample();
    const before = store.getState().doc;
    store.getState().apply((doc) => addPartner(doc, sophie.id));
    const after = store.getState().doc;
    expect(after).not.toBe(before);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    store.getState().redo();
    expect(store.getState().doc).toBe(after);
  });

  it('a new change after undo drops the redo steps', () => {
    const { store, sophie } = editorWithExample();
    store.getState().apply((doc) => updateNode(doc, sophie.id, { name: 'A' }));
    store.getState().undo();
    store.getState().apply((doc) => updateNode(doc, sophie.id, { name: 'B' }));
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc?.nodes.find((n) => n.id === sophie.id)?.name).toBe('B');
  });

  it(`keeps at least 200 steps (${HISTORY_LIMIT})`, () => {
    const { store, sophie } = editorWithExample();
    const original = store.getState().doc;
    for (let i = 0; i < 250; i++) store.getState().apply((doc) => updateNode(doc, sophie.id, { name: `Nom ${i}` }));
    for (let i = 0; i < 250; i++) store.getState().undo();
    expect(store.getState().doc).toBe(original);
  });

  it('an unchanged document records no step', () => {
    const { store } = editorWithExample();
    store.getState().apply((doc) => doc);
    expect(store.getState().past).toHaveLength(0);
  });

  it('drops from the selection what an undo removed', () => {
    const { store, sophie } = editorWithExample();
    store.getState().apply((doc) => addPartner(doc, sophie.id), { select: 'created' });
    expect(store.getState().selection.size).toBe(1);
    store.getState().undo();
    expect(store.getState().selection.size).toBe(0);
  });
});
