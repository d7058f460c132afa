// What a line typed in the command palette (Ctrl+K) proposes, as people say things in a session:
// - "+ Julien Moreau, 38, ex-mari de Sophie": adds someone, placed and linked as said;
// - "+ éducateur AEMO judiciaire pour Enzo, Service d'AEMO": a professional, their intervention,
//   its measure and mandate, their institution;
// - "Monique soutient Sophie", "CMP et Collège ne se connaissent pas": links two elements named;
// - "expo", "Sophie": a command of the table, or an element to go to.
// Everything here is pure: the palette shows each proposal's label and applies the chosen one.
import { COMMANDS, type CommandId, type CommandSpec } from '../commands/commands';
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import { withImpliedMandates, withRole } from '../model/defaults';
import { DIRECTED_QUALITIES, linkEnds, newLink, type CaseLink, type CoupleStatus, type Mandate, type PartnershipLink, type RelationLink, type RelationQuality } from '../model/links';
import type { CaseNode, Circle, InstitutionNode } from '../model/nodes';
import {
  addChild,
  addColleague,
  addLink,
  addNode,
  addParent,
  addPartner,
  addServiceFor,
  addSibling,
  couplesOf,
  coupleBetween,
  createHousehold,
  householdOf,
  institution,
  linkBetween,
  placeInNewInstitution,
  person,
  professional,
  setIndexPerson,
  updateLink,
  type Change,
} from '../model/operations';
import { measureLabel, roleLabel, type InstitutionPreset } from '../model/presets';
import type { Id, Position } from '../model/primitives';
import { describedRole, findInstitution, institutionKindNamed, placeInNamedInstitution, readPersonLine, readPersonPart, withDescribedWork, type PersonFacts } from './name-entry';
import {
  circleAt,
  coupleStatusAt,
  folded,
  foldWords,
  institutionAt,
  JOINING_WORDS,
  kinAt,
  partnershipAt,
  qualityAt,
  readDescription,
  whole,
  type Description,
  type Kin,
} from './vocabulary';

export interface PaletteContext {
  doc: CaseDocument;
  locale: Locale;
  /** Where an element said without anyone to go with lands: the middle of the view. */
  at: Position;
}

export type Proposal =
  | { kind: 'change'; label: string; change: Change }
  | { kind: 'select'; label: string; id: Id }
  | { kind: 'command'; label: string; command: CommandId };

/** At most this many proposals are listed: the palette is read at a glance. */
export const MAX_PROPOSALS = 8;

// ---------------------------------------------------------------------------------------------
// Naming the elements of the case

interface Named {
  id: Id;
  words: readonly string[];
  household: boolean;
}

function named(doc: CaseDocument): Named[] {
  const nodes = doc.nodes.filter((n) => n.name.trim()).map((n) => ({ id: n.id, words: foldWords(n.name), household: false }));
  const households = doc.households.filter((h) => h.name.trim()).map((h) => ({ id: h.id, words: foldWords(h.name), household: true }));
  return [...nodes, ...households];
}

const HOUSEHOLD_WORDS = new Set(['foyer', 'household', 'menage']);

/** Whether `words` appear in `name` as consecutive words. */
function runIn(name: readonly string[], words: readonly string[]): boolean {
  for (let start = 0; start + words.length <= name.length; start++) if (words.every((w, i) => name[start + i] === w)) return true;
  return false;
}

/**
 * The element `words` name: a whole name, or some of its words ("Sophie", "Rossi") when no other
 * element has them; "le foyer" is the household when there is one, "le foyer de Sophie" hers.
 */
function resolve(doc: CaseDocument, words: readonly string[]): Id | undefined {
  const meaningful = words.filter((w, i) => i > 0 || !['le', 'la', 'l', 'les', 'the'].includes(w));
  if (meaningful.length === 0) return undefined;
  if (HOUSEHOLD_WORDS.has(meaningful[0] as string)) {
    const rest = meaningful.slice(1).filter((w) => !JOINING_WORDS.has(w));
    if (rest.length === 0) return doc.households.length === 1 ? doc.households[0]?.id : undefined;
    const member = resolve(doc, rest);
    return member ? householdOf(doc, member)?.id : undefined;
  }
  const all = named(doc);
  const exact = all.filter((n) => n.words.join(' ') === meaningful.join(' '));
  if (exact.length === 1) return exact[0]?.id;
  // "Sophie" is Sophie Laurent rather than the household named "Foyer de Sophie".
  const partial = all.filter((n) => runIn(n.words, meaningful));
  const elements = partial.filter((n) => !n.household);
  const candidates = elements.length > 0 ? elements : partial;
  return candidates.length === 1 ? candidates[0]?.id : undefined;
}

/** The elements named in a list: "Sophie et Julien", "Sophie, Enzo, Léa et Noah". */
function resolveList(doc: CaseDocument, text: string): Id[] | null {
  const pieces = foldWords(text.replace(/,/g, ' et ')).join(' ').split(/ (?:et|and) /);
  const ids = pieces.map((piece) => resolve(doc, piece.split(' ')));
  return ids.every((id): id is Id => id !== undefined) ? ids : null;
}

/** Where the elements of the case are named in a line, left to right, the longest name first. */
function mentions(doc: CaseDocument, words: readonly string[]): Array<{ id: Id; start: number; end: number }> {
  const found: Array<{ id: Id; start: number; end: number }> = [];
  let i = 0;
  while (i < words.length) {
    let hit: { id: Id; end: number } | null = null;
    for (let end = words.length; end > i && !hit; end--) {
      const id = JOINING_WORDS.has(words[i] as string) && !HOUSEHOLD_WORDS.has(words[i + 1] ?? '') ? undefined : resolve(doc, words.slice(i, end));
      if (id) hit = { id, end };
    }
    if (hit) {
      found.push({ id: hit.id, start: i, end: hit.end });
      i = hit.end;
    } else i += 1;
  }
  return found;
}

function nameOf(doc: CaseDocument, id: Id, t: (key: MessageKey) => string): string {
  return doc.nodes.find((n) => n.id === id)?.name || doc.households.find((h) => h.id === id)?.name || t('household.unnamed');
}

// ---------------------------------------------------------------------------------------------
// "+ ..." : adding someone

type Kind = CaseNode['kind'] | 'household';

const KIND_WORDS: ReadonlyArray<readonly [string, Kind]> = [
  ['personne', 'person'],
  ['person', 'person'],
  ['professionnel', 'professional'],
  ['professionnelle', 'professional'],
  ['pro', 'professional'],
  ['professional', 'professional'],
  ['institution', 'institution'],
  ['foyer', 'household'],
  ['household', 'household'],
];

/** What a "+" line says, part by part. */
interface Addition {
  kind?: Kind;
  name: string;
  person: PersonFacts;
  kin?: { kin: Kin; of: Id[] };
  description: Description;
  /** An institution of the case, or the name and type of a new one. */
  institution?: { existing?: InstitutionNode; name: string; preset?: InstitutionPreset };
  /** Who the professional or institution works with. */
  target?: Id;
  notes: string[];
  /** The people of a household. */
  members?: Id[];
  /** Someone the new person is tied to: "soutient Karim", "voisin de Karim". */
  relation?: { to: Id; quality?: RelationQuality };
  /** The professional the new one works beside: "collègue d'Anne Roche". */
  colleagueOf?: Id;
}

const COLLEAGUE_WORDS = new Set(['collegue', 'collegues', 'colleague']);

/** What a part says the new element is to someone named: "soutient Karim", "voisin de Karim", "collègue d'Anne Roche". */
interface Tie {
  to: Id;
  quality?: RelationQuality;
  circle?: Circle;
  colleague?: true;
}

function readTie(doc: CaseDocument, part: string): Tie | null {
  const words = foldWords(part);
  const text = words.join(' ');
  const quality = qualityAt(text);
  const circle = circleAt(text);
  const colleague = COLLEAGUE_WORDS.has(words[0] ?? '') ? { length: 1 } : null;
  const said = quality ?? circle ?? colleague;
  if (!said) return null;
  let start = said.length;
  while (start < words.length && JOINING_WORDS.has(words[start] as string)) start += 1;
  const to = start < words.length ? resolve(doc, words.slice(start)) : undefined;
  if (!to) return null;
  if (colleague) return doc.nodes.find((n) => n.id === to)?.kind === 'professional' ? { to, colleague: true } : null;
  return { to, ...(quality ? { quality: quality.value } : { circle: circle?.value as Circle }) };
}

/** A later part adds to what earlier parts described ("psychiatre", then "conflictuelle"): nothing said is lost. */
function mergeDescriptions(before: Description, after: Description): Description {
  const role = after.roleText ? after : before;
  return {
    roleText: role.roleText,
    ...(role.role ? { role: role.role } : {}),
    ...(role.roleKey ? { roleKey: role.roleKey } : {}),
    ...((after.measure ?? before.measure) ? { measure: after.measure ?? before.measure } : {}),
    ...((after.mandate ?? before.mandate) ? { mandate: after.mandate ?? before.mandate } : {}),
    ...((after.quality ?? before.quality) ? { quality: after.quality ?? before.quality } : {}),
    unknown: [],
  };
}

const TARGET = /^(.*?)(?:^|\s)(?:pour|aupres de|auprès de|chez|for|with)\s+(.+)$/iu;

function readAddition(doc: CaseDocument, body: string): Addition | null {
  const addition: Addition = { name: '', person: {}, description: { roleText: '', unknown: [] }, notes: [] };
  let text = body.trim();
  const first = foldWords(text)[0] ?? '';
  const kindWord = KIND_WORDS.find(([word]) => word === first);
  if (kindWord) {
    addition.kind = kindWord[1];
    text = text.replace(/^\S+\s*:?\s*/u, '');
  }
  if (addition.kind === 'household') {
    const members = resolveList(doc, text.replace(/^(?:de|d'|d’|of)\s+/iu, ''));
    return members && members.length > 0 ? { ...addition, members } : null;
  }
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  let named = false;
  for (const [index, raw] of parts.entries()) {
    let part = raw;
    const target = TARGET.exec(part);
    const targetId = target ? resolve(doc, foldWords(target[2] as string)) : undefined;
    if (target && targetId) {
      addition.target = targetId;
      part = (target[1] as string).trim();
      if (!part) continue;
    }
    const words = folded(part);
    const kin = kinAt(words);
    if (kin) {
      const rest = words.split(' ').slice(kin.length);
      const of = rest.length > 0 && JOINING_WORDS.has(rest[0] as string) ? resolveList(doc, rest.slice(1).join(' ')) : null;
      if (of && of.length > 0) {
        addition.kin = { kin: kin.value, of };
        continue;
      }
    }
    const tie = readTie(doc, part);
    if (tie?.colleague && !addition.colleagueOf) {
      addition.colleagueOf = tie.to;
      continue;
    }
    if (tie && !tie.colleague && !addition.relation) {
      addition.relation = { to: tie.to, ...(tie.quality ? { quality: tie.quality } : {}) };
      if (tie.circle) addition.person = { ...addition.person, circle: tie.circle };
      continue;
    }
    if (index > 0 || named) {
      const facts = readPersonPart(part);
      if (facts) {
        addition.person = { ...addition.person, ...facts };
        continue;
      }
    }
    const description = readDescription(part);
    const understood = description.unknown.length === 0 && (description.role || description.measure || description.mandate || description.quality);
    // After the name, a role the presets recognise is a role even with words of its own.
    if (understood || (description.role && (index > 0 || named))) {
      addition.description = mergeDescriptions(addition.description, description);
      continue;
    }
    const existing = findInstitution(doc, part);
    const preset = whole(institutionAt, part);
    if (!addition.institution && (existing || preset)) {
      addition.institution = { ...(existing ? { existing } : {}), name: part, ...(preset ? { preset } : {}) };
      continue;
    }
    if (!named && index === 0) {
      const line = readPersonLine(part);
      addition.name = line?.name ?? part;
      addition.person = { ...addition.person, ...line?.facts, ...(line?.civility && !addition.person.gender ? { gender: line.civility } : {}) };
      named = true;
      continue;
    }
    // After a professional's role or whom they work for, the last part (or one that starts with an
    // institution's kind) names their institution, new to the case: "MDS de Roubaix" is an MDS.
    const saidWork = addition.description.roleText || addition.target || addition.colleagueOf;
    const typed = institutionKindNamed(part);
    if (!addition.institution && (index === parts.length - 1 || typed) && saidWork && addition.kind !== 'person') {
      addition.institution = { name: part, ...(typed ? { preset: typed } : {}) };
      continue;
    }
    addition.notes.push(part);
  }
  return addition;
}

function kindOf(addition: Addition): Kind {
  if (addition.kind) return addition.kind;
  const { description } = addition;
  if (addition.kin) return 'person';
  if (description.roleText || addition.colleagueOf) return 'professional';
  if (addition.institution && !addition.name) return 'institution';
  if (addition.target || description.measure || description.mandate) return 'professional';
  return 'person';
}

function addPerson(doc: CaseDocument, addition: Addition, at: Position): Change {
  const { gender, index, ...facts } = addition.person;
  const fields = { name: addition.name, ...facts, ...(gender ? { gender } : {}), ...(addition.notes.length ? { notes: addition.notes.join('\n') } : {}) };
  const kin = addition.kin;
  let change: Change;
  if (!kin) change = addNode(doc, person({ ...fields, position: at }));
  else if (kin.kin.to === 'parent') change = addParent(doc, kin.of[0] as Id, gender === 'man' || gender === 'woman' ? gender : kin.kin.gender, fields);
  else if (kin.kin.to === 'sibling') change = addSibling(doc, kin.of[0] as Id, { ...(kin.kin.gender ? { gender: kin.kin.gender } : {}), ...fields });
  else if (kin.kin.to === 'child') {
    const couples = kin.of.length === 1 ? couplesOf(doc, kin.of[0] as Id) : [];
    const parents = couples.length === 1 && couples[0] ? [couples[0].a, couples[0].b] : kin.of.slice(0, 2);
    change = addChild(doc, parents, { ...(kin.kin.gender ? { gender: kin.kin.gender } : {}), ...fields });
  } else {
    const partner = addPartner(doc, kin.of[0] as Id, { ...(kin.kin.gender ? { gender: kin.kin.gender } : {}), ...fields });
    const couple = partner.created[1] as Id;
    const status = kin.kin.status;
    change = status ? { ...partner, doc: updateLink(partner.doc, couple, { status }) } : partner;
  }
  const id = change.created[0] as Id;
  if (addition.relation) {
    const tied = relationChange(change.doc, id, addition.relation.to, addition.relation.quality);
    change = { doc: tied.doc, created: [...change.created, ...tied.created] };
  }
  return index ? { ...change, doc: setIndexPerson(change.doc, id, true) } : change;
}

function addService(doc: CaseDocument, addition: Addition, kind: 'professional' | 'institution', at: Position): Change {
  const notes = addition.notes.length ? { notes: addition.notes.join('\n') } : {};
  const { description } = addition;
  if (kind === 'institution') {
    const preset = addition.institution?.preset;
    const fields = { name: addition.name || addition.institution?.name || '', ...(preset ? { type: preset.key, category: preset.category } : {}), ...notes };
    const added = addition.target ? addServiceFor(doc, addition.target, institution({ ...fields, position: at })) : addNode(doc, institution({ ...fields, position: at }));
    const id = added.created[0] as Id;
    return { ...added, doc: withDescribedWork(withImpliedMandates(added.doc, [id]), id, description) };
  }
  const fields = { name: addition.name, ...notes };
  // Said of a professional, "soutient Karim" is whom they work with, and how it goes.
  const target = addition.target ?? addition.relation?.to;
  const quality = description.quality ?? addition.relation?.quality;
  const added = addition.colleagueOf
    ? addColleague(doc, addition.colleagueOf, fields)
    : target
      ? addServiceFor(doc, target, professional({ ...fields, position: at }))
      : addNode(doc, professional({ ...fields, position: at }));
  const id = added.created[0] as Id;
  const role = describedRole(description);
  let next = role ? withRole(added.doc, id, role, description.role) : added.doc;
  const created = [...added.created];
  const place = addition.institution;
  if (place) {
    const { preset } = place;
    const placed = place.existing
      ? placeInNamedInstitution(next, id, place.existing.name)
      : placeInNewInstitution(next, id, { name: place.name, ...(preset ? { type: preset.key, category: preset.category } : {}) });
    next = placed.doc;
    created.push(...placed.created);
  }
  return { doc: withDescribedWork(next, id, { ...description, ...(quality ? { quality } : {}) }), created };
}

function describeAddition(doc: CaseDocument, addition: Addition, kind: Kind, locale: Locale): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  if (kind === 'household') return t('palette.household', { names: (addition.members ?? []).map((id) => nameOf(doc, id, t)).join(', ') });
  const facts: string[] = [];
  const { person: p, description: d } = addition;
  if (kind === 'person') {
    const gender = p.gender ?? addition.kin?.kin.gender;
    if (gender) facts.push(t(`gender.${gender}`));
    if (p.age !== undefined) facts.push(t('palette.age', { age: p.age }));
    if (p.birthYear !== undefined) facts.push(String(p.birthYear));
    if (p.deathYear !== undefined) facts.push(`† ${p.deathYear}`);
    if (addition.kin) facts.push(t(`palette.kin.${addition.kin.kin.to}`, { names: addition.kin.of.map((id) => nameOf(doc, id, t)).join(t('palette.and')) }));
    if (addition.kin?.kin.to === 'partner' && addition.kin.kin.status) facts.push(t(`couple.${addition.kin.kin.status}`));
    if (addition.relation) facts.push(t('palette.tie', { name: nameOf(doc, addition.relation.to, t), quality: t(`relation.${addition.relation.quality ?? 'close'}`) }));
    if (p.circle) facts.push(t(`circle.${p.circle}`));
    if (p.index) facts.push(t('inspector.index'));
  } else {
    const role = d.roleKey ? roleLabel(d.roleKey, locale) : d.roleText;
    if (role) facts.push(role);
    if (addition.colleagueOf) facts.push(t('palette.colleague', { name: nameOf(doc, addition.colleagueOf, t) }));
    if (addition.institution && kind === 'professional') facts.push(addition.institution.existing?.name ?? addition.institution.name);
    const target = addition.target ?? addition.relation?.to;
    if (target) facts.push(t('palette.for', { name: nameOf(doc, target, t) }));
    if (d.measure) facts.push(measureLabel(d.measure.key, locale));
    const mandate: Mandate | undefined = d.mandate ?? d.measure?.mandate;
    if (mandate) facts.push(t(`mandate.${mandate}`));
    const quality = d.quality ?? addition.relation?.quality;
    if (quality) facts.push(t(`relation.${quality}`));
  }
  if (addition.notes.length) facts.push(t('palette.note', { text: addition.notes.join(' ; ') }));
  const name = addition.name || (kind === 'institution' ? addition.institution?.name : '') || t(`palette.unnamed.${kind}`);
  return t('palette.add', { what: [name, ...facts].join(' · ') });
}

function additionProposal(ctx: PaletteContext, body: string): Proposal | null {
  const addition = readAddition(ctx.doc, body);
  if (!addition) return null;
  const kind = kindOf(addition);
  const change =
    kind === 'household'
      ? createHousehold(ctx.doc, addition.members ?? [])
      : kind === 'person'
        ? addPerson(ctx.doc, addition, ctx.at)
        : addService(ctx.doc, addition, kind, ctx.at);
  return { kind: 'change', label: describeAddition(ctx.doc, addition, kind, ctx.locale), change };
}

// ---------------------------------------------------------------------------------------------
// "A ... B" : linking two elements named

/** Words of a link line that only say "link" ("relier Sophie à Julien"). */
const LINKING_WORDS = new Set(['relier', 'relie', 'lien', 'link', 'relation', 'entre', 'between', 'a', 'et', 'and', 'to', 'avec', 'with']);

interface LinkWords {
  status?: CoupleStatus;
  quality?: RelationQuality;
  formality?: PartnershipLink['formality'];
  description: Description;
}

function readLinkWords(words: readonly string[]): LinkWords {
  const said: LinkWords = { description: { roleText: '', unknown: [] } };
  const rest: string[] = [];
  let i = 0;
  while (i < words.length) {
    const text = words.slice(i).join(' ');
    const formality = said.formality ? null : partnershipAt(text);
    const status = said.status ? null : coupleStatusAt(text);
    const best = [formality, status].reduce((a, b) => ((b?.length ?? 0) > (a?.length ?? 0) ? b : a), null);
    if (best) {
      if (best === formality) said.formality = formality?.value;
      else said.status = status?.value;
      i += best.length;
      continue;
    }
    rest.push(words[i] as string);
    i += 1;
  }
  said.description = readDescription(rest.filter((w) => !LINKING_WORDS.has(w)).join(' '));
  said.quality = said.description.quality;
  return said;
}

const isService = (node: CaseNode | undefined) => node?.kind === 'professional' || node?.kind === 'institution';

function existingLink(doc: CaseDocument, a: Id, b: Id, kind: CaseLink['kind']): CaseLink | undefined {
  return doc.links.find((l) => l.kind === kind && linkEnds(l).includes(a) && linkEnds(l).includes(b));
}

/** The relation between a and b as said: a directed quality goes from the first named. */
function relationChange(doc: CaseDocument, a: Id, b: Id, quality: RelationQuality | undefined): Change {
  const direction: RelationLink['direction'] = quality && DIRECTED_QUALITIES.has(quality) ? 'forward' : 'none';
  const existing = existingLink(doc, a, b, 'relation');
  const patch = { ...(quality ? { quality } : {}), direction, a, b };
  if (existing) return { doc: updateLink(doc, existing.id, patch), created: [existing.id] };
  return addLink(doc, newLink({ kind: 'relation', ...patch }));
}

function linkProposal(ctx: PaletteContext, text: string): Proposal | null {
  const { doc, locale } = ctx;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const words = foldWords(text);
  const found = mentions(doc, words);
  const ids = [...new Set(found.map((m) => m.id))];
  if (ids.length !== 2) return null;
  const [a, b] = ids as [Id, Id];
  const said = readLinkWords(words.filter((_, i) => !found.some((m) => i >= m.start && i < m.end)));
  if (said.description.unknown.length > 0) return null;
  const na = doc.nodes.find((n) => n.id === a);
  const nb = doc.nodes.find((n) => n.id === b);
  let change: Change;
  const what: string[] = [];
  if (na?.kind === 'person' && nb?.kind === 'person' && (said.status || coupleBetween(doc, a, b)) && !said.quality) {
    const couple = coupleBetween(doc, a, b);
    const status = said.status ?? couple?.status ?? 'married';
    change = couple ? { doc: updateLink(doc, couple.id, { status }), created: [couple.id] } : addLink(doc, newLink({ kind: 'couple', a, b, status }));
    what.push(t('link.couple'), t(`couple.${status}`));
  } else if (na?.kind === 'person' && nb?.kind === 'person') {
    change = relationChange(doc, a, b, said.quality);
    what.push(t(`relation.${said.quality ?? 'close'}`));
  } else if (isService(na) && isService(nb)) {
    const formality = said.formality ?? 'informal';
    const existing = existingLink(doc, a, b, 'partnership');
    change = existing ? { doc: updateLink(doc, existing.id, { formality }), created: [existing.id] } : addLink(doc, newLink({ kind: 'partnership', a, b, formality }));
    what.push(t(`partnership.${formality}`));
  } else {
    const from = isService(na) ? a : b;
    const to = from === a ? b : a;
    const existing = existingLink(doc, from, to, 'intervention');
    const linked = existing ? { doc, created: [existing.id] } : linkBetween(doc, from, to);
    if (linked.created.length === 0) return null;
    change = { ...linked, doc: withDescribedWork(linked.doc, from, said.description) };
    const link = change.doc.links.find((l) => l.id === linked.created[0]);
    what.push(t('link.intervention'));
    if (link?.kind === 'intervention') {
      if (link.measure) what.push(measureLabel(link.measure, locale));
      what.push(t(`mandate.${link.mandate}`));
      if (link.quality) what.push(t(`relation.${link.quality}`));
    }
  }
  return { kind: 'change', label: t('palette.link', { a: nameOf(doc, a, t), b: nameOf(doc, b, t), what: what.join(' · ') }), change };
}

// ---------------------------------------------------------------------------------------------
// Anything else: commands of the table and elements to go to

/** Commands that make no sense from the palette (moves, the palette itself). */
const NOT_LISTED: ReadonlySet<CommandId> = new Set(['palette', 'escape', 'nudge-left', 'nudge-right', 'nudge-up', 'nudge-down']);

/** Every typed word starts a word of the text ("exp pdf" finds "Exporter (PDF, SVG…)"). */
function wordsStart(text: string, query: readonly string[]): boolean {
  const words = foldWords(text);
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

export function matchingCommands(text: string, locale: Locale): CommandId[] {
  const query = foldWords(text);
  if (query.length === 0) return [];
  return (COMMANDS as readonly (CommandSpec & { id: CommandId })[]).filter((c) => !NOT_LISTED.has(c.id) && wordsStart(translate(locale, c.label), query)).map((c) => c.id);
}

function matchingElements(doc: CaseDocument, text: string): Id[] {
  const query = foldWords(text);
  if (query.length === 0) return [];
  return doc.nodes.filter((n) => n.name && wordsStart(n.name, query)).map((n) => n.id);
}

/** What the palette offers for a typed line, best first. */
export function proposals(ctx: PaletteContext, text: string): Proposal[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(ctx.locale, key, params);
  const line = text.trim();
  if (!line) return [];
  const adding = /^(?:\+|ajouter\s|add\s)/iu.exec(line);
  const found: Proposal[] = [];
  if (adding) {
    const proposal = additionProposal(ctx, line.slice(adding[0].length));
    if (proposal) found.push(proposal);
    return found;
  }
  const link = linkProposal(ctx, line);
  if (link) found.push(link);
  for (const id of matchingElements(ctx.doc, line)) found.push({ kind: 'select', id, label: t('palette.goTo', { name: nameOf(ctx.doc, id, t) }) });
  for (const command of matchingCommands(line, ctx.locale)) found.push({ kind: 'command', command, label: t((COMMANDS as readonly CommandSpec[]).find((c) => c.id === command)?.label as MessageKey) });
  return found.slice(0, MAX_PROPOSALS);
}
