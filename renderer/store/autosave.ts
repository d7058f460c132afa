// Saves the open case shortly after each change (at most one second later), when the window
// loses focus and before it closes. Saving never blocks typing or dragging: it runs after the
// change, and a drag is saved once it ends.
import { create } from 'zustand';
import type { CaseStore } from '../storage/case-store';
import type { EditorStore } from './editor-store';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export const useSaveStatus = create<{ status: SaveStatus; error: string | null }>(() => ({ status: 'saved', error: null }));

export const AUTOSAVE_DELAY_MS = 400;
/** How long a save may take before "Enregistrement…" is shown. */
export const SAVING_NOTICE_DELAY_MS = 300;

let activeFlush: () => Promise<void> = async () => undefined;
/** Saves now whatever is pending (before locking or leaving the editor). */
export function flushAutosave(): Promise<void> {
  return activeFlush();
}

export interface AutosaveHooks {
  onSaved?(id: string): void;
  describeError?(error: unknown): string;
}

export function startAutosave(editor: EditorStore, store: CaseStore, hooks: AutosaveHooks = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let savedRevision = editor.getState().revision;
  let running: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const { doc, revision, dragBase } = editor.getState();
    if (!doc || revision === savedRevision || dragBase) return running;
    const stamped = { ...doc, updatedAt: new Date().toISOString() };
    running = running
      .then(async () => {
        // "Saving" is shown only for a save that takes a while; a quick one goes from "changes"
        // to "saved". Why: the frame drawn for that notice fell inside the save itself, and on a
        // large case drawing a frame costs about as much as saving.
        const notice = setTimeout(() => useSaveStatus.setState({ status: 'saving', error: null }), SAVING_NOTICE_DELAY_MS);
        try {
          // Measured for the benchmark (npm run bench): change committed to the store.
          const started = performance.now();
          await store.save(stamped);
          performance.measure('maillage:save', { start: started, end: performance.now() });
        } finally {
          clearTimeout(notice);
        }
      })
      .then(
        () => {
          savedRevision = revision;
          hooks.onSaved?.(stamped.id);
          const latest = editor.getState().revision;
          useSaveStatus.setState({ status: latest === revision ? 'saved' : 'pending', error: null });
        },
        (error: unknown) => {
          useSaveStatus.setState({ status: 'error', error: hooks.describeError?.(error) ?? (error instanceof Error ? error.message : String(error)) });
        },
      );
    return running;
  };

  const unsubscribe = editor.subscribe((state, previous) => {
    if (state.doc?.id !== previous.doc?.id) {
      savedRevision = state.revision;
      return;
    }
    if (state.revision !== previous.revision || (previous.dragBase && !state.dragBase)) {
      useSaveStatus.setState({ status: 'pending', error: null });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    }
  });
  const onBlur = (): void => void flush();
  const onHide = (): void => {
    if (document.visibilityState === 'hidden') void flush();
  };
  activeFlush = flush;
  window.addEventListener('blur', onBlur);
  window.addEventListener('pagehide', onBlur);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    void flush();
    activeFlush = async () => undefined;
    window.removeEventListener('blur', onBlur);
    window.removeEventListener('pagehide', onBlur);
    document.removeEventListener('visibilitychange', onHide);
  };
}
