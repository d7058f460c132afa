import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { diagramIndex } from '../../shared/genogram/diagram-index';
import { layoutCase } from '../../shared/genogram/layout';
import type { CaseNode, NodeKind } from '../../shared/model/nodes';
import { addNode, institution, person, professional } from '../../shared/model/operations';
import type { Position } from '../../shared/model/primitives';
import { Canvas } from '../canvas/Canvas';
import { fitViewOptions } from '../canvas/fit-view';
import { LinkPicker } from '../canvas/LinkPicker';
import type { FlowNode, LinkFlowEdge } from '../canvas/flow-model';
import { useLocaleStore, useT } from '../i18n';
import { FindBox } from '../panels/FindBox';
import { ExportDialog } from '../export/ExportDialog';
import { CommandPalette } from '../panels/CommandPalette';
import { HistoryPanel } from '../panels/HistoryPanel';
import { Inspector } from '../panels/Inspector';
import { SynthesePanel } from '../synthese/SynthesePanel';
import { TopBar } from '../panels/TopBar';
import { printMap } from '../print/print-map';
import { useSaveStatus } from '../store/autosave';
import { editorStore, useEditor } from '../store/editor-store';
import { TimelineLayer, TimelineSidePanel } from '../timeline/TimelineLayer';
import { timelineStore, useTimeline } from '../timeline/timeline-store';
import { CaseLockBanners } from '../vault/CaseLockBanners';
import { setEditorActions } from './commands';

const NEW_NODE = { person, professional, institution } satisfies Record<NodeKind, (fields: { position: Position }) => CaseNode>;

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
  const timelinePanel = useTimeline((s) => s.panel !== null);
  const blocked = useSaveStatus((s) => (s.status === 'error' ? s.blocked : null));

  const organise = useCallback(() => {
    editorStore.getState().apply((doc) => layoutCase(doc));
    // Fit once React Flow has rendered the new positions (a frame is not always enough).
    setTimeout(() => void flow.fitView(fitViewOptions(0.12, { duration: 250 })), 50);
  }, [flow]);

  const togglePresentation = useCallback(() => {
    const entering = !editorStore.getState().view.presentation;
    editorStore.getState().toggleView('presentation', entering);
    // Full screen takes Échap for itself; locked, a short press reaches the app (which clears the
    // focus first, then leaves), a long one still leaves full screen (Chromium's Keyboard Lock).
    if (entering) void document.documentElement.requestFullscreen?.().then(() => (navigator as { keyboard?: { lock?(keys: string[]): Promise<void> } }).keyboard?.lock?.(['Escape'])).catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    setTimeout(() => void flow.fitView(fitViewOptions(0.08, { duration: 200 })), 50);
  }, [flow]);

  const [historyOpen, setHistoryOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [syntheseOpen, setSyntheseOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const doc = useEditor((s) => (exportOpen ? s.doc : null));

  // The Synthèse panel changes the canvas's width: the whole map again, clear of the legend (closed,
  // it used to leave the view where "Qui manque ?" had taken it, under the legend).
  const syntheseWas = useRef(syntheseOpen);
  useEffect(() => {
    if (syntheseWas.current === syntheseOpen) return;
    syntheseWas.current = syntheseOpen;
    const timer = setTimeout(() => void flow.fitView(fitViewOptions(0.12, { duration: 200 })), 50);
    return () => clearTimeout(timer);
  }, [syntheseOpen, flow]);

  /** Where a new element goes: the middle of the view. */
  const viewCentre = useCallback((): Position => {
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = pane ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
    return { x: Math.round(centre.x - 60), y: Math.round(centre.y - 40) };
  }, [flow]);

  /** A new element in the middle of the view, named in place. */
  const addNodeAtCentre = useCallback(
    (kind: NodeKind) => {
      const position = viewCentre();
      editorStore.getState().apply((d) => addNode(d, NEW_NODE[kind]({ position })), { select: 'created', rename: true });
    },
    [viewCentre],
  );

  // Ctrl+P: the map alone, laid out for the paper, not the window.
  const printTheMap = useCallback(() => {
    const doc = editorStore.getState().doc;
    if (doc) printMap(doc, useLocaleStore.getState().locale);
  }, []);

  // What the editor offers to the commands (menu, keys, buttons) while it is on screen.
  useLayoutEffect(() => {
    const zoom = (how: 'in' | 'out' | 'fit') =>
      void (how === 'in' ? flow.zoomIn({ duration: 150 }) : how === 'out' ? flow.zoomOut({ duration: 150 }) : flow.fitView(fitViewOptions(0.15, { duration: 200 })));
    setEditorActions({ zoom, organise, togglePresentation, exitEditor: onExit, openExport: () => setExportOpen(true), toggleSynthese: () => setSyntheseOpen((open) => !open), toggleTimeline: () => timelineStore.getState().toggleBar(), print: printTheMap, addNode: addNodeAtCentre, openPalette: () => setPaletteOpen(true) });
    return () => setEditorActions(null);
  }, [flow, organise, togglePresentation, onExit, addNodeAtCentre, printTheMap]);

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
    const onFullscreen = () => {
      if (!document.fullscreenElement && editorStore.getState().view.presentation) editorStore.getState().toggleView('presentation', false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => document.removeEventListener('fullscreenchange', onFullscreen);
  }, []);

  return (
    <div className={`editor${presentation ? ' is-presentation' : ''}`}>
      {!presentation && (
        <TopBar
          onExit={onExit}
          onHistory={() => {
            timelineStore.getState().showPanel(null);
            setHistoryOpen((open) => !open);
          }}
          historyOpen={historyOpen}
          syntheseOpen={syntheseOpen}
        />
      )}
      <div className={`editor-body${syntheseOpen && !presentation ? ' has-synthese' : ''}`}>
        {syntheseOpen && !presentation && <SynthesePanel onClose={() => setSyntheseOpen(false)} />}
        <Canvas />
        {!presentation && (timelinePanel ? <TimelineSidePanel /> : historyOpen ? <HistoryPanel onClose={() => setHistoryOpen(false)} /> : <Inspector />)}
        <TimelineLayer onSnapshots={() => setHistoryOpen(true)} />
        {/* Over the canvas, whatever the height of the top bar. */}
        <div className="editor-notices">
          {saveError && (
            <div className="save-error-banner" role="alert">
              {blocked && <strong>{t(blocked === 'lock' ? 'lock.refused' : 'leave.refused')} </strong>}
              {saveError}
            </div>
          )}
          <CaseLockBanners />
        </div>
      </div>
      {linking && <LinkPicker />}
      {findOpen && <FindBox />}
      {exportOpen && doc && <ExportDialog doc={doc} onClose={() => setExportOpen(false)} />}
      {paletteOpen && <CommandPalette centre={viewCentre} onClose={() => setPaletteOpen(false)} />}
      {presentation && (
        <button type="button" className="button presentation-exit" onClick={togglePresentation}>
          {t('editor.exitPresentation')}
        </button>
      )}
    </div>
  );
}
