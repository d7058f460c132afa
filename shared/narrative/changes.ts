// What changed between two states, in words: one sentence per arrival, departure or change, in the
// order of the comparison (the numbers drawn on the comparison map refer to these sentences).
// Anonymised, nothing that only a name, a date or typed text would say is told.
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import type { CaseEvent } from '../model/event';
import type { Household } from '../model/household';
import { linkEnds, type CaseLink, type InterventionLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import { CATEGORY_LABELS, institutionTypeLabel } from '../model/presets';
import type { Id } from '../model/primitives';
import { changedRecord, type Change, type Comparison, type FieldChange, type FieldValue } from '../timeline/compare';
import type { Namer } from './namer';
import { actorDetails, interventionDetails, lowerFirst, measureText, roleText } from './narrative';
import { cap, PHRASES } from './phrases';

interface ChangeWords {
  appears(name: string, circle: string): string;
  joins(name: string, details: string): string;
  disappears(name: string): string;
  leaves(name: string, details: string): string;
  /** Several fields of one record, each "label before → after", in one sentence. */
  fields(subject: string, parts: readonly string[]): string;
  renamed(before: string, after: string): string;
  died(name: string): string;
  notDead(name: string): string;
  becomesIndex(name: string): string;
  noLongerIndex(name: string): string;
  becomesReferent(name: string): string;
  noLongerReferent(name: string): string;
  newLink(kind: CaseLink['kind'], sentence: string): string;
  interventionEnds(from: string, to: string, details: string): string;
  linkGone(kind: string, a: string, b: string): string;
  coupleGone(a: string, b: string): string;
  intervention(from: string, to: string): string;
  relationship(a: string, b: string): string;
  couple(a: string, b: string): string;
  tie(a: string, b: string): string;
  ended(subject: string, date: string): string;
  resumed(subject: string): string;
  carriedBy(subject: string, by: string): string;
  concerns(subject: string, whom: string): string;
  relinks(subject: string, a: string, b: string): string;
  newHousehold(members: string): string;
  householdGone(members: string): string;
  joinsHousehold(names: string, many: boolean, members: string): string;
  leavesHousehold(names: string, many: boolean, members: string): string;
  newEvent(date: string, what: string): string;
  eventGone(date: string, what: string): string;
  eventChanged(date: string, what: string): string;
  labels: Record<string, string>;
  /** A mandate as the value of the "mandate" field ("mandat judiciaire → administratif"). */
  mandate(mandate: InterventionLink['mandate']): string;
  none: string;
}

const WORDS: Record<Locale, ChangeWords> = {
  fr: {
    appears: (name, circle) => `${name} apparaît sur la carte${circle ? ` (${circle})` : ''}.`,
    joins: (name, details) => `${name}${details ? `, ${details},` : ''} rejoint le réseau.`,
    disappears: (name) => `${name} n’apparaît plus sur la carte.`,
    leaves: (name, details) => `${name}${details ? `, ${details},` : ''} a quitté le réseau.`,
    fields: (subject, parts) => `${subject} : ${parts.join(', ')}.`,
    renamed: (before, after) => `${before} s’appelle désormais ${after}.`,
    died: (name) => `${name} est décédé·e.`,
    notDead: (name) => `${name} n’est plus indiqué·e comme décédé·e.`,
    becomesIndex: (name) => `${name} devient la personne concernée.`,
    noLongerIndex: (name) => `${name} n’est plus la personne concernée.`,
    becomesReferent: (name) => `${name} devient référent·e de la situation.`,
    noLongerReferent: (name) => `${name} n’est plus référent·e de la situation.`,
    newLink: (kind, sentence) =>
      `${{ couple: 'Nouveau couple', filiation: 'Nouveau lien de filiation', relation: 'Nouvelle relation', intervention: 'Nouvelle intervention', partnership: 'Nouveau lien entre professionnel·les', referral: 'Nouvel adressage' }[kind]} : ${sentence}`,
    interventionEnds: (from, to, details) => `Fin de l’intervention ${PHRASES.fr.of(from)} ${PHRASES.fr.with(to)}${details ? ` (${details})` : ''}.`,
    linkGone: (kind, a, b) => `Le lien (${kind}) entre ${a} et ${b} n’apparaît plus.`,
    coupleGone: (a, b) => `Le couple ${a} et ${b} n’apparaît plus.`,
    intervention: (from, to) => `L’intervention ${PHRASES.fr.of(from)} ${PHRASES.fr.with(to)}`,
    relationship: (a, b) => `La relation entre ${a} et ${b}`,
    couple: (a, b) => `Le couple ${a} et ${b}`,
    tie: (a, b) => `Le lien entre ${a} et ${b}`,
    ended: (subject, date) => `${subject} a pris fin${date ? ` (${date})` : ''}.`,
    resumed: (subject) => `${subject} n’a plus de date de fin.`,
    carriedBy: (subject, by) => `${subject} est désormais assurée par ${by}.`,
    concerns: (subject, whom) => `${subject} concerne désormais ${whom}.`,
    relinks: (subject, a, b) => `${subject} relie désormais ${a} et ${b}.`,
    newHousehold: (members) => `Nouveau foyer : ${members} vivent ensemble.`,
    householdGone: (members) => `Le foyer (${members}) n’apparaît plus.`,
    joinsHousehold: (names, many, members) => `${names} ${many ? 'rejoignent' : 'rejoint'} le foyer (${members}).`,
    leavesHousehold: (names, many, members) => `${names} ${many ? 'quittent' : 'quitte'} le foyer${members ? ` (${members})` : ''}.`,
    newEvent: (date, what) => `Nouvel événement${date ? ` (${date})` : ''} : ${what}.`,
    eventGone: (date, what) => `Événement retiré${date ? ` (${date})` : ''} : ${what}.`,
    eventChanged: (date, what) => `Événement corrigé${date ? ` (${date})` : ''} : ${what}.`,
    labels: {
      gender: 'genre', circle: 'cercle', role: 'fonction', institutionId: 'institution', field: 'champ', category: 'catégorie', type: 'type',
      mandate: 'mandat', measure: 'mesure', quality: 'relation', since: 'début', status: 'statut', startYear: 'début', endYear: 'fin',
      direction: 'sens', intensity: 'intensité', formality: 'partenariat', type_link: 'filiation', date: 'date', kind: 'nature', until: 'fin',
    },
    none: 'non précisé',
    // "mandat" is masculine (PHRASES' forms agree with "intervention").
    mandate: (mandate) => ({ judicial: 'judiciaire', administrative: 'administratif', contractual: 'contractuel', voluntary: 'volontaire', informal: 'informel' })[mandate],
  },
  en: {
    appears: (name, circle) => `${name} appears on the map${circle ? ` (${circle})` : ''}.`,
    joins: (name, details) => `${name}${details ? `, ${details},` : ''} joins the network.`,
    disappears: (name) => `${name} no longer appears on the map.`,
    leaves: (name, details) => `${name}${details ? `, ${details},` : ''} has left the network.`,
    fields: (subject, parts) => `${subject}: ${parts.join(', ')}.`,
    renamed: (before, after) => `${before} is now called ${after}.`,
    died: (name) => `${name} has died.`,
    notDead: (name) => `${name} is no longer marked as deceased.`,
    becomesIndex: (name) => `${name} becomes the index person.`,
    noLongerIndex: (name) => `${name} is no longer the index person.`,
    becomesReferent: (name) => `${name} becomes the key worker for the case.`,
    noLongerReferent: (name) => `${name} is no longer the key worker for the case.`,
    newLink: (kind, sentence) =>
      `${{ couple: 'New couple', filiation: 'New parent link', relation: 'New relationship', intervention: 'New intervention', partnership: 'New tie between professionals', referral: 'New referral' }[kind]}: ${sentence}`,
    interventionEnds: (from, to, details) => `${from} no longer works with ${to}${details ? ` (${details})` : ''}.`,
    linkGone: (kind, a, b) => `The ${kind} link between ${a} and ${b} no longer appears.`,
    coupleGone: (a, b) => `The couple ${a} and ${b} no longer appears.`,
    intervention: (from, to) => `The intervention of ${from} with ${to}`,
    relationship: (a, b) => `The relationship between ${a} and ${b}`,
    couple: (a, b) => `The couple ${a} and ${b}`,
    tie: (a, b) => `The tie between ${a} and ${b}`,
    ended: (subject, date) => `${subject} has ended${date ? ` (${date})` : ''}.`,
    resumed: (subject) => `${subject} no longer has an end date.`,
    carriedBy: (subject, by) => `${subject} is now carried out by ${by}.`,
    concerns: (subject, whom) => `${subject} now concerns ${whom}.`,
    relinks: (subject, a, b) => `${subject} now links ${a} and ${b}.`,
    newHousehold: (members) => `New household: ${members} live together.`,
    householdGone: (members) => `The household (${members}) no longer appears.`,
    joinsHousehold: (names, many, members) => `${names} ${many ? 'join' : 'joins'} the household (${members}).`,
    leavesHousehold: (names, many, members) => `${names} ${many ? 'leave' : 'leaves'} the household${members ? ` (${members})` : ''}.`,
    newEvent: (date, what) => `New event${date ? ` (${date})` : ''}: ${what}.`,
    eventGone: (date, what) => `Event removed${date ? ` (${date})` : ''}: ${what}.`,
    eventChanged: (date, what) => `Event corrected${date ? ` (${date})` : ''}: ${what}.`,
    labels: {
      gender: 'gender', circle: 'circle', role: 'role', institutionId: 'institution', field: 'field', category: 'category', type: 'type',
      mandate: 'mandate', measure: 'measure', quality: 'relationship', since: 'start', status: 'status', startYear: 'start', endYear: 'end',
      direction: 'direction', intensity: 'intensity', formality: 'partnership', type_link: 'filiation', date: 'date', kind: 'kind', until: 'end',
    },
    none: 'unspecified',
    mandate: (mandate) => PHRASES.en.mandate(mandate),
  },
};

/** Fields that only names, dates or typed text can say: not told anonymised. */
const IDENTIFYING = new Set(['name', 'since', 'until', 'startYear', 'endYear', 'date', 'label']);

function linkKindLabel(kind: string, locale: Locale): string {
  return lowerFirst(translate(locale, `link.${kind}` as MessageKey));
}

/** A field's value in words. */
function valueText(change: Change, field: string, value: FieldValue, namer: Namer): string {
  const { locale } = namer;
  const P = PHRASES[locale];
  const none = WORDS[locale].none;
  if (value === undefined || value === '') return none;
  const record = change.after ?? change.before;
  const t = (key: string) => lowerFirst(translate(locale, key as MessageKey));
  switch (field) {
    case 'mandate': return WORDS[locale].mandate(value as InterventionLink['mandate']);
    case 'measure': return measureText(String(value), namer) || P.otherMeasure;
    case 'quality': return P.relationAdjective(value as Parameters<typeof P.relationAdjective>[0]);
    case 'status': return P.status(value as Parameters<typeof P.status>[0]);
    case 'formality': return P.formality(value as Parameters<typeof P.formality>[0]);
    case 'circle': return P.circle(value as Parameters<typeof P.circle>[0]);
    case 'field': return P.field(value as Parameters<typeof P.field>[0]);
    case 'gender': return t(`gender.${String(value)}`);
    case 'direction': return t(`direction.${String(value)}`);
    case 'kind': return record && (change.record === 'link') ? linkKindLabel(String(value), locale) : String(value);
    case 'role': return roleText({ role: String(value) } as Parameters<typeof roleText>[0], namer) || none;
    case 'institutionId': return namer.name(String(value));
    case 'category': return lowerFirst(CATEGORY_LABELS[value as keyof typeof CATEGORY_LABELS]?.[locale] ?? String(value));
    case 'type':
      if (change.record === 'link') return P.filiationType(value as Parameters<typeof P.filiationType>[0]);
      return lowerFirst(institutionTypeLabel(String(value), locale) ?? namer.freeText(String(value))) || none;
    case 'since': case 'until': case 'date': case 'startYear': case 'endYear':
      return namer.date(value as string | number) || none;
    default: return String(value);
  }
}

function nodeChange(change: Extract<Change, { record: 'node' }>, namer: Namer): string[] {
  const W = WORDS[namer.locale];
  const P = PHRASES[namer.locale];
  if (change.type === 'arrived' || change.type === 'left') {
    const node = (change.after ?? change.before) as CaseNode;
    const name = namer.name(node.id);
    if (node.kind === 'person') return [change.type === 'arrived' ? W.appears(name, node.circle === 'family' ? '' : P.circle(node.circle)) : W.disappears(name)];
    return [change.type === 'arrived' ? W.joins(name, actorDetails(node, namer)) : W.leaves(name, actorDetails(node, namer))];
  }
  const name = namer.name(change.id);
  const out: string[] = [];
  const parts: string[] = [];
  for (const f of change.fields) {
    if (f.field === 'name') out.push(W.renamed(String(f.before), String(f.after)));
    else if (f.field === 'deceased') out.push(f.after ? W.died(name) : W.notDead(name));
    else if (f.field === 'index') out.push(f.after ? W.becomesIndex(name) : W.noLongerIndex(name));
    else if (f.field === 'referent') out.push(f.after ? W.becomesReferent(name) : W.noLongerReferent(name));
    else parts.push(fieldPart(change, f, namer));
  }
  if (parts.length) out.push(W.fields(name, parts));
  return out;
}

/** "mandat judiciaire → administratif" */
function fieldPart(change: Change, f: FieldChange, namer: Namer): string {
  const W = WORDS[namer.locale];
  const label = change.record === 'link' && f.field === 'type' ? W.labels.type_link : W.labels[f.field] ?? f.field;
  return `${label} ${valueText(change, f.field, f.before, namer)} → ${valueText(change, f.field, f.after, namer)}`;
}

function linkChange(change: Extract<Change, { record: 'link' }>, namer: Namer): string[] {
  const W = WORDS[namer.locale];
  const P = PHRASES[namer.locale];
  const link = (change.after ?? change.before) as CaseLink;
  const [a, b] = linkEnds(link).map((id) => namer.name(id)) as [string, string];
  if (change.type === 'arrived') {
    const sentence =
      link.kind === 'intervention' ? `${a} ${P.intervention(b, interventionDetails(link, namer, P))}.`
      : link.kind === 'couple' ? `${P.couple(a, b, link.status, '')}.`
      : link.kind === 'filiation' ? P.parentOf(a, namer.node(link.parent)?.kind === 'person' ? (namer.node(link.parent) as Extract<CaseNode, { kind: 'person' }>).gender : 'unknown', link.type, b)
      : link.kind === 'relation' ? P.relation(a, b, link.quality, link.direction === 'forward')
      : link.kind === 'partnership' ? P.partnership(a, b, link.formality)
      : P.referral(a, b, namer.date(link.date));
    return [W.newLink(link.kind, sentence)];
  }
  if (change.type === 'left') {
    if (link.kind === 'intervention') return [W.interventionEnds(a, b, interventionDetails(link, namer, P))];
    if (link.kind === 'couple') return [W.coupleGone(a, b)];
    return [W.linkGone(linkKindLabel(link.kind, namer.locale), a, b)];
  }
  // Changed: the subject is named as it was, each field then says what it became.
  const before = (change.before ?? link) as CaseLink;
  const [oldA, oldB] = linkEnds(before).map((id) => namer.name(id)) as [string, string];
  const subject =
    link.kind === 'intervention' ? W.intervention(oldA, oldB)
    : link.kind === 'relation' ? W.relationship(oldA, oldB)
    : link.kind === 'couple' ? W.couple(oldA, oldB)
    : W.tie(oldA, oldB);
  const out: string[] = [];
  const parts: string[] = [];
  let relinked = false;
  for (const f of change.fields) {
    if (['a', 'b', 'parent', 'child'].includes(f.field)) {
      if (!relinked) out.push(W.relinks(subject, a, b));
      relinked = true;
    } else if (f.field === 'from') out.push(W.carriedBy(subject, namer.name(String(f.after))));
    else if (f.field === 'to') out.push(W.concerns(subject, namer.name(String(f.after))));
    else if (f.field === 'until' && f.before === undefined) out.push(W.ended(subject, namer.date(f.after as string)));
    else if (f.field === 'until' && f.after === undefined) out.push(W.resumed(subject));
    else parts.push(fieldPart(change, f, namer));
  }
  if (parts.length) out.push(W.fields(subject, parts));
  return out;
}

function householdChange(change: Extract<Change, { record: 'household' }>, namer: Namer): string[] {
  const W = WORDS[namer.locale];
  const P = PHRASES[namer.locale];
  const household = (change.after ?? change.before) as Household;
  const members = (ids: readonly Id[]) => P.join(ids.map((id) => namer.name(id)));
  if (change.type === 'arrived') return [W.newHousehold(members(household.members))];
  if (change.type === 'left') return [W.householdGone(members(household.members))];
  const f = change.fields.find((x) => x.field === 'members');
  if (!f) return [];
  const before = new Set(f.before as readonly Id[]);
  const after = new Set(f.after as readonly Id[]);
  const joined = [...after].filter((id) => !before.has(id));
  const left = [...before].filter((id) => !after.has(id));
  const out: string[] = [];
  if (joined.length) out.push(W.joinsHousehold(members(joined), joined.length > 1, members([...after])));
  if (left.length) out.push(W.leavesHousehold(members(left), left.length > 1, members([...after])));
  return out;
}

function eventChange(change: Extract<Change, { record: 'event' }>, namer: Namer): string[] {
  const W = WORDS[namer.locale];
  const P = PHRASES[namer.locale];
  const event = (change.after ?? change.before) as CaseEvent;
  const date = namer.date(event.date);
  const what = P.event(event.kind, namer.name(event.subject), namer.freeText(event.label));
  return [change.type === 'arrived' ? W.newEvent(date, what) : change.type === 'left' ? W.eventGone(date, what) : W.eventChanged(date, what)];
}

/**
 * The change as it may be told: anonymised, nothing that only a changed name, a date or typed text
 * says (an intervention that ended is still told, without its date; an event by its kind and whom
 * it concerns, a placement say, without its date or its words; an event of no kind says nothing).
 */
function tellableChange(change: Change, namer: Namer): Change | null {
  if (!namer.anonymised) return change;
  if (change.record === 'event' && (changedRecord(change) as CaseEvent).kind === 'other') return null;
  if (change.type !== 'changed') return change;
  const fields = change.fields.filter((f) => !IDENTIFYING.has(f.field) || f.field === 'until');
  return fields.length ? ({ ...change, fields } as Change) : null;
}

/** One entry per change told (several sentences when several fields changed), in the comparison's order. */
export function describeChangeList(comparison: Comparison, namer: Namer): Array<{ change: Change; sentences: string[] }> {
  const out: Array<{ change: Change; sentences: string[] }> = [];
  for (const change of comparison.changes) {
    const told = tellableChange(change, namer);
    if (!told) continue;
    const sentences =
      told.record === 'node' ? nodeChange(told, namer)
      : told.record === 'link' ? linkChange(told, namer)
      : told.record === 'household' ? householdChange(told, namer)
      : eventChange(told, namer);
    if (sentences.length) out.push({ change, sentences: sentences.map(cap) });
  }
  return out;
}

export function describeChanges(comparison: Comparison, namer: Namer): string[] {
  return describeChangeList(comparison, namer).flatMap((entry) => entry.sentences);
}
