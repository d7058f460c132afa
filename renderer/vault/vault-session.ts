// The app's one vault and the screen it calls for. Locking drops the key, closes the editor and
// forgets every decrypted case.
import { forgetExportChoices } from '../export/export-memory';
import { create } from 'zustand';
import { translate } from '../../shared/i18n/messages';
import { useLocaleStore } from '../i18n';
import { emptyCase } from '../../shared/model/case';
import type { Repair } from '../../shared/model/restore';
import { Vault, type VaultStatus } from '../storage/vault';
import { useSaveStatus } from '../store/autosave';
import { editorStore } from '../store/editor-store';

export const vault = new Vault();
vault.copyTitles = {
  otherWindow: (title) => translate(useLocaleStore.getState().locale, 'copy.otherWindow', { title }),
  imported: (title) => translate(useLocaleStore.getState().locale, 'copy.imported', { title }),
};

export type Screen = { name: 'loading' } | { name: 'create' } | { name: 'recovery-code'; code: string } | { name: 'unlock'; reason?: 'idle' | 'manual' } | { name: 'library' } | { name: 'editor' };

/** What restoreCase repaired as a case opened, or as cases were imported: said once, then dismissed. */
export interface RepairReport {
  kind: 'opened' | 'imported';
  cases: Array<{ title: string; repairs: Repair[] }>;
}

interface SessionState {
  screen: Screen;
  repaired: RepairReport | null;
  /** The import dialog of the library is open (File › Importer… opens it from any screen). */
  importing: boolean;
  go(screen: Screen): void;
  setImporting(importing: boolean): void;
  setRepaired(report: RepairReport | null): void;
}

export const useSession = create<SessionState>((set) => ({
  screen: { name: 'loading' },
  importing: false,
  repaired: null,
  go: (screen) => set({ screen }),
  setImporting: (importing) => set({ importing }),
  setRepaired: (report) => {
    // Only the cases something was repaired in: a report of nothing is no report.
    const cases = report?.cases.filter((c) => c.repairs.length > 0) ?? [];
    set({ repaired: report && cases.length ? { ...report, cases } : null });
  },
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

/** Runs before locking (the autosave flush, true once everything is saved): set by the app. */
let beforeLock: () => Promise<boolean> = async () => true;
export function setBeforeLock(run: () => Promise<boolean>): void {
  beforeLock = run;
}

/**
 * Locks, once what was changed is saved. A change that could not be saved is kept, sealed, in a
 * recovery record offered at the next unlock; if even that cannot be written, the vault stays
 * open with the error on screen (returns false): a lock never drops a change.
 */
export async function lockNow(reason: 'idle' | 'manual'): Promise<boolean> {
  // What is being typed is committed first, as leaving the field does (the name typed in place is
  // then read as name, role, institution): the save below takes it.
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body) focused.blur();
  if ((await vault.status()) !== 'unlocked') return true;
  const saved = await beforeLock().catch(() => false);
  const doc = editorStore.getState().doc;
  if (!saved && doc) {
    const kept = await vault.keepPending(doc).then(
      () => true,
      () => false,
    );
    if (!kept) {
      useSaveStatus.setState({ blocked: 'lock' });
      return false;
    }
  }
  useSaveStatus.setState({ blocked: null });
  editorStore.getState().forget();
  forgetExportChoices();
  vault.lock();
  // The repair notice names people of a case: it goes with everything else decrypted.
  useSession.getState().setRepaired(null);
  useSession.getState().go({ name: 'unlock', reason });
  return true;
}

/** Asks the browser not to evict the vault under storage pressure. */
export function requestPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}
