// The network told in words: who the case is about and who lives with whom, the family's structure,
// the relationships, the wider circle, each professional with role, institution and mandate, the
// partnerships and the missing ones, the dated events, and what changed since a snapshot. For
// screen readers (the canvas's text alternative), for report drafts, and anonymised for training.
import { dayOf, firstDay, hasEndedBy, type Day } from '../model/dates';
import type { CaseLink, CoupleLink, FiliationLink, InterventionLink } from '../model/links';
import { linkEnds } from '../model/links';
import type { CaseNode, PersonNode, ProfessionalNode } from '../model/nodes';
import { findPreset, institutionTypeLabel, isPreset, measureLabel, MEASURE_PRESETS, ROLE_PRESETS } from '../model/presets';
import type { Id } from '../model/primitives';
import type { Comparison } from '../timeline/compare';
import type { MapState } from '../timeline/state';
import { describeChanges } from './changes';
import type { Namer } from './namer';
import { PHRASES, type Phrases } from './phrases';

export interface NarrativeSection {
  heading: string;
  /** A sentence said before a list. */
  intro?: string;
  sentences: string[];
  /** Told as a list (one line each) rather than a paragraph. */
  list?: boolean;
}

export interface Narrative {
  title: string;
  sections: NarrativeSection[];
}

export interface NarrateOptions {
  namer: Namer;
  /** What changed since an earlier state, told at the end. */
  since?: { name: string; date: string; comparison: Comparison };
  /** The day the state stands for: an intervention that ended before it is told in the past. */
  day?: Day;
}

/** How many pairs of professionals without a known tie are named before "and N more". */
const MISSING_SHOWN = 12;

/** The first letter lowered, unless the word is an acronym (AEMO, CPE). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A professional's role in words: the preset's full name, or what was typed (not when anonymised). */
export function roleText(node: ProfessionalNode, namer: Namer): string {
  const preset = findPreset(ROLE_PRESETS, node.role);
  // "Pastoral lead (school)": the aside is dropped, the institution follows in brackets.
  return preset ? lowerFirst(preset.long[namer.locale].replace(/\s*\(.*\)$/, '')) : namer.freeText(node.role);
}

export function measureText(measure: string, namer: Namer): string {
  if (!measure) return '';
  return isPreset(MEASURE_PRESETS, measure) ? lowerFirst(measureLabel(measure, namer.locale)) : namer.freeText(measure);
}

/** "assistant·e de service social (Conseil départemental)": left out when anonymised, where the label says it. */
export function actorDetails(node: CaseNode, namer: Namer): string {
  if (namer.anonymised) return '';
  if (node.kind === 'professional') {
    const role = roleText(node, namer);
    const inside = node.institutionId ? namer.node(node.institutionId) : undefined;
    const institution = inside ? namer.name(inside.id) : '';
    return role && institution ? `${role} (${institution})` : role || institution;
  }
  if (node.kind === 'institution') {
    const type = institutionTypeLabel(node.type, namer.locale);
    return type && type !== node.name ? lowerFirst(type) : '';
  }
  return '';
}

export function interventionDetails(link: InterventionLink, namer: Namer, P: Phrases): string {
  return P.interventionDetails(measureText(link.measure, namer), link.mandate, namer.date(link.since), namer.date(link.until), link.quality ? P.relationAdjective(link.quality) : '');
}

function pairKey(a: Id, b: Id): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function narrate(state: MapState, { namer, since, day = dayOf(new Date()) }: NarrateOptions): Narrative {
  const P = PHRASES[namer.locale];
  const nodes = new Map(state.nodes.map((n) => [n.id, n]));
  const people = state.nodes.filter((n): n is PersonNode => n.kind === 'person');
  const person = (id: Id) => (nodes.get(id)?.kind === 'person' ? (nodes.get(id) as PersonNode) : undefined);
  const householdOf = new Map<Id, MapState['households'][number]>();
  for (const h of state.households) for (const m of h.members) householdOf.set(m, h);
  const filiations = state.links.filter((l): l is FiliationLink => l.kind === 'filiation' && !!person(l.parent) && !!person(l.child));
  const couples = state.links.filter((l): l is CoupleLink => l.kind === 'couple' && !!person(l.a) && !!person(l.b));

  // Ages are told where someone is first named.
  const named = new Set<Id>();
  const mention = (id: Id, extra = ''): string => {
    const age = named.has(id) ? '' : namer.age(id);
    named.add(id);
    const aside = [age && P.age(age), extra].filter(Boolean).join(', ');
    return aside ? `${namer.name(id)} (${aside})` : namer.name(id);
  };
  // Indexed: a large family asks these for every couple and every person.
  const childrenOf = new Map<Id, Set<Id>>();
  for (const f of filiations) childrenOf.set(f.parent, (childrenOf.get(f.parent) ?? new Set()).add(f.child));
  const filiationsOf = new Map<Id, FiliationLink[]>();
  for (const f of filiations) filiationsOf.set(f.child, [...(filiationsOf.get(f.child) ?? []), f]);
  const isChildOf = (child: Id, parent: Id) => childrenOf.get(parent)?.has(child) ?? false;
  const byAge = (ids: Id[]) => [...ids].sort((a, b) => Number(namer.age(b).split('-')[0] || -1) - Number(namer.age(a).split('-')[0] || -1));
  const sections: NarrativeSection[] = [];

  // Who is placed on the day told: a placement with no end since. They are told as placed, not as
  // living at home.
  const placements = new Map<Id, MapState['events'][number]>();
  for (const event of [...state.events].sort((a, b) => a.date.localeCompare(b.date))) {
    if (firstDay(event.date) > day || !person(event.subject)) continue;
    if (event.kind === 'placement') placements.set(event.subject, event);
    else if (event.kind === 'placement-end') placements.delete(event.subject);
  }
  const atHome = (id: Id) => !placements.has(id);

  // The index person and who lives with whom.
  const household: string[] = [];
  const index = people.find((p) => p.index);
  const told = new Set<Id>();
  if (index) {
    household.push(P.indexPerson(mention(index.id)));
    const home = householdOf.get(index.id);
    if (home) {
      told.add(home.id);
      const others = home.members.filter((m) => m !== index.id && person(m) && atHome(m));
      const children = byAge(others.filter((m) => isChildOf(m, index.id)));
      const parts: string[] = [];
      for (const m of others) {
        if (children.includes(m)) continue;
        const couple = couples.find((c) => (c.a === m && c.b === index.id) || (c.b === m && c.a === index.id));
        const kin = couple && ['married', 'civil-union'].includes(couple.status) ? 'spouse' : couple && couple.status === 'cohabiting' ? 'partner' : isChildOf(index.id, m) ? 'parent' : null;
        parts.push(kin ? P.kin(index.gender, kin, person(m)?.gender ?? 'unknown', mention(m)) : mention(m));
      }
      if (children.length === 1) parts.push(P.kin(index.gender, 'child', person(children[0] as Id)?.gender ?? 'unknown', mention(children[0] as Id)));
      else if (children.length > 1) parts.push(P.childrenGroup(index.gender, children.length, P.join(children.map((c) => mention(c)))));
      if (parts.length) household.push(P.livesWith(P.subject(index.gender, namer.name(index.id)), P.join(parts)));
      else household.push(P.livesAlone(namer.name(index.id), index.gender));
    }
  }
  for (const h of state.households) {
    if (told.has(h.id)) continue;
    const members = h.members.filter((m) => person(m) && atHome(m));
    if (members.length > 1) household.push(P.liveTogether(P.join(members.map((m) => mention(m)))));
    else if (members.length === 1) household.push(P.livesAlone(mention(members[0] as Id), person(members[0] as Id)?.gender ?? 'unknown'));
  }
  for (const [id, event] of placements) household.push(P.placed(mention(id), person(id)?.gender ?? 'unknown', namer.date(event.date), namer.freeText(event.label)));
  if (household.length) sections.push({ heading: P.heading.household, sentences: household });

  // The family's structure: couples and their children, other parents, the dead.
  const family: string[] = [];
  const toldFiliation = new Set<Id>();
  const orderedCouples = [...couples].sort((x, y) => Number(!!person(y.a)?.index || !!person(y.b)?.index) - Number(!!person(x.a)?.index || !!person(x.b)?.index));
  for (const couple of orderedCouples) {
    const children = byAge([...(childrenOf.get(couple.a) ?? [])].filter((c) => isChildOf(c, couple.b)));
    const tags = children.map((c) => {
      const own = (filiationsOf.get(c) ?? []).filter((f) => f.parent === couple.a || f.parent === couple.b);
      for (const f of own) toldFiliation.add(f.id);
      const special = own.find((f) => f.type !== 'biological');
      return `${mention(c)}${special ? P.filiationTag(special.type) : ''}`;
    });
    const ended = ['separated', 'divorced', 'widowed'].includes(couple.status);
    const sinceYear = namer.date(ended ? couple.endYear : couple.startYear);
    // The person the case is about is named first.
    const [first, second] = person(couple.b)?.index ? [couple.b, couple.a] : [couple.a, couple.b];
    family.push(`${P.couple(mention(first), mention(second), couple.status, sinceYear)}${children.length ? P.coupleChildren(children.length, P.join(tags)) : ''}.`);
  }
  for (const f of filiations) {
    if (toldFiliation.has(f.id)) continue;
    family.push(P.parentOf(mention(f.parent), person(f.parent)?.gender ?? 'unknown', f.type, mention(f.child)));
  }
  for (const p of people) if (p.deceased) family.push(P.deceased(mention(p.id), p.gender, namer.date(p.deathYear)));
  if (family.length) sections.push({ heading: P.heading.family, sentences: family });

  // Relationships.
  const relations = state.links.flatMap((l) => (l.kind === 'relation' && nodes.has(l.a) && nodes.has(l.b) ? [P.relation(mention(l.a), mention(l.b), l.quality, l.direction === 'forward')] : []));
  if (relations.length) sections.push({ heading: P.heading.relations, sentences: relations });

  // The wider circle.
  const circle = people.filter((p) => p.circle !== 'family');
  sections.push({ heading: P.heading.primary, sentences: [circle.length ? P.primaryList(P.join(circle.map((p) => mention(p.id, namer.anonymised ? '' : P.circle(p.circle))))) : P.noPrimary] });

  // The professionals and what they do.
  const interventions = state.links.filter((l): l is InterventionLink => l.kind === 'intervention' && nodes.has(l.from));
  const professionals = state.nodes.filter((n): n is ProfessionalNode => n.kind === 'professional');
  const institutions = state.nodes.filter((n) => n.kind === 'institution');
  const targetName = (id: Id) => (person(id) ? mention(id) : namer.name(id));
  const work = (actor: Id) => {
    const own = interventions.filter((l) => l.from === actor);
    return own.length ? P.join(own.map((l) => (hasEndedBy(l.until, day) ? P.pastIntervention : P.intervention)(targetName(l.to), interventionDetails(l, namer, P)))) : P.noIntervention;
  };
  const staffed = new Set(professionals.flatMap((p) => (p.institutionId ? [p.institutionId] : [])));
  if (professionals.length || institutions.length) {
    const intro = P.secondaryIntro(professionals.length, institutions.length, interventions.length, interventions.filter((l) => l.mandate === 'judicial').length);
    const secondary: string[] = [];
    for (const p of professionals) secondary.push(P.actor(namer.name(p.id), actorDetails(p, namer), !!p.referent, work(p.id)));
    for (const i of institutions) if (interventions.some((l) => l.from === i.id)) secondary.push(P.actor(namer.name(i.id), actorDetails(i, namer), false, work(i.id)));
    const idle = institutions.filter((i) => !staffed.has(i.id) && !interventions.some((l) => l.from === i.id));
    if (idle.length) secondary.push(P.otherInstitutions(P.join(idle.map((i) => namer.name(i.id)))));
    sections.push({ heading: P.heading.secondary, intro, sentences: secondary, list: true });
  }

  // Partnerships, referrals, and professionals who work with the same person without a known tie.
  const partnerships: string[] = [];
  const known = new Set<string>();
  const staffOf = (id: Id) => [id, ...professionals.filter((p) => p.institutionId === id).map((p) => p.id)];
  for (const link of state.links) {
    if (link.kind !== 'partnership' && link.kind !== 'referral') continue;
    const [a, b] = linkEnds(link);
    if (!nodes.has(a) || !nodes.has(b)) continue;
    for (const x of staffOf(a)) for (const y of staffOf(b)) known.add(pairKey(x, y));
    partnerships.push(link.kind === 'partnership' ? P.partnership(namer.name(a), namer.name(b), link.formality) : P.referral(namer.name(a), namer.name(b), namer.date(link.date)));
  }
  for (const p of professionals) for (const q of professionals) if (p.institutionId && p.institutionId === q.institutionId) known.add(pairKey(p.id, q.id));
  const missing: string[] = [];
  const targets = [...new Set(interventions.map((l) => l.to))];
  let more = 0;
  for (const target of targets) {
    const actors = [...new Set(interventions.filter((l) => l.to === target).map((l) => l.from))];
    let first = true;
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        if (known.has(pairKey(actors[i] as Id, actors[j] as Id))) continue;
        if (missing.length >= MISSING_SHOWN) {
          more++;
          continue;
        }
        missing.push(P.missingPair(namer.name(actors[i] as Id), namer.name(actors[j] as Id), namer.name(target), first && missing.length === 0));
        first = false;
      }
    }
  }
  if (missing.length) partnerships.push(`${P.missingIntro}${missing.join(P.semicolon)}${more ? `${P.semicolon}${P.andMore(more)}` : ''}.`);
  if (!partnerships.length && professionals.length + institutions.length > 1) partnerships.push(P.noPartnership);
  if (partnerships.length) sections.push({ heading: P.heading.partnerships, sentences: partnerships });

  // Dated events: sensitive, never told anonymised.
  if (!namer.anonymised) {
    const events = [...state.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => P.dated(namer.date(e.date), P.event(e.kind, namer.name(e.subject), e.label)));
    if (events.length) sections.push({ heading: P.heading.events, sentences: events, list: true });
  }

  if (since) {
    const heading = namer.anonymised ? P.sinceEarlier : P.since(since.name, since.date);
    const changes = describeChanges(since.comparison, namer);
    sections.push({ heading, sentences: changes.length ? changes : [P.nothingChanged], list: changes.length > 0 });
  }
  return { title: namer.title, sections };
}

/** The narrative as plain text: the title, then a paragraph per section (lists one line per item). */
export function narrativeText(narrative: Narrative): string {
  const blocks = narrative.sections.map((s) => {
    const opening = s.intro ? `${s.heading}. ${s.intro}` : `${s.heading}.`;
    return s.list ? `${opening}\n${s.sentences.map((line) => `– ${line}`).join('\n')}` : `${opening} ${s.sentences.join(' ')}`;
  });
  return `${[narrative.title, ...blocks].join('\n\n')}\n`;
}

/** For links: who the link is between, named. */
export function linkEndsNamed(link: CaseLink, namer: Namer): [string, string] {
  const [a, b] = linkEnds(link);
  return [namer.name(a), namer.name(b)];
}
