// Several windows (or tabs) on the same vault: each tells the others what it saved. A window
// showing that case read-only (another window edits it, see case-lock.ts) shows the new version at
// once. A window editing the case holds its lock, so no other window saves it. A lock asked for in
// one window locks them all.
import { editorStore } from '../store/editor-store';
import { vault } from './vault-session';

const CHANNEL = 'maillage-vault';
let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

/** Only an id crosses the channel: never a title or a name. */
export function announceSaved(id: string): void {
  getChannel()?.postMessage({ type: 'case-saved', id });
}

export function listenToOtherWindows(): () => void {
  const bus = getChannel();
  if (!bus) return () => undefined;
  // Loads one after the other, the latest last: two saves in quick succession never show out of order.
  let following: Promise<void> = Promise.resolve();
  const onMessage = (event: MessageEvent<{ type?: string; id?: string }>) => {
    const { doc, readOnly } = editorStore.getState();
    if (event.data?.type !== 'case-saved' || !doc || event.data.id !== doc.id || !readOnly) return;
    const id = doc.id;
    following = following.then(() =>
      vault.load(id).then(
        (stored) => {
          const now = editorStore.getState();
          if (now.doc?.id === id && now.readOnly) now.follow(stored);
        },
        () => undefined,
      ),
    );
  };
  bus.addEventListener('message', onMessage);
  return () => bus.removeEventListener('message', onMessage);
}

/**
 * A lock asked for in one window (Ctrl+L, the menu) locks every window of the vault: no case stays
 * on screen behind another tab. The idle lock is each window's own (a hidden tab must not lock the
 * one in use).
 */
export function announceLock(): void {
  getChannel()?.postMessage({ type: 'lock' });
}

export function listenForLock(lock: () => void): () => void {
  const bus = getChannel();
  if (!bus) return () => undefined;
  const onMessage = (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'lock') lock();
  };
  bus.addEventListener('message', onMessage);
  return () => bus.removeEventListener('message', onMessage);
}
