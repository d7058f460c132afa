import { useEffect, useState } from 'react';
import { translate } from '../../shared/i18n/messages';
import { AboutDialog } from '../dialogs/AboutDialog';
import { isModalOpen } from '../dialogs/ModalDialog';
import { useLocaleStore } from '../i18n';
import { ShortcutsDialog } from '../panels/ShortcutsDialog';
import { startAutosave, flushAutosave, useSaveStatus } from '../store/autosave';
import { editorStore, useEditor } from '../store/editor-store';
import { SaveConflictError } from '../storage/vault';
import { continueInCopy, holdCase, releaseCase } from '../vault/case-lock';
import { CreateVaultScreen, RecoveryCodeScreen } from '../vault/CreateVaultScreen';
import { watchIdle, useIdleSetting } from '../vault/idle-lock';
import { LibraryScreen } from '../vault/LibraryScreen';
import { UnlockScreen } from '../vault/UnlockScreen';
import { RepairNotice } from '../vault/RepairView';
import { initialScreen, lockNow, openNewCase, setBeforeLock, useSession, vault } from '../vault/vault-session';
import { announceLock, announceSaved, listenForLock, listenToOtherWindows } from '../vault/other-windows';
import { describeSaveError } from '../vault/save-errors';
import { getPlatform } from '../platform';
import { currentContext, handleKeyDown, handleLockKey, runCommand, setAppActions } from './commands';
import { Editor } from './Editor';

/**
 * Leaves the editor for the library once what was typed is saved. A change that could not be
 * saved keeps the editor open, with the error (false).
 */
async function leaveEditor(): Promise<boolean> {
  if (!(await flushAutosave())) {
    useSaveStatus.setState({ blocked: 'leave' });
    return false;
  }
  useSaveStatus.setState({ blocked: null });
  editorStore.getState().close();
  useSession.getState().go({ name: 'library' });
  return true;
}

export function App() {
  const screen = useSession((s) => s.screen);
  const go = useSession((s) => s.go);
  // A new case opened from the editor starts a fresh editor (its own view, fitted).
  const caseId = useEditor((s) => s.doc?.id);
  const [dialog, setDialog] = useState<'about' | 'shortcuts' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void initialScreen().then(go);
  }, [go]);

  // Autosave to the vault while the editor is open; flushed before any lock.
  useEffect(() => {
    if (screen.name !== 'editor') return;
    const stop = startAutosave(editorStore, vault, {
      onSaved: announceSaved,
      describeError: describeSaveError,
      // The case changed elsewhere all the same (a lock lost): Vault.save kept this version in a copy, where editing goes on.
      onFailed: (error) => error instanceof SaveConflictError && error.copyId !== null && continueInCopy(error.copyId, error.copyTitle),
    });
    setBeforeLock(flushAutosave);
    const stopListening = listenToOtherWindows();
    return () => {
      stop();
      stopListening();
      releaseCase();
    };
  }, [screen.name]);

  // One editor per case: this window edits the open case only while it holds its lock.
  const editing = screen.name === 'editor';
  useEffect(() => {
    if (caseId && editing) void holdCase(caseId);
  }, [caseId, editing]);

  // Once the vault is open: the idle lock, the keys and the desktop menu's commands.
  const unlocked = screen.name === 'library' || screen.name === 'editor';
  useEffect(() => {
    if (!unlocked) return;
    const fail = (e: unknown) => setFailure(e instanceof Error ? e.message : String(e));
    setAppActions({
      newCase: () => {
        const title = translate(useLocaleStore.getState().locale, 'start.newCase');
        void (useSession.getState().screen.name === 'editor' ? leaveEditor() : Promise.resolve(true)).then((left) => (left ? openNewCase(title) : undefined)).catch(fail);
      },
      importFile: () => {
        void (useSession.getState().screen.name === 'editor' ? leaveEditor() : Promise.resolve(true)).then((left) => left && useSession.getState().setImporting(true), fail);
      },
      lock: () => {
        announceLock();
        void lockNow('manual');
      },
      showAbout: () => setDialog('about'),
      showShortcuts: () => setDialog('shortcuts'),
    });
    const stop = watchIdle(() => useIdleSetting.getState().minutes * 60_000, () => void lockNow('idle'));
    window.addEventListener('keydown', handleLockKey, { capture: true });
    window.addEventListener('keydown', handleKeyDown);
    const stopLockListening = listenForLock(() => void lockNow('manual'));
    const stopMenu = getPlatform().onMenuCommand((command) => !isModalOpen() && runCommand(command, currentContext()));
    return () => {
      setAppActions(null);
      setDialog(null);
      stop();
      stopMenu();
      window.removeEventListener('keydown', handleKeyDown);
      window.removeEventListener('keydown', handleLockKey, { capture: true });
      stopLockListening();
    };
  }, [unlocked]);

  return (
    <>
      <Screen screen={screen} caseId={caseId} />
      {failure && (
        <p className="form-error app-failure" role="alert" onClick={() => setFailure(null)}>
          {failure}
        </p>
      )}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      <RepairNotice />
    </>
  );
}

function Screen({ screen, caseId }: { screen: ReturnType<typeof useSession.getState>['screen']; caseId: string | undefined }) {
  switch (screen.name) {
    case 'loading':
      return <main className="vault-screen" aria-busy="true" />;
    case 'create':
      return <CreateVaultScreen />;
    case 'recovery-code':
      return <RecoveryCodeScreen code={screen.code} />;
    case 'unlock':
      return <UnlockScreen reason={screen.reason} />;
    case 'library':
      return <LibraryScreen />;
    case 'editor':
      return <Editor key={caseId} onExit={() => void leaveEditor()} />;
  }
}
