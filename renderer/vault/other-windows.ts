// Several windows (or tabs) on the same vault: each tells the others what it saved, and a window
// showing that case without unsaved changes of its own reloads it. With unsaved changes it keeps
// them; its next save will not overwrite the other window's (see Vault.save).
import { useSaveStatus } from '../store/autosave';
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
  const onMessage = (event: MessageEvent<{ type?: string; id?: string }>) => {
    const open = editorStore.getState().doc;
    if (event.data?.type !== 'case-saved' || !open || event.data.id !== open.id) return;
    if (useSaveStatus.getState().status !== 'saved' || editorStore.getState().dragBase) return;
    void vault.load(open.id).then((doc) => {
      if (editorStore.getState().doc?.id === doc.id) editorStore.getState().open(doc);
    }, () => undefined);
  };
  bus.addEventListener('message', onMessage);
  return () => bus.removeEventListener('message', onMessage);
}
