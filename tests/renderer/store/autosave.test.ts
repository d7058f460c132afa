// Autosave as the user sees it: each change stored shortly after it, a drag stored once it ends,
// and the status in the top bar telling what is happening.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import type { CaseDocument } from '../../../shared/model/case';
import { updateNode } from '../../../shared/model/operations';
import type { CaseStore } from '../../../renderer/storage/case-store';
import { AUTOSAVE_DELAY_MS, flushAutosave, SAVING_NOTICE_DELAY_MS, startAutosave, useSaveStatus } from '../../../renderer/store/autosave';
import { createEditorStore } from '../../../renderer/store/editor-store';

/** A case store whose saves finish when the test says so. */
function slowStore() {
  const saved: CaseDocument[] = [];
  const pending: Array<{ finish(): void; fail(error: Error): void }> = [];
  const store: CaseStore = {
    list: async () => [],
    load: async () => laurentExample(),
    remove: async () => undefined,
    save: (doc) =>
      new Promise<void>((resolve, reject) => {
        pending.push({ finish: () => (saved.push(doc), resolve()), fail: reject });
      }),
  };
  return { store, saved, pending };
}

/** Lets promise callbacks run between timer steps. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
  // The autosave also saves when the window loses focus or is hidden.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  useSaveStatus.setState({ status: 'saved', error: null });
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function setUp() {
  const editor = createEditorStore();
  editor.getState().open(laurentExample());
  const backend = slowStore();
  stop = startAutosave(editor, backend.store);
  const first = editor.getState().doc?.nodes[0]?.id as string;
  const rename = (name: string) => editor.getState().apply((d) => updateNode(d, first, { name }));
  return { editor, ...backend, first, rename };
}

describe('autosave', () => {
  it('stores a change shortly after it, once, and says when it is stored', async () => {
    const { saved, pending, rename, first } = setUp();
    rename('Sophie L.');
    rename('Sophie Laurent-Moreau');
    expect(useSaveStatus.getState().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(pending).toHaveLength(1);
    pending[0]?.finish();
    await settle();
    expect(saved.map((d) => d.nodes.find((n) => n.id === first)?.name)).toEqual(['Sophie Laurent-Moreau']);
    expect(useSaveStatus.getState().status).toBe('saved');
  });

  it('stores a drag once, when it ends', async () => {
    const { editor, pending, first } = setUp();
    editor.getState().beginDrag();
    for (let x = 0; x < 5; x++) {
      editor.getState().dragTo(new Map([[first, { x: x * 10, y: 0 }]]));
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    }
    expect(pending).toHaveLength(0);
    editor.getState().endDrag();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(pending).toHaveLength(1);
  });

  it('shows "saving" only when a save takes a while', async () => {
    const { pending, rename } = setUp();
    rename('Sophie L.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    // A quick save: straight from "changes" to "saved".
    await vi.advanceTimersByTimeAsync(SAVING_NOTICE_DELAY_MS - 50);
    expect(useSaveStatus.getState().status).toBe('pending');
    pending[0]?.finish();
    await settle();
    expect(useSaveStatus.getState().status).toBe('saved');

    // A slow one: "saving" appears, then "saved".
    rename('Sophie Laurent');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + SAVING_NOTICE_DELAY_MS);
    expect(useSaveStatus.getState().status).toBe('saving');
    pending[1]?.finish();
    await settle();
    expect(useSaveStatus.getState().status).toBe('saved');
    // Nothing left to say "saving" later.
    await vi.advanceTimersByTimeAsync(SAVING_NOTICE_DELAY_MS * 2);
    expect(useSaveStatus.getState().status).toBe('saved');
  });

  it('says when a save fails, and stores the case at the next change', async () => {
    const { pending, saved, rename } = setUp();
    rename('Sophie L.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    pending[0]?.fail(new Error('Le disque est plein.'));
    await settle();
    expect(useSaveStatus.getState()).toMatchObject({ status: 'error', error: 'Le disque est plein.' });
    rename('Sophie Laurent');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    pending[1]?.finish();
    await settle();
    expect(saved).toHaveLength(1);
    expect(useSaveStatus.getState().status).toBe('saved');
  });

  it('saves a change made during a save right after it, with the latest text, and says whether all is saved', async () => {
    const { saved, pending, rename, first } = setUp();
    rename('S');
    await settle();
    expect(pending).toHaveLength(1);
    rename('So');
    rename('Sop');
    const flushed = flushAutosave();
    await settle();
    // One save at a time: the second waits for the first.
    expect(pending).toHaveLength(1);
    pending[0]?.finish();
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]?.finish();
    expect(await flushed).toBe(true);
    expect(saved.map((d) => d.nodes.find((n) => n.id === first)?.name)).toEqual(['S', 'Sop']);

    rename('Sophie');
    const failed = flushAutosave();
    await settle();
    pending[2]?.fail(new Error('QuotaExceededError'));
    expect(await failed).toBe(false);
  });
});
