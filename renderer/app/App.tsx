import { useEffect, useState } from 'react';
import { emptyCase } from '../../shared/model/case';
import { laurentExample } from '../../shared/examples/laurent';
import { translate } from '../../shared/i18n/messages';
import { useLocaleStore } from '../i18n';
import { startAutosave } from '../store/autosave';
import { editorStore } from '../store/editor-store';
import { InMemoryCaseStore, type CaseStore } from '../storage/case-store';
import { Editor } from './Editor';
import { StartScreen } from './StartScreen';

// Until the encrypted vault exists (issue 4), cases live in memory for the session only.
const caseStore: CaseStore = new InMemoryCaseStore();

export function App() {
  const [screen, setScreen] = useState<'start' | 'editor'>('start');

  useEffect(() => {
    if (screen !== 'editor') return;
    return startAutosave(editorStore, caseStore);
  }, [screen]);

  const open = (which: 'new' | 'example') => {
    const locale = useLocaleStore.getState().locale;
    editorStore.getState().open(which === 'example' ? laurentExample() : emptyCase(translate(locale, 'start.newCase')));
    setScreen('editor');
  };

  if (screen === 'editor') {
    return (
      <Editor
        onExit={() => {
          editorStore.getState().close();
          setScreen('start');
        }}
      />
    );
  }
  return <StartScreen onNewCase={() => open('new')} onOpenExample={() => open('example')} />;
}
