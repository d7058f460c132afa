import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { layoutCase } from '../../shared/genogram/layout';
import { Canvas } from '../canvas/Canvas';
import type { FlowNode, LinkFlowEdge } from '../canvas/flow-model';
import { useT } from '../i18n';
import { FindBox } from '../panels/FindBox';
import { Inspector } from '../panels/Inspector';
import { TopBar } from '../panels/TopBar';
import { getPlatform } from '../platform';
import { editorStore, useEditor } from '../store/editor-store';
import { commandForKey, runCommand, type CommandContext } from './commands';

export function Editor({ onExit }: { onExit(): void }) {
  return (
    <ReactFlowProvider>
      <EditorWorkspace onExit={onExit} />
    </ReactFlowProvider>
  );
}

function EditorWorkspace({ onExit }: { onExit(): void }) {
  const t = useT();
  const flow = useReactFlow<FlowNode, LinkFlowEdge>();
  const presentation = useEditor((s) => s.view.presentation);
  const linking = useEditor((s) => s.linkingFrom !== null);
  const findOpen = useEditor((s) => s.view.find);

  const organise = useCallback(() => {
    editorStore.getState().apply((doc) => layoutCase(doc));
    // Let React Flow measure the new positions before fitting.
    requestAnimationFrame(() => void flow.fitView({ padding: 0.15, duration: 300 }));
  }, [flow]);

  const togglePresentation = useCallback(() => {
    const entering = !editorStore.getState().view.presentation;
    editorStore.getState().toggleView('presentation', entering);
    if (entering) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    requestAnimationFrame(() => void flow.fitView({ padding: 0.08, duration: 200 }));
  }, [flow]);

  const context = useRef<CommandContext>({ flow: null, organise, togglePresentation, exitEditor: onExit });
  useLayoutEffect(() => {
    context.current = { flow, organise, togglePresentation, exitEditor: onExit };
  }, [flow, organise, togglePresentation, onExit]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (command && runCommand(command, context.current, event.shiftKey)) event.preventDefault();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement && editorStore.getState().view.presentation) editorStore.getState().toggleView('presentation', false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    const stopMenu = getPlatform().onMenuCommand((command) => runCommand(command, context.current));
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      stopMenu();
    };
  }, []);

  return (
    <div className={`editor${presentation ? ' is-presentation' : ''}`}>
      {!presentation && <TopBar onExit={onExit} onCommand={(command) => runCommand(command, context.current)} />}
      <div className="editor-body">
        <Canvas />
        {!presentation && <Inspector />}
      </div>
      {linking && <div className="linking-banner" role="status">{t('editor.linkingHint')}</div>}
      {findOpen && <FindBox />}
      {presentation && (
        <button type="button" className="button presentation-exit" onClick={togglePresentation}>
          {t('editor.exitPresentation')}
        </button>
      )}
    </div>
  );
}
