import { useEffect } from 'react';
import { startAutosave, flushAutosave } from '../store/autosave';
import { editorStore } from '../store/editor-store';
import { CreateVaultScreen, RecoveryCodeScreen } from '../vault/CreateVaultScreen';
import { watchIdle, useIdleSetting } from '../vault/idle-lock';
import { LibraryScreen } from '../vault/LibraryScreen';
import { UnlockScreen } from '../vault/UnlockScreen';
import { initialScreen, lockNow, setBeforeLock, useSession, vault } from '../vault/vault-session';
import { announceSaved, listenToOtherWindows } from '../vault/other-windows';
import { describeSaveError } from '../vault/save-errors';
import { getPlatform } from '../platform';
import { Editor } from './Editor';

export function App() {
  const screen = useSession((s) => s.screen);
  const go = useSession((s) => s.go);

  useEffect(() => {
    void initialScreen().then(go);
  }, [go]);

  // Autosave to the vault while the editor is open; flushed before any lock.
  useEffect(() => {
    if (screen.name !== 'editor') return;
    const stop = startAutosave(editorStore, vault, { onSaved: announceSaved, describeError: describeSaveError });
    setBeforeLock(flushAutosave);
    const stopListening = listenToOtherWindows();
    return () => {
      stop();
      stopListening();
    };
  }, [screen.name]);

  // Idle lock, whenever the vault is open.
  const unlocked = screen.name === 'library' || screen.name === 'editor';
  useEffect(() => {
    if (!unlocked) return;
    const stop = watchIdle(() => useIdleSetting.getState().minutes * 60_000, () => void lockNow('idle'));
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l' && !event.shiftKey) {
        event.preventDefault();
        void lockNow('manual');
      }
    };
    window.addEventListener('keydown', onKey);
    // The desktop menu's "Verrouiller" (the editor handles the document commands).
    const stopMenu = getPlatform().onMenuCommand((command) => {
      if (command === 'lock') void lockNow('manual');
    });
    return () => {
      stop();
      stopMenu();
      window.removeEventListener('keydown', onKey);
    };
  }, [unlocked]);

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
      return (
        <Editor
          onExit={() => {
            void flushAutosave().finally(() => {
              editorStore.getState().close();
              go({ name: 'library' });
            });
          }}
        />
      );
  }
}
