// Saves the open case as soon as it changes, when the window loses focus, is hidden or is left,
// and before a lock. Saving never blocks typing or dragging: it runs after the change's task, one
// save at a time (changes made meanwhile go in the next one), and a drag is saved once it ends.
// Why at once rather than after a pause: a reload or a crash a fraction of a second after a change
// must find it stored, and the page cannot wait for a save once it is being unloaded.
import { create } from 'zustand';
import type { CaseStore } from '../storage/case-store';
import type { EditorStore } from './editor-store';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

/**
 * `blocked`: a lock or leaving the editor was refused because the last change could not be saved
 * (shown with the error while it lasts).
 */
export const useSaveStatus = create<{ status: SaveStatus; error: string | null; blocked: 'lock' | 'leave' | null }>(() => ({ status: 'saved', error: null, blocked: null }));

/** 0: a save starts once the change's task is over, so that the changes of one task make one save. */
export const AUTOSAVE_DELAY_MS = 0;
/** How long a save may take before "Enregistrement…" is shown. */
export const SAVING_NOTICE_DELAY_MS = 300;

let activeFlush: () => Promise<boolean> = async () => true;
let activeIsSaved: () => boolean = () => true;
/** Everything changed in the open case is stored. */
export function autosaveIsSaved(): boolean {
  return activeIsSaved();
}
/** Saves now whatever is pending (before locking or leaving the editor); false if it could not be saved. */
export function flushAutosave(): Promise<boolean> {
  return activeFlush();
}

export interface AutosaveHooks {
  onSaved?(id: string): void;
  onFailed?(error: unknown): void;
  describeError?(error: unknown, doc: unknown): string;
}

export function startAutosave(editor: EditorStore, store: CaseStore, hooks: AutosaveHooks = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let savedRevision = editor.getState().revision;
  // A case just opened is as stored: no status left over from the one before (or from before a lock).
  useSaveStatus.setState({ status: 'saved', error: null, blocked: null });
  let running: Promise<boolean> = Promise.resolve(true);
  /** A save is already waiting for the running one: it will take the latest document. */
  let queued = false;

  const isSaved = (): boolean => {
    const { doc, revision } = editor.getState();
    return !doc || revision === savedRevision;
  };

  const saveLatest = async (): Promise<boolean> => {
    queued = false;
    const { doc, revision, dragBase } = editor.getState();
    if (!doc || revision === savedRevision || dragBase) return isSaved();
    const stamped = { ...doc, updatedAt: new Date().toISOString() };
    return Promise.resolve()
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
          return latest === revision;
        },
        (error: unknown) => {
          useSaveStatus.setState({ status: 'error', error: hooks.describeError?.(error, stamped) ?? (error instanceof Error ? error.message : String(error)) });
          hooks.onFailed?.(error);
          return false;
        },
      );
  };

  const flush = (): Promise<boolean> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!queued) {
      queued = true;
      running = running.then(saveLatest);
    }
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
  // Leaving the page (closing the window, reloading) while a change is not yet stored: the save is
  // started and the page asks to stay, since it cannot wait for the save once it is unloading.
  const onBeforeUnload = (event: Event): void => {
    if (isSaved()) return;
    void flush();
    event.preventDefault();
  };
  activeFlush = flush;
  activeIsSaved = isSaved;
  window.addEventListener('blur', onBlur);
  window.addEventListener('pagehide', onBlur);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    void flush();
    activeFlush = async () => true;
    activeIsSaved = () => true;
    window.removeEventListener('blur', onBlur);
    window.removeEventListener('pagehide', onBlur);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHide);
  };
}
