// One editor per case. A window edits a case only while it holds that case's Web Lock
// (navigator.locks: one origin, so every window and tab of the app, in Electron as in the browser).
// A second window opens the case read-only, follows the saves of the first (other-windows.ts) and
// waits for the lock: when the first closes the case, it becomes the editor. "Modifier ici" takes
// the lock over. A window that loses its lock with work not yet stored goes on in a copy, visibly;
// one with everything stored becomes the read-only one.
import { create } from 'zustand';
import type { Id } from '../../shared/model/primitives';
import { autosaveIsSaved } from '../store/autosave';
import { editorStore } from '../store/editor-store';
import { vault } from './vault-session';

export type EditMode = 'editing' | 'read-only' | 'opening';

interface CaseLockState {
  mode: EditMode;
  /** Set when this window's work went on in a copy: the copy's title, until dismissed. */
  copiedTo: string | null;
}

export const useCaseLock = create<CaseLockState>(() => ({ mode: 'opening', copiedTo: null }));

const lockName = (id: Id): string => `maillage-case:${id}`;

interface Held {
  id: Id;
  release(): void;
  /** Aborts the request while it waits (read-only window leaving the case). */
  abort: AbortController;
}

let current: Held | null = null;

function setMode(mode: EditMode): void {
  useCaseLock.setState({ mode });
  editorStore.getState().setReadOnly(mode !== 'editing');
}

/**
 * Asks for the lock of `id`. Resolves true when granted, false when `ifAvailable` and someone
 * else holds it. While waiting (neither option), resolves once granted.
 */
function request(id: Id, options: { ifAvailable?: boolean; steal?: boolean }): Promise<boolean> {
  const locks = navigator.locks;
  const abort = new AbortController();
  let release = (): void => undefined;
  const holding = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: Held = { id, release, abort };
  current?.release();
  current?.abort.abort();
  current = held;
  return new Promise<boolean>((resolve) => {
    locks
      .request(lockName(id), { ...options, ...(options.ifAvailable || options.steal ? {} : { signal: abort.signal }) }, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        resolve(true);
        // Held until release(): the lock goes with the promise.
        return holding;
      })
      .catch((error: unknown) => {
        resolve(false);
        // Aborted by us (the window left the case) or stolen by another window.
        if (current !== held || abort.signal.aborted) return;
        if ((error as { name?: string } | null)?.name === 'AbortError') void lost(id);
      });
  });
}

/** Holds the lock of the case open in the editor; read-only (and waiting for it) when another window has it. */
export async function holdCase(id: Id): Promise<void> {
  if (current?.id === id && useCaseLock.getState().mode !== 'opening') return;
  if (!navigator.locks) {
    // No Web Locks (an old engine): the stored-version check in Vault.save is the only guard.
    setMode('editing');
    return;
  }
  setMode('opening');
  if (await request(id, { ifAvailable: true })) {
    setMode('editing');
    return;
  }
  setMode('read-only');
  void waitFor(id);
}

async function waitFor(id: Id): Promise<void> {
  if (!(await request(id, {}))) return;
  if (editorStore.getState().doc?.id !== id) return current?.release();
  await becomeEditor(id);
}

/** The lock is ours: the case as stored now, then editing. */
async function becomeEditor(id: Id): Promise<void> {
  try {
    const doc = await vault.load(id);
    if (editorStore.getState().doc?.id !== id) return;
    editorStore.getState().follow(doc);
    setMode('editing');
  } catch {
    // Unreadable now: stay read-only rather than edit what cannot be stored.
    setMode('read-only');
  }
}

/** "Modifier ici": takes the case from the window editing it (which goes on in a copy if it must). */
export async function takeOver(id: Id): Promise<void> {
  if (!navigator.locks) return;
  await request(id, { steal: true });
  await becomeEditor(id);
}

async function lost(id: Id): Promise<void> {
  const editor = editorStore.getState();
  if (editor.doc?.id !== id) return;
  if (autosaveIsSaved()) {
    // Everything is stored: this window simply follows the one that took the case.
    setMode('read-only');
    void waitFor(id);
    return;
  }
  // Work not yet stored must not go over what the other window now edits: it goes on in a copy.
  const copy = vault.copyOf(editor.doc);
  continueInCopy(copy.id, copy.title);
}

/** Goes on editing under `copyId` (made by Vault.save after a conflict, or new here), and says so. */
export function continueInCopy(copyId: Id, copyTitle: string): void {
  editorStore.getState().switchTo(copyId, copyTitle);
  useCaseLock.setState({ copiedTo: copyTitle });
  // A new id: nobody else can hold it, and editing goes on without a pause.
  if (navigator.locks) void request(copyId, { ifAvailable: true });
  setMode('editing');
}

/** The editor closes the case (leaving it, locking): the lock goes. */
export function releaseCase(): void {
  current?.release();
  current?.abort.abort();
  current = null;
  useCaseLock.setState({ mode: 'opening', copiedTo: null });
  editorStore.getState().setReadOnly(false);
}
