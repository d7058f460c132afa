// The app's one vault and the screen it calls for. Locking drops the key, closes the editor and
// forgets every decrypted case.
import { create } from 'zustand';
import { emptyCase } from '../../shared/model/case';
import { Vault, type VaultStatus } from '../storage/vault';
import { editorStore } from '../store/editor-store';

export const vault = new Vault();

export type Screen = { name: 'loading' } | { name: 'create' } | { name: 'recovery-code'; code: string } | { name: 'unlock'; reason?: 'idle' | 'manual' } | { name: 'library' } | { name: 'editor' };

interface SessionState {
  screen: Screen;
  /** The import dialog of the library is open (File › Importer… opens it from any screen). */
  importing: boolean;
  go(screen: Screen): void;
  setImporting(importing: boolean): void;
}

export const useSession = create<SessionState>((set) => ({
  screen: { name: 'loading' },
  importing: false,
  go: (screen) => set({ screen }),
  setImporting: (importing) => set({ importing }),
}));

/** A new empty case, saved, then opened in the editor. */
export async function openNewCase(title: string): Promise<void> {
  const doc = emptyCase(title);
  await vault.save(doc);
  editorStore.getState().open(await vault.load(doc.id));
  useSession.getState().go({ name: 'editor' });
}

export async function initialScreen(status?: VaultStatus): Promise<Screen> {
  const current = status ?? (await vault.status());
  return current === 'absent' ? { name: 'create' } : current === 'locked' ? { name: 'unlock' } : { name: 'library' };
}

/** Runs before locking (the autosave flush): set by the app. */
let beforeLock: () => Promise<void> = async () => undefined;
export function setBeforeLock(run: () => Promise<void>): void {
  beforeLock = run;
}

export async function lockNow(reason: 'idle' | 'manual'): Promise<void> {
  if ((await vault.status()) !== 'unlocked') return;
  // Save what was typed before the key goes.
  await beforeLock().catch(() => undefined);
  editorStore.getState().close();
  vault.lock();
  useSession.getState().go({ name: 'unlock', reason });
}

/** Asks the browser not to evict the vault under storage pressure. */
export function requestPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}
