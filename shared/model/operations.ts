// Every change to a case is one of these pure functions: old document in, new document out.
// They never mutate their input, so undo can keep the previous document as it was, and unchanged
// nodes keep their identity (the canvas skips re-rendering them).
import { absoluteBox, absolutePosition, boxesOverlap, GAP, nodeSize, PERSON, PROFESSIONAL, INSTITUTION, type Box } from '../genogram/metrics';
import type { CaseDocument } from './case';
import type { Household } from './household';
import { withImpliedMandates } from './defaults';
import { linkEnds, newLink, type CaseLink, type CoupleLink, type FiliationLink, type InterventionLink, type NewLink } from './links';
import { newNode, type CaseNode, type Gender, type InstitutionNode, type NewNode, type PersonNode, type ProfessionalNode } from './nodes';
import { newId, type Id, type Position } from './primitives';

export interface Change {
  doc: CaseDocument;
  /** Ids of what the change created, to select it (the first one gets inline renaming). */
  created: Id[];
}

type Draft<K extends CaseNode['kind']> = Omit<NewNode<K>, 'kind'>;

export function person(fields: Draft<'person'> = {}): PersonNode {
  return newNode({ ...fields, kind: 'person' });
}

export function professional(fields: Draft<'professional'> = {}): ProfessionalNode {
  return newNode({ ...fields, kind: 'professional' });
}

export function institution(fields: Draft<'institution'> = {}): InstitutionNode {
  return newNode({ ...fields, kind: 'institution' });
}

export function nodeById(doc: CaseDocument): Map<Id, CaseNode> {
  return new Map(doc.nodes.map((node) => [node.id, node]));
}

export function findNode(doc: CaseDocument, id: Id): CaseNode | undefined {
  return doc.nodes.find((node) => node.id === id);
}

function requirePerson(doc: CaseDocument, id: Id): PersonNode {
  const node = findNode(doc, id);
  if (node?.kind !== 'person') throw new Error(`No person ${id} in this case`);
  return node;
}

// ---------------------------------------------------------------------------------------------
// Queries

export function couplesOf(doc: CaseDocument, personId: Id): CoupleLink[] {
  return doc.links.filter((l): l is CoupleLink => l.kind === 'couple' && (l.a === personId || l.b === personId));
}

export function partnerIn(couple: CoupleLink, personId: Id): Id {
  return couple.a === personId ? couple.b : couple.a;
}

export function parentLinksOf(doc: CaseDocument, childId: Id): FiliationLink[] {
  return doc.links.filter((l): l is FiliationLink => l.kind === 'filiation' && l.child === childId);
}

export function childLinksOf(doc: CaseDocument, parentId: Id): FiliationLink[] {
  return doc.links.filter((l): l is FiliationLink => l.kind === 'filiation' && l.parent === parentId);
}

/** The couple both parents belong to, if any. */
export function coupleBetween(doc: CaseDocument, a: Id, b: Id): CoupleLink | undefined {
  return doc.links.find(
    (l): l is CoupleLink => l.kind === 'couple' && ((l.a === a && l.b === b) || (l.a === b && l.b === a)),
  );
}

// ---------------------------------------------------------------------------------------------
// Placement

/** The nearest free spot to `desired` for a box of `size`, scanning right then left along the row. */
export function findFreeSpot(doc: CaseDocument, desired: Position, size: { width: number; height: number }, ignore: ReadonlySet<Id> = new Set()): Position {
  const byId = nodeById(doc);
  const boxes: Box[] = doc.nodes
    .filter((n) => !ignore.has(n.id) && !(n.kind === 'professional' && n.institutionId))
    .map((n) => absoluteBox(n, byId, doc.nodes));
  const step = size.width + GAP.column / 2;
  for (let i = 0; i < 200; i++) {
    const offset = Math.ceil(i / 2) * step * (i % 2 === 1 ? 1 : -1);
    const candidate = { x: desired.x + offset, y: desired.y };
    if (!boxes.some((box) => boxesOverlap(box, { ...candidate, ...size }, 8))) return candidate;
  }
  return desired;
}

function placed<T extends CaseNode>(doc: CaseDocument, node: T, desired: Position): T {
  return { ...node, position: findFreeSpot(doc, desired, nodeSize(node, doc)) };
}

function withAdded(doc: CaseDocument, nodes: CaseNode[], links: CaseLink[] = []): CaseDocument {
  return { ...doc, nodes: [...doc.nodes, ...nodes], links: [...doc.links, ...links] };
}

// ---------------------------------------------------------------------------------------------
// Adding

export function addNode(doc: CaseDocument, node: CaseNode): Change {
  const free = node.kind === 'professional' && node.institutionId ? node : placed(doc, node, node.position);
  return { doc: withAdded(doc, [free]), created: [free.id] };
}

export function addLink(doc: CaseDocument, link: CaseLink): Change {
  const [from, to] = linkEnds(link);
  if (from === to) throw new Error('A link needs two different ends');
  return { doc: withAdded(doc, [], [link]), created: [link.id] };
}

function oppositeGender(gender: Gender): Gender {
  return gender === 'man' ? 'woman' : gender === 'woman' ? 'man' : 'unknown';
}

/**
 * A partner beside the person, joined by a couple line: on the right, or on the left when an
 * earlier partner is on the right. Why: placed between the person and an earlier partner, the
 * new partner sat on that couple's line, and the couple's children seemed to hang from the new
 * couple.
 */
export function addPartner(doc: CaseDocument, personId: Id, fields: Draft<'person'> = {}): Change {
  const subject = requirePerson(doc, personId);
  const partnerXs = couplesOf(doc, personId)
    .map((l) => findNode(doc, partnerIn(l, personId))?.position.x)
    .filter((x): x is number => x !== undefined);
  const rightTaken = partnerXs.some((x) => x > subject.position.x);
  const leftTaken = partnerXs.some((x) => x < subject.position.x);
  const side = rightTaken && !leftTaken ? -1 : 1;
  const desired = { x: subject.position.x + side * (PERSON.width + GAP.column), y: subject.position.y };
  const partner = placed(doc, person({ gender: oppositeGender(subject.gender), circle: subject.circle, ...fields }), desired);
  const [a, b] = partner.position.x < subject.position.x ? [partner.id, subject.id] : [subject.id, partner.id];
  const couple = newLink({ kind: 'couple', a, b });
  return { doc: withAdded(doc, [partner], [couple]), created: [partner.id, couple.id] };
}

/**
 * A child under its parents. `parents` is one person, or the two people of a couple: the child
 * then gets a filiation link to each, and hangs from the middle of their couple line.
 */
export function addChild(doc: CaseDocument, parents: readonly Id[], fields: Draft<'person'> = {}): Change {
  if (parents.length < 1 || parents.length > 2) throw new Error('A child has one or two parents');
  const parentNodes = parents.map((id) => requirePerson(doc, id));
  const siblings = new Set(childLinksOf(doc, parents[0] as Id).map((l) => l.child));
  const byId = nodeById(doc);
  const siblingNodes = [...siblings].map((id) => byId.get(id)).filter((n): n is CaseNode => !!n);
  const centreX = parentNodes.reduce((sum, p) => sum + p.position.x, 0) / parentNodes.length;
  const rowY = Math.max(...parentNodes.map((p) => p.position.y)) + PERSON.height + GAP.row;
  // Birth order reads left to right: a new (younger) child goes right of its siblings.
  const rightmost = siblingNodes.length ? Math.max(...siblingNodes.map((n) => n.position.x)) : null;
  const desired = { x: rightmost === null ? centreX : rightmost + PERSON.width + GAP.column, y: siblingNodes[0]?.position.y ?? rowY };
  const child = placed(doc, person({ circle: 'family', ...fields }), desired);
  const links = parents.map((parent) => newLink({ kind: 'filiation', parent, child: child.id }));
  const added = withAdded(doc, [child], links);
  return { doc: addToParentsHousehold(added, child.id, parents), created: [child.id, ...links.map((l) => l.id)] };
}

/** Two parents above the person, as a couple, each with a filiation link to them. */
export function addParents(doc: CaseDocument, childId: Id): Change {
  const child = requirePerson(doc, childId);
  if (parentLinksOf(doc, childId).length > 0) throw new Error('This person already has parents');
  const y = child.position.y - PERSON.height - GAP.row;
  const father = placed(doc, person({ gender: 'man' }), { x: child.position.x - (PERSON.width + GAP.column) / 2, y });
  const withFather = withAdded(doc, [father]);
  const mother = placed(withFather, person({ gender: 'woman' }), { x: father.position.x + PERSON.width + GAP.column, y });
  const couple = newLink({ kind: 'couple', a: father.id, b: mother.id });
  const links = [father, mother].map((p) => newLink({ kind: 'filiation', parent: p.id, child: childId }));
  return { doc: withAdded(withFather, [mother], [couple, ...links]), created: [father.id, mother.id, couple.id, ...links.map((l) => l.id)] };
}

/**
 * One parent: "Mère" or "Père" as it is told. Above the person, or beside the parent already
 * there, as a couple with them (the child then hangs from their couple line).
 */
export function addParent(doc: CaseDocument, childId: Id, gender: 'woman' | 'man', fields: Draft<'person'> = {}): Change {
  const child = requirePerson(doc, childId);
  const parents = parentLinksOf(doc, childId).map((l) => findNode(doc, l.parent)).filter((n): n is PersonNode => n?.kind === 'person');
  if (parents.length >= 2) throw new Error('This person already has two parents');
  const other = parents[0];
  const step = PERSON.width + GAP.column;
  // Drawn as genograms are: the man on the left of the couple, the woman on the right.
  const desired = other
    ? { x: other.position.x + (gender === 'man' ? -step : step), y: other.position.y }
    : { x: child.position.x, y: child.position.y - PERSON.height - GAP.row };
  const parent = placed(doc, person({ gender, ...fields }), desired);
  const links: CaseLink[] = [newLink({ kind: 'filiation', parent: parent.id, child: childId })];
  if (other && !coupleBetween(doc, other.id, parent.id)) {
    const [a, b] = parent.position.x < other.position.x ? [parent.id, other.id] : [other.id, parent.id];
    links.push(newLink({ kind: 'couple', a, b }));
  }
  return { doc: withAdded(doc, [parent], links), created: [parent.id, ...links.map((l) => l.id)] };
}

/** A brother or sister: a child of the same parents (parents are created when there are none). */
export function addSibling(doc: CaseDocument, personId: Id, fields: Draft<'person'> = {}): Change {
  let current = doc;
  let created: Id[] = [];
  if (parentLinksOf(current, personId).length === 0) {
    const parents = addParents(current, personId);
    current = parents.doc;
    created = parents.created;
  }
  const parentIds = parentLinksOf(current, personId).map((l) => l.parent);
  const child = addChild(current, parentIds.slice(0, 2), fields);
  return { doc: child.doc, created: [...child.created, ...created] };
}

type InterventionFields = Partial<Omit<NewLink<'intervention'>, 'kind' | 'from' | 'to'>>;

/** A professional who intervenes with the person, below the family, with an intervention link. */
export function addProfessionalFor(doc: CaseDocument, targetId: Id, fields: Draft<'professional'> = {}, link: InterventionFields = {}): Change {
  return addServiceFor(doc, targetId, professional(fields), link);
}

/**
 * A professional or an institution that intervenes with a person or a household: placed below
 * them, with an intervention link under the mandate the service implies unless `link` says one.
 */
export function addServiceFor(doc: CaseDocument, targetId: Id, service: ProfessionalNode | InstitutionNode, link: InterventionFields = {}): Change {
  const byId = nodeById(doc);
  const target = byId.get(targetId);
  const household = doc.households.find((h) => h.id === targetId);
  const member = household && byId.get(household.members[0] as Id);
  const anchor = target ?? member;
  if (!anchor) throw new Error(`No element ${targetId}`);
  const at = absolutePosition(anchor, byId);
  const added = placed(doc, service, { x: at.x, y: at.y + PERSON.height + GAP.row * 2 });
  const intervention = newLink({ ...link, kind: 'intervention', from: added.id, to: targetId });
  return { doc: withImpliedMandates(withAdded(doc, [added], [intervention]), [added.id]), created: [added.id, intervention.id] };
}

/** A colleague in the same institution (or beside, for a professional with none). */
export function addColleague(doc: CaseDocument, professionalId: Id, fields: Draft<'professional'> = {}): Change {
  const pro = findNode(doc, professionalId);
  if (pro?.kind !== 'professional') throw new Error(`No professional ${professionalId}`);
  const colleague = pro.institutionId
    ? professional({ institutionId: pro.institutionId, ...fields, position: nextSlotInInstitution(doc, pro.institutionId) })
    : placed(doc, professional(fields), { x: pro.position.x + PROFESSIONAL.width + GAP.column, y: pro.position.y });
  // A colleague joins the same work: the same intervention, with the same person, under the same mandate.
  const work = doc.links.find((l): l is InterventionLink => l.kind === 'intervention' && l.from === professionalId);
  const links = work ? [newLink({ kind: 'intervention', from: colleague.id, to: work.to, mandate: work.mandate, measure: work.measure })] : [];
  return { doc: withAdded(doc, [colleague], links), created: [colleague.id, ...links.map((l) => l.id)] };
}

/** Where the next professional goes inside an institution: to the right of the last one. */
export function nextSlotInInstitution(doc: CaseDocument, institutionId: Id): Position {
  const members = doc.nodes.filter((n) => n.kind === 'professional' && n.institutionId === institutionId);
  const right = members.reduce((max, n) => Math.max(max, n.position.x + PROFESSIONAL.width), INSTITUTION.padding - GAP.column / 2);
  return { x: right + GAP.column / 2, y: INSTITUTION.header };
}

/** Puts a professional in an institution (or takes it out with `null`), keeping it where it is on screen when it leaves. */
export function setInstitution(doc: CaseDocument, professionalId: Id, institutionId: Id | null): CaseDocument {
  const byId = nodeById(doc);
  const pro = byId.get(professionalId);
  if (pro?.kind !== 'professional') throw new Error(`No professional ${professionalId}`);
  if ((pro.institutionId ?? null) === institutionId) return doc;
  const absolute = absolutePosition(pro, byId);
  const { institutionId: _old, ...rest } = pro;
  const next: ProfessionalNode = institutionId
    ? { ...rest, institutionId, position: nextSlotInInstitution(doc, institutionId) }
    : { ...rest, position: absolute };
  return withImpliedMandates(replaceNode(doc, next), [professionalId]);
}

// ---------------------------------------------------------------------------------------------
// Editing

export function replaceNode(doc: CaseDocument, node: CaseNode): CaseDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === node.id ? node : n)) };
}

export function updateNode<K extends CaseNode['kind']>(doc: CaseDocument, id: Id, patch: Partial<Extract<CaseNode, { kind: K }>>): CaseDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? ({ ...n, ...patch, id: n.id, kind: n.kind } as CaseNode) : n)) };
}

export function updateLink(doc: CaseDocument, id: Id, patch: Partial<CaseLink>): CaseDocument {
  return { ...doc, links: doc.links.map((l) => (l.id === id ? ({ ...l, ...patch, id: l.id, kind: l.kind } as CaseLink) : l)) };
}

/** Moves nodes to new positions (as stored: relative for professionals inside an institution). */
export function moveNodes(doc: CaseDocument, positions: ReadonlyMap<Id, Position>): CaseDocument {
  if (positions.size === 0) return doc;
  return { ...doc, nodes: doc.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id) as Position } : n)) };
}

/** Only one index person per case: setting one clears the others. */
export function setIndexPerson(doc: CaseDocument, id: Id, index: boolean): CaseDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.kind !== 'person' ? n : n.id === id ? { ...n, index } : index && n.index ? { ...n, index: false } : n)),
  };
}

/**
 * Deletes nodes, links and households. The links of a deleted node go with it; its professionals
 * stay where they are on screen, outside the deleted institution; households lose the member.
 */
export function deleteElements(doc: CaseDocument, ids: Iterable<Id>): CaseDocument {
  const gone = new Set(ids);
  const byId = nodeById(doc);
  const nodes = doc.nodes
    .filter((n) => !gone.has(n.id))
    .map((n) => {
      if (n.kind === 'professional' && n.institutionId && gone.has(n.institutionId)) {
        const { institutionId: _removed, ...rest } = n;
        return { ...rest, position: absolutePosition(n, byId) };
      }
      return n;
    });
  const links = doc.links.filter((l) => !gone.has(l.id) && !linkEnds(l).some((end) => gone.has(end)));
  const households = doc.households
    .filter((h) => !gone.has(h.id))
    .map((h) => (h.members.some((m) => gone.has(m)) ? { ...h, members: h.members.filter((m) => !gone.has(m)) } : h))
    .filter((h) => h.members.length > 0);
  return withoutOrphanEvents({ ...doc, nodes, links, households, ...forgetInMeetings(doc, gone, byId) });
}

/**
 * Meetings and consents after elements are deleted. A participant who was an element stays in the
 * meeting by name (their status and part are not lost); an action's owner, who brings the
 * situation, and the consent of a deleted person go.
 */
function forgetInMeetings(doc: CaseDocument, gone: ReadonlySet<Id>, byId: ReadonlyMap<Id, CaseNode>): Pick<CaseDocument, 'meetings' | 'consents'> {
  const touches = (id: Id | undefined) => id !== undefined && gone.has(id);
  const meetings = doc.meetings.map((m) => {
    if (!touches(m.broughtBy) && !m.participants.some((p) => touches(p.nodeId)) && !m.actions.some((a) => touches(a.ownerId))) return m;
    const { broughtBy, ...rest } = m;
    return {
      ...rest,
      ...(broughtBy && !gone.has(broughtBy) ? { broughtBy } : {}),
      participants: m.participants.map((p) => {
        if (!touches(p.nodeId)) return p;
        const node = byId.get(p.nodeId as Id);
        const inside = node?.kind === 'professional' && node.institutionId ? byId.get(node.institutionId) : undefined;
        const { nodeId: _gone, ...kept } = p;
        return { ...kept, name: p.name || node?.name || '', role: p.role || (node?.kind === 'professional' ? node.role : ''), institution: p.institution || (node?.kind === 'institution' ? node.name : (inside?.name ?? '')) };
      }),
      actions: m.actions.map((a) => {
        if (!touches(a.ownerId)) return a;
        const { ownerId: _gone, ...kept } = a;
        return kept;
      }),
    };
  });
  const consents = doc.consents.some((c) => gone.has(c.personId)) ? doc.consents.filter((c) => !gone.has(c.personId)) : doc.consents;
  return { meetings, consents };
}

/** Events go with the person or the household they are about (a household goes when it empties). */
function withoutOrphanEvents(doc: CaseDocument): CaseDocument {
  if (doc.events.length === 0) return doc;
  const subjects = new Set<Id>([...doc.nodes.map((n) => n.id), ...doc.households.map((h) => h.id)]);
  return doc.events.every((e) => subjects.has(e.subject)) ? doc : { ...doc, events: doc.events.filter((e) => subjects.has(e.subject)) };
}

// ---------------------------------------------------------------------------------------------
// Households

export function householdOf(doc: CaseDocument, personId: Id): Household | undefined {
  return doc.households.find((h) => h.members.includes(personId));
}

/** A new household of these people; each leaves the household they were in. */
export function createHousehold(doc: CaseDocument, memberIds: readonly Id[], name = ''): Change {
  const people = memberIds.filter((id) => findNode(doc, id)?.kind === 'person');
  if (people.length === 0) throw new Error('A household needs at least one person');
  const household: Household = { id: newId(), name, members: [...people], notes: '' };
  const others = doc.households
    .map((h) => ({ ...h, members: h.members.filter((m) => !people.includes(m)) }))
    .filter((h) => h.members.length > 0);
  return { doc: withoutOrphanEvents({ ...doc, households: [...others, household] }), created: [household.id] };
}

export function setHouseholdMembership(doc: CaseDocument, personId: Id, householdId: Id | null): CaseDocument {
  const households = doc.households
    .map((h) => {
      const without = h.members.filter((m) => m !== personId);
      return h.id === householdId ? { ...h, members: [...without, personId] } : without.length === h.members.length ? h : { ...h, members: without };
    })
    .filter((h) => h.members.length > 0);
  return withoutOrphanEvents({ ...doc, households });
}

function addToParentsHousehold(doc: CaseDocument, childId: Id, parents: readonly Id[]): CaseDocument {
  const household = parents.map((p) => householdOf(doc, p)).find((h) => h !== undefined);
  return household ? setHouseholdMembership(doc, childId, household.id) : doc;
}

// ---------------------------------------------------------------------------------------------
// Copy and paste

export interface Clipboard {
  nodes: CaseNode[];
  links: CaseLink[];
}

/** The selected nodes, and the links whose two ends are both selected. */
export function copyElements(doc: CaseDocument, ids: ReadonlySet<Id>): Clipboard {
  const nodes = doc.nodes.filter((n) => ids.has(n.id) || (n.kind === 'professional' && n.institutionId && ids.has(n.institutionId)));
  const kept = new Set(nodes.map((n) => n.id));
  const links = doc.links.filter((l) => linkEnds(l).every((end) => kept.has(end)));
  return { nodes, links };
}

/** Pastes copies with fresh ids, shifted by `offset`; returns the new node ids. */
export function pasteElements(doc: CaseDocument, clip: Clipboard, offset: Position): Change {
  const ids = new Map<Id, Id>(clip.nodes.map((n) => [n.id, newId()]));
  const nodes = clip.nodes.map((n): CaseNode => {
    const inCopiedInstitution = n.kind === 'professional' && n.institutionId && ids.has(n.institutionId);
    const base = { ...n, id: ids.get(n.id) as Id, index: false };
    if (n.kind === 'person') return { ...n, id: base.id, index: false, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
    if (inCopiedInstitution && n.kind === 'professional') return { ...n, id: base.id, institutionId: ids.get(n.institutionId as Id) as Id };
    return { ...n, id: base.id, position: { x: n.position.x + offset.x, y: n.position.y + offset.y } };
  });
  const links = clip.links.map((l): CaseLink => {
    const remap = (id: Id): Id => ids.get(id) ?? id;
    switch (l.kind) {
      case 'filiation':
        return { ...l, id: newId(), parent: remap(l.parent), child: remap(l.child) };
      case 'intervention':
      case 'referral':
        return { ...l, id: newId(), from: remap(l.from), to: remap(l.to) };
      default:
        return { ...l, id: newId(), a: remap(l.a), b: remap(l.b) };
    }
  });
  return { doc: withAdded(doc, nodes, links), created: nodes.map((n) => n.id) };
}

// ---------------------------------------------------------------------------------------------
// Linking two elements

function isService(node: CaseNode | undefined): boolean {
  return node?.kind === 'professional' || node?.kind === 'institution';
}

/**
 * The link a user most likely means when joining two elements: people get a relation, a
 * professional or institution and a person (or household) an intervention, two services a
 * partnership. The inspector then refines it.
 */
export function linkBetween(doc: CaseDocument, a: Id, b: Id): Change {
  if (a === b) return { doc, created: [] };
  const byId = nodeById(doc);
  const na = byId.get(a);
  const nb = byId.get(b);
  const household = (id: Id) => doc.households.some((h) => h.id === id);
  let link: CaseLink;
  if (isService(na) && isService(nb)) {
    link = newLink({ kind: 'partnership', a, b });
  } else if (isService(na) && (nb?.kind === 'person' || household(b))) {
    link = newLink({ kind: 'intervention', from: a, to: b });
  } else if (isService(nb) && (na?.kind === 'person' || household(a))) {
    link = newLink({ kind: 'intervention', from: b, to: a });
  } else if (na?.kind === 'person' && nb?.kind === 'person') {
    link = newLink({ kind: 'relation', a, b });
  } else {
    return { doc, created: [] };
  }
  const change = addLink(doc, link);
  return link.kind === 'intervention' ? { ...change, doc: withImpliedMandates(change.doc, [link.from]) } : change;
}

/** Which kinds a link between these two ends may become (for the inspector). */
export function allowedLinkKinds(doc: CaseDocument, link: CaseLink): CaseLink['kind'][] {
  const [from, to] = linkEnds(link);
  const byId = nodeById(doc);
  const a = byId.get(from);
  const b = byId.get(to);
  if (link.kind === 'couple' || link.kind === 'filiation') return [link.kind];
  if (a?.kind === 'person' && b?.kind === 'person') return ['relation', 'referral'];
  if (isService(a) && isService(b)) return ['partnership', 'referral'];
  return ['intervention', 'referral', 'relation'];
}

/** Turns a link into another kind between the same two ends, keeping its notes. */
export function changeLinkKind(doc: CaseDocument, id: Id, kind: CaseLink['kind']): CaseDocument {
  const link = doc.links.find((l) => l.id === id);
  if (!link || link.kind === kind) return doc;
  const [from, to] = linkEnds(link);
  const base = { id: link.id, notes: link.notes };
  let next: CaseLink;
  switch (kind) {
    case 'relation':
      next = newLink({ ...base, kind, a: from, b: to });
      break;
    case 'partnership':
      next = newLink({ ...base, kind, a: from, b: to });
      break;
    case 'referral':
      next = newLink({ ...base, kind, from, to });
      break;
    case 'intervention': {
      const fromIsService = isService(findNode(doc, from));
      next = newLink({ ...base, kind, from: fromIsService ? from : to, to: fromIsService ? to : from });
      break;
    }
    default:
      return doc;
  }
  return { ...doc, links: doc.links.map((l) => (l.id === id ? next : l)) };
}

/**
 * Creates an institution where the professional stands and puts the professional in it: the
 * quickest way to say "she works at the CMP".
 */
export function placeInNewInstitution(doc: CaseDocument, professionalId: Id, fields: Draft<'institution'>): Change {
  const byId = nodeById(doc);
  const pro = byId.get(professionalId);
  if (pro?.kind !== 'professional') throw new Error(`No professional ${professionalId}`);
  const at = absolutePosition(pro, byId);
  const created = institution({ ...fields, position: { x: at.x - INSTITUTION.padding * 2, y: at.y - INSTITUTION.header } });
  const inst = { ...created, position: findFreeSpot(doc, created.position, nodeSize(created, doc), new Set([professionalId])) };
  const withInstitution = { ...doc, nodes: [...doc.nodes, inst] };
  return { doc: setInstitution(withInstitution, professionalId, inst.id), created: [inst.id] };
}
