import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { createEditorStore } from '../../../renderer/store/editor-store';

describe('copy, cut, paste, delete, select all', () => {
  const setup = () => {
    const store = createEditorStore();
    store.getState().open(laurentExample());
    const ids = store.getState().doc?.nodes.filter((n) => n.name.endsWith('Moreau')).map((n) => n.id) ?? [];
    store.getState().select(ids);
    return { store, ids };
  };

  it('pastes a copy next to the original and selects it; pasting again shifts further', () => {
    const { store, ids } = setup();
    const count = store.getState().doc?.nodes.length ?? 0;
    store.getState().copySelection();
    store.getState().paste();
    const first = [...store.getState().selection];
    expect(store.getState().doc?.nodes.length).toBe(count + ids.length);
    expect(first.some((id) => ids.includes(id))).toBe(false);
    store.getState().paste();
    const second = [...store.getState().selection];
    const x = (id: string) => store.getState().doc?.nodes.find((n) => n.id === id)?.position.x ?? 0;
    expect(Math.min(...second.map(x))).toBe(Math.min(...first.map(x)) + 40);
  });

  it('cut removes the selection and paste brings it back', () => {
    const { store, ids } = setup();
    store.getState().cutSelection();
    expect(store.getState().doc?.nodes.some((n) => ids.includes(n.id))).toBe(false);
    store.getState().paste();
    expect(store.getState().doc?.nodes.filter((n) => n.name.endsWith('Moreau'))).toHaveLength(ids.length);
  });

  it('delete is one undoable step', () => {
    const { store } = setup();
    const before = store.getState().doc;
    store.getState().deleteSelection();
    expect(store.getState().selection.size).toBe(0);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('select all selects every node', () => {
    const { store } = setup();
    store.getState().selectAll();
    expect(store.getState().selection.size).toBe(store.getState().doc?.nodes.length);
  });

  it('a lock (forget) empties the clipboard, which holds names; leaving the editor keeps it', () => {
    const { store } = setup();
    store.getState().copySelection();
    store.getState().close();
    expect(store.getState().clipboard?.nodes.length).toBeGreaterThan(0);
    store.getState().forget();
    expect(store.getState().clipboard).toBeNull();
    expect(store.getState().doc).toBeNull();
    expect(store.getState().past).toEqual([]);
  });
});

