import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type NodeMouseHandler,
  type Viewport,
} from '@xyflow/react';
import type { Id, Position } from '../../shared/model/primitives';
import { linkBetween } from '../../shared/model/operations';
import { referenceYearOf } from '../../shared/model/case';
import { useLocaleStore, useT } from '../i18n';
import { SymbolSettingsContext } from './nodes/use-symbol-options';
import { editorStore, useEditor } from '../store/editor-store';
import { ContextActions } from './ContextActions';
import { finishLinking } from './LinkPicker';
import { LinkEdge, LinkGeometryContext } from './edges/LinkEdge';
import { LinkGeometryHub } from './edges/link-geometry';
import { MovingLayer } from './edges/MovingLayer';
import { LinkRouter } from '../../shared/genogram/routing';
import { loadAvoid } from './router';
import { fittedViewport } from './fit-view';
import { FlowModelCache, type FlowNode, type LinkFlowEdge } from './flow-model';
import { HouseholdNodeView } from './nodes/HouseholdNodeView';
import { InstitutionNodeView } from './nodes/InstitutionNodeView';
import { PersonNodeView } from './nodes/PersonNodeView';
import { ProfessionalNodeView } from './nodes/ProfessionalNodeView';
import { FocusLayer } from './FocusLayer';
import { LegendPanel } from './LegendPanel';
import { CANVAS_DESCRIPTION_ID } from '../timeline/CanvasDescription';

// Defined once: React Flow warns (and re-mounts every node) if these objects change.
const nodeTypes = {
  person: PersonNodeView,
  professional: ProfessionalNodeView,
  institution: InstitutionNodeView,
  household: HouseholdNodeView,
};
const edgeTypes = { link: LinkEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const MIN_ZOOM = 0.1;

function applySelection(current: ReadonlySet<Id>, changes: ReadonlyArray<NodeChange<FlowNode> | EdgeChange<LinkFlowEdge>>): Set<Id> | null {
  let next: Set<Id> | null = null;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    next ??= new Set(current);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next;
}

export function Canvas() {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const linking = useEditor((s) => s.linkingFrom !== null);
  const showMinimap = useEditor((s) => s.view.minimap);
  const locale = useLocaleStore((s) => s.locale);
  const referenceYear = useEditor((s) => (s.doc ? referenceYearOf(s.doc) : new Date().getFullYear()));
  const large = useEditor((s) => s.view.presentation);
  const renaming = useEditor((s) => s.renaming);
  const readOnly = useEditor((s) => s.readOnly);
  const symbolSettings = useMemo(() => ({ locale, referenceYear, large, renaming }), [locale, referenceYear, large, renaming]);
  const [cache] = useState(() => new FlowModelCache());
  const [linkGeometry] = useState(() => new LinkGeometryHub(editorStore));
  // The case opens fitted to the canvas, whose size is read before React Flow is first drawn (see
  // fittedViewport). Made once: React Flow copies each changed prop into its store, and every node
  // and edge hears about it.
  const container = useRef<HTMLDivElement>(null);
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const box = container.current?.getBoundingClientRect();
    setInitialViewport(fittedViewport(box?.width ?? 0, box?.height ?? 0, 0.15, { min: MIN_ZOOM, max: 1.2 }));
  }, []);
  useEffect(() => linkGeometry.connect(), [linkGeometry]);
  // Links are drawn straight until libavoid has loaded (after the first paint), then routed.
  useEffect(() => {
    let cancelled = false;
    void loadAvoid().then(
      (avoid) => {
        if (!cancelled) linkGeometry.setRouter(new LinkRouter(avoid, locale));
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [linkGeometry, locale]);
  const dragging = useEditor((s) => s.dragBase !== null);
  const nodes = useMemo(() => (doc ? cache.flowNodes(doc, selection, dragging) : []), [cache, doc, selection, dragging]);
  // Why keyed on the links, not the document: React Flow rebuilds its connection lookup whenever
  // the edges array changes, and a drag changes the document at every step but never its links.
  const links = doc?.links;
  const edges = useMemo(() => (doc ? cache.flowEdges(doc, selection) : []), [cache, links, selection]); // eslint-disable-line react-hooks/exhaustive-deps

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const store = editorStore.getState();
    const positions = new Map<Id, Position>();
    let dragging = false;
    let dragEnded = false;
    for (const change of changes) {
      if (change.type !== 'position') continue;
      if (change.position) positions.set(change.id, change.position);
      if (change.dragging) dragging = true;
      else dragEnded = true;
    }
    if (positions.size && dragging) {
      store.beginDrag();
      store.dragTo(positions);
    }
    if (dragEnded) store.endDrag();
    const selected = applySelection(store.selection, changes);
    if (selected) store.select(selected);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<LinkFlowEdge>[]) => {
    const store = editorStore.getState();
    const selected = applySelection(store.selection, changes);
    if (selected) store.select(selected);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    editorStore.getState().apply((d) => linkBetween(d, connection.source, connection.target), { select: 'created' });
  }, []);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((_event, node) => {
    finishLinking(node.id);
  }, []);

  const onNodeDoubleClick: NodeMouseHandler<FlowNode> = useCallback((_event, node) => {
    if (node.type !== 'household') editorStore.getState().startRenaming(node.id);
  }, []);

  const onPaneClick = useCallback(() => {
    editorStore.getState().startLinking(null);
  }, []);

  return (
    <div className={`canvas${linking ? ' is-linking' : ''}`} data-testid="canvas" ref={container} role="region" aria-label={t('narrative.canvasLabel')} aria-describedby={CANVAS_DESCRIPTION_ID}>
      <SymbolSettingsContext.Provider value={symbolSettings}>
      <LinkGeometryContext.Provider value={linkGeometry}>
        {initialViewport && <ReactFlow<FlowNode, LinkFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onNodeClick={onNodeClick}
          onNodeDoubleClick={onNodeDoubleClick}
          onPaneClick={onPaneClick}
          connectionMode={ConnectionMode.Loose}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          zoomOnDoubleClick={false}
          minZoom={MIN_ZOOM}
          maxZoom={4}
          defaultViewport={initialViewport}
          connectionRadius={40}
          elevateNodesOnSelect={false}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#d6d1c7" />
          {showMinimap && <MiniMap pannable zoomable ariaLabel={t('command.toggle-minimap')} nodeStrokeWidth={3} />}
          <LegendPanel />
          <ContextActions />
          <MovingLayer />
        </ReactFlow>}
        <FocusLayer container={container} />
      </LinkGeometryContext.Provider>
      </SymbolSettingsContext.Provider>
    </div>
  );
}
