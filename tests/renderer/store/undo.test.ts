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

  it(`keeps the last ${HISTORY_LIMIT} steps (at least 200) and drops older ones`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    const { store, sophie } = editorWithExample();
    const extra = 50;
    const nameAfter = (step: number) => `Nom ${step}`;
    for (let i = 0; i < HISTORY_LIMIT + extra; i++) store.getState().apply((doc) => updateNode(doc, sophie.id, { name: nameAfter(i) }));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);

    for (let i = 0; i < HISTORY_LIMIT; i++) store.getState().undo();
    // Back HISTORY_LIMIT steps, no further: the state after the first `extra` steps, not the original.
    const nameNow = () => store.getState().doc?.nodes.find((n) => n.id === sophie.id)?.name;
    expect(nameNow()).toBe(nameAfter(extra - 1));
    expect(store.getState().past).toHaveLength(0);
    store.getState().undo();
    expect(nameNow()).toBe(nameAfter(extra - 1));

    // Every step undone can be redone, up to the last change.
    for (let i = 0; i < HISTORY_LIMIT; i++) store.getState().redo();
    expect(nameNow()).toBe(nameAfter(HISTORY_LIMIT + extra - 1));
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

  it('all the keys typed in one field make one step; after an undo, typing again makes a new one', () => {
    const { store, sophie } = editorWithExample();
    const before = store.getState().doc;
    const type = (name: string) => store.getState().apply((doc) => updateNode(doc, sophie.id, { name }));
    store.getState().beginTyping('name#1');
    for (const name of ['S', 'So', 'Sop', 'Soph']) type(name);
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().revision).toBe(4);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
    store.getState().redo();
    type('Sophi');
    type('Sophie');
    expect(store.getState().past).toHaveLength(2);
    store.getState().endTyping('name#1');
    // Leaving the field ends the step: the next change is a step of its own.
    type('Sophie L.');
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc?.nodes.find((n) => n.id === sophie.id)?.name).toBe('Soph');
  });

  it('read-only (the case is edited in another window): no change, no undo, and the other window\'s versions shown without a step', () => {
    const { store, sophie } = editorWithExample();
    store.getState().setReadOnly(true);
    const before = store.getState().doc;
    store.getState().apply((doc) => updateNode(doc, sophie.id, { name: 'X' }));
    store.getState().beginDrag();
    store.getState().startRenaming(sophie.id);
    expect(store.getState().doc).toBe(before);
    expect(store.getState()).toMatchObject({ dragBase: null, renaming: null, revision: 0 });
    const saved = updateNode(before as NonNullable<typeof before>, sophie.id, { name: 'Sophie (autre fenêtre)' });
    store.getState().follow(saved);
    expect(store.getState()).toMatchObject({ doc: saved, past: [], revision: 0 });
  });

  it('going on in a copy keeps the undo history, under the copy\'s id and title', () => {
    const { store, sophie } = editorWithExample();
    store.getState().apply((doc) => updateNode(doc, sophie.id, { name: 'A' }));
    store.getState().apply((doc) => updateNode(doc, sophie.id, { name: 'B' }));
    store.getState().undo();
    const revision = store.getState().revision;
    store.getState().switchTo('copy-id', 'Copie');
    expect(store.getState().revision).toBe(revision + 1);
    for (const doc of [store.getState().doc, ...store.getState().past, ...store.getState().future]) expect(doc).toMatchObject({ id: 'copy-id', title: 'Copie' });
    store.getState().undo();
    expect(store.getState().doc?.nodes.find((n) => n.id === sophie.id)?.name).toBe('Sophie Laurent');
    expect(store.getState().doc?.id).toBe('copy-id');
  });
});

