import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { diagramIndex } from '../../shared/genogram/diagram-index';
import { layoutCase } from '../../shared/genogram/layout';
import { Canvas } from '../canvas/Canvas';
import { fitViewOptions } from '../canvas/fit-view';
import type { FlowNode, LinkFlowEdge } from '../canvas/flow-model';
import { useT } from '../i18n';
import { FindBox } from '../panels/FindBox';
import { isModalOpen } from '../dialogs/ModalDialog';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryPanel } from '../panels/HistoryPanel';
import { Inspector } from '../panels/Inspector';
import { ShortcutsDialog } from '../panels/ShortcutsDialog';
import { SynthesePanel } from '../synthese/SynthesePanel';
import { TopBar } from '../panels/TopBar';
import { getPlatform } from '../platform';
import { useSaveStatus } from '../store/autosave';
import { editorStore, useEditor } from '../store/editor-store';
import { commandForKey, runCommand, type CommandContext } from './commands';

/** Below this zoom labels get hard to read from the back of a room: follow the new node instead. */
const MIN_AUTO_FIT_ZOOM = 0.55;

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
  const saveError = useSaveStatus((s) => (s.status === 'error' ? s.error : null));

  const organise = useCallback(() => {
    editorStore.getState().apply((doc) => layoutCase(doc));
    // Fit once React Flow has rendered the new positions (a frame is not always enough).
    setTimeout(() => void flow.fitView(fitViewOptions(0.12, { duration: 250 })), 50);
  }, [flow]);

  const togglePresentation = useCallback(() => {
    const entering = !editorStore.getState().view.presentation;
    editorStore.getState().toggleView('presentation', entering);
    if (entering) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    setTimeout(() => void flow.fitView(fitViewOptions(0.08, { duration: 200 })), 50);
  }, [flow]);

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [syntheseOpen, setSyntheseOpen] = useState(false);
  const toggleSynthese = useCallback(() => setSyntheseOpen((open) => !open), []);
  const openExport = useCallback(() => setExportOpen(true), []);
  const doc = useEditor((s) => (exportOpen ? s.doc : null));
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const context = useRef<CommandContext>({ flow: null, organise, togglePresentation, exitEditor: onExit, showShortcuts, openExport, toggleSynthese });
  useLayoutEffect(() => {
    context.current = { flow, organise, togglePresentation, exitEditor: onExit, showShortcuts, openExport, toggleSynthese };
  }, [flow, organise, togglePresentation, onExit, showShortcuts, openExport, toggleSynthese]);

  // A node just created (and being named) that landed outside the view: while the diagram is small
  // enough, the whole of it is fitted (everyone in the room keeps seeing everything); beyond that,
  // the view moves to the new node.
  useEffect(
    () =>
      editorStore.subscribe((state, previous) => {
        if (!state.renaming || state.renaming === previous.renaming || !state.doc) return;
        const box = diagramIndex(state.doc).boxes.get(state.renaming);
        const pane = document.querySelector('.canvas')?.getBoundingClientRect();
        if (!box || !pane) return;
        const isVisible = (): boolean => {
          const topLeft = flow.flowToScreenPosition({ x: box.x, y: box.y - 60 });
          const bottomRight = flow.flowToScreenPosition({ x: box.x + box.width, y: box.y + box.height });
          return topLeft.x >= pane.left && topLeft.y >= pane.top && bottomRight.x <= pane.right && bottomRight.y <= pane.bottom;
        };
        if (isVisible()) return;
        void flow.fitView(fitViewOptions(0.12, { maxZoom: 1.2, minZoom: MIN_AUTO_FIT_ZOOM, duration: 0 })).then(() => {
          if (!isVisible()) void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: flow.getZoom(), duration: 0 });
        });
      }),
    [flow],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog is open: its keys are its own, nothing acts behind it.
      if (isModalOpen()) return;
      const command = commandForKey(event);
      if (command && runCommand(command, context.current, event.shiftKey)) event.preventDefault();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement && editorStore.getState().view.presentation) editorStore.getState().toggleView('presentation', false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    const stopMenu = getPlatform().onMenuCommand((command) => !isModalOpen() && runCommand(command, context.current));
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      stopMenu();
    };
  }, []);

  return (
    <div className={`editor${presentation ? ' is-presentation' : ''}`}>
      {!presentation && <TopBar onExit={onExit} onCommand={(command) => runCommand(command, context.current)} onHistory={() => setHistoryOpen((open) => !open)} historyOpen={historyOpen} syntheseOpen={syntheseOpen} />}
      <div className={`editor-body${syntheseOpen && !presentation ? ' has-synthese' : ''}`}>
        {syntheseOpen && !presentation && <SynthesePanel onClose={() => setSyntheseOpen(false)} />}
        <Canvas />
        {!presentation && (historyOpen ? <HistoryPanel onClose={() => setHistoryOpen(false)} /> : <Inspector />)}
      </div>
      {linking && <div className="linking-banner" role="status">{t('editor.linkingHint')}</div>}
      {saveError && (
        <div className="save-error-banner" role="alert">
          {saveError}
        </div>
      )}
      {findOpen && <FindBox />}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {exportOpen && doc && <ExportDialog doc={doc} onClose={() => setExportOpen(false)} />}
      {presentation && (
        <button type="button" className="button presentation-exit" onClick={togglePresentation}>
          {t('editor.exitPresentation')}
        </button>
      )}
    </div>
  );
}
