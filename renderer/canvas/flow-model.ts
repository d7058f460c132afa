// Turns the case into React Flow's nodes and edges. React Flow re-renders a node only when its
// object changes, so each flow node is cached against the model node it came from: a drag step
// that moves one node yields one new flow object, not a thousand.
// Every flow node also carries `measured` (its box, which is also its drawn size). Why: React Flow
// drops the handle positions of a node object it has not seen unless `measured` is set, so at every
// drag step the moved node's links vanished, its handles were measured again from the DOM (a forced
// layout) and the links were mounted anew. Every node also carries its `handles` (see
// symbolHandles; a household's are hidden but where React Flow would find them): with both, React
// Flow has nothing to measure once a case is on screen. Why: measuring the households alone made
// it update its store, and every node and link render again, just after a case opened.
import type { Edge, Node } from '@xyflow/react';
import { diagramIndex, householdOutlinePoints } from '../../shared/genogram/diagram-index';
import { householdCaption } from '../../shared/render/diagram';
import type { CaseDocument } from '../../shared/model/case';
import type { Household } from '../../shared/model/household';
import { linkEnds, type CaseLink } from '../../shared/model/links';
import type { CaseNode, InstitutionNode, PersonNode, ProfessionalNode } from '../../shared/model/nodes';
import type { Id, Position } from '../../shared/model/primitives';
import { symbolHandles } from './nodes/handles';

export type PersonFlowNode = Node<{ node: PersonNode }, 'person'>;
export type ProfessionalFlowNode = Node<{ node: ProfessionalNode }, 'professional'>;
export type InstitutionFlowNode = Node<{ node: InstitutionNode }, 'institution'>;
/** `caption`: where the household's tab goes (shared householdCaption), relative to the node; `y` its text's baseline. */
export type HouseholdFlowNode = Node<{ household: Household; outline: Position[]; caption: { x: number; y: number; anchor: 'start' | 'end' } }, 'household'>;
export type FlowNode = PersonFlowNode | ProfessionalFlowNode | InstitutionFlowNode | HouseholdFlowNode;
export type LinkFlowEdge = Edge<{ link: CaseLink }, 'link'>;

interface CacheEntry<M, F> {
  model: M;
  selected: boolean;
  extra: string;
  flow: F;
}

export class FlowModelCache {
  private nodes = new Map<Id, CacheEntry<unknown, FlowNode>>();
  private edges = new Map<Id, CacheEntry<CaseLink, LinkFlowEdge>>();

  private reuse<M, F extends FlowNode>(id: Id, model: M, selected: boolean, extra: string, build: () => F, next: Map<Id, CacheEntry<unknown, FlowNode>>): F {
    const hit = this.nodes.get(id);
    const flow = hit && hit.model === model && hit.selected === selected && hit.extra === extra ? (hit.flow as F) : build();
    next.set(id, { model, selected, extra, flow });
    return flow;
  }

  /**
   * `dragging`: while a drag is under way each household keeps the flow node it had when the drag
   * started (frame, outline and tab); the moving layer draws its outline as its members move, and
   * the node catches up once, when the drag ends. Why: a household whose frame changes is
   * re-measured by React Flow (a forced layout, then a store update that every node and edge
   * hears), and one whose outline changes repaints everything inside it, at every mouse step.
   */
  flowNodes(doc: CaseDocument, selection: ReadonlySet<Id>, dragging = false): FlowNode[] {
    const index = diagramIndex(doc);
    const next = new Map<Id, CacheEntry<unknown, FlowNode>>();
    const result: FlowNode[] = [];
    // Order matters to React Flow: households under everything, parents before their children.
    for (const household of doc.households) {
      const kept = dragging ? this.nodes.get(household.id) : undefined;
      if (kept && kept.model === household && kept.selected === selection.has(household.id)) {
        next.set(household.id, kept);
        result.push(kept.flow);
        continue;
      }
      const members = index.householdMembers.get(household.id);
      const box = index.householdBoxes.get(household.id);
      if (!box || !members) continue;
      const outline = householdOutlinePoints(members).map((p) => ({ x: p.x - box.x, y: p.y - box.y }));
      const at = householdCaption(doc, household, household.name, index);
      const caption = { x: (at?.x ?? box.x) - box.x, y: (at?.y ?? box.y) - box.y, anchor: at?.anchor ?? 'start' };
      const extra = `${box.x},${box.y},${box.width},${box.height}:${outline.map((p) => `${p.x},${p.y}`).join(' ')}:${caption.x},${caption.y},${caption.anchor}`;
      result.push(
        this.reuse(household.id, household, selection.has(household.id), extra, () => ({
          id: household.id,
          type: 'household',
          position: { x: box.x, y: box.y },
          width: box.width,
          height: box.height,
          measured: { width: box.width, height: box.height },
          handles: symbolHandles(box.width, box.height),
          data: { household, outline, caption },
          selected: selection.has(household.id),
          draggable: false,
          connectable: true,
          // Above the links' click zones, so that its tab can always be clicked (the outline itself
          // lets the pointer through: see editor.css); under the people and institutions.
          zIndex: 0,
        }), next),
      );
    }
    const ordered = [...doc.nodes].sort((a, b) => rank(a) - rank(b));
    for (const node of ordered) {
      const selected = selection.has(node.id);
      const box = index.boxes.get(node.id);
      if (!box) continue;
      if (node.kind === 'institution') {
        const extra = `${box.width},${box.height}`;
        result.push(this.reuse(node.id, node, selected, extra, (): InstitutionFlowNode => ({
          id: node.id, type: 'institution', position: node.position, width: box.width, height: box.height, measured: { width: box.width, height: box.height }, handles: symbolHandles(box.width, box.height), data: { node }, selected,
          dragHandle: '.institution-drag', zIndex: 0,
        }), next));
      } else if (node.kind === 'professional') {
        const inside = node.institutionId && index.byId.has(node.institutionId) ? node.institutionId : undefined;
        result.push(this.reuse(node.id, node, selected, inside ?? '', (): ProfessionalFlowNode => ({
          id: node.id, type: 'professional', position: node.position, width: box.width, height: box.height, measured: { width: box.width, height: box.height }, handles: symbolHandles(box.width, box.height), data: { node }, selected,
          ...(inside ? { parentId: inside, extent: 'parent' as const } : {}),
          zIndex: 1,
        }), next));
      } else {
        result.push(this.reuse(node.id, node, selected, '', (): PersonFlowNode => ({
          id: node.id, type: 'person', position: node.position, width: box.width, height: box.height, measured: { width: box.width, height: box.height }, handles: symbolHandles(box.width, box.height), data: { node }, selected, zIndex: 1,
        }), next));
      }
    }
    this.nodes = next;
    return result;
  }

  flowEdges(doc: CaseDocument, selection: ReadonlySet<Id>): LinkFlowEdge[] {
    const next = new Map<Id, CacheEntry<CaseLink, LinkFlowEdge>>();
    const result = doc.links.map((link) => {
      const selected = selection.has(link.id);
      const hit = this.edges.get(link.id);
      const [source, target] = linkEnds(link);
      const flow: LinkFlowEdge =
        hit && hit.model === link && hit.selected === selected ? hit.flow : { id: link.id, type: 'link', source, target, selected, data: { link } };
      next.set(link.id, { model: link, selected, extra: '', flow });
      return flow;
    });
    this.edges = next;
    return result;
  }
}

function rank(node: CaseNode): number {
  return node.kind === 'institution' ? 0 : node.kind === 'person' ? 1 : 2;
}
