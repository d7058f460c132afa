// How the narrative calls each element: by its name, or (anonymised) by the label the training
// anonymiser gives it. Either way one namer serves every state being told (the case now and a
// snapshot), so that someone who left is called the same in both.
import { anonymiseCase, defaultTrainingTitle } from '../anonymise/anonymise';
import { ageBand, personAgeNow } from '../anonymise/labels';
import type { SensitiveString } from '../anonymise/sensitive';
import type { Locale } from '../i18n/messages';
import { referenceYearOf, type CaseDocument } from '../model/case';
import { formatPartialDate } from '../model/dates';
import type { Household } from '../model/household';
import type { CaseNode } from '../model/nodes';
import type { Id } from '../model/primitives';
import type { MapState } from '../timeline/state';
import { PHRASES } from './phrases';

export interface Namer {
  locale: Locale;
  anonymised: boolean;
  title: string;
  /** An element's name (or label), or a household told by its members. */
  name(id: Id): string;
  /** "34", "14-15", or '' when unknown (or already in the label). */
  age(id: Id): string;
  /** A date as words, or '' when anonymised: dates identify. */
  date(date: string | number | undefined): string;
  /** Free text (a role or measure typed by hand) as typed, or '' when anonymised. */
  freeText(text: string): string;
  node(id: Id): CaseNode | undefined;
}

/** Every element and household of the states, the newest version of each (later states win). */
export function unionOf(states: readonly MapState[]): MapState {
  const nodes = new Map<Id, CaseNode>();
  const links = new Map<Id, MapState['links'][number]>();
  const households = new Map<Id, Household>();
  const events = new Map<Id, MapState['events'][number]>();
  for (const state of states) {
    for (const n of state.nodes) nodes.set(n.id, n);
    for (const l of state.links) links.set(l.id, l);
    for (const h of state.households) households.set(h.id, h);
    for (const e of state.events) events.set(e.id, e);
  }
  return { nodes: [...nodes.values()], links: [...links.values()], households: [...households.values()], events: [...events.values()] };
}

function baseNamer(locale: Locale, union: MapState, nameOf: (node: CaseNode) => string, householdMembers: (h: Household) => readonly Id[]) {
  const P = PHRASES[locale];
  const nodes = new Map(union.nodes.map((n) => [n.id, n]));
  const households = new Map(union.households.map((h) => [h.id, h]));
  const name = (id: Id): string => {
    const node = nodes.get(id);
    if (node) return nameOf(node) || P.unnamed;
    const household = households.get(id);
    if (household) {
      // A household is told by the person the case is about when it is theirs, else by all its members.
      const members = householdMembers(household).map((m) => nodes.get(m)).filter((n): n is CaseNode => n !== undefined);
      const index = members.find((m) => m.kind === 'person' && m.index);
      return P.household(P.join((index ? [index] : members).map((m) => nameOf(m) || P.unnamed)));
    }
    return P.unnamed;
  };
  return { name, node: (id: Id) => nodes.get(id) };
}

/** The names as they are: for the practitioner. */
export function clearNamer(doc: Pick<CaseDocument, 'title' | 'referenceYear' | 'updatedAt'>, states: readonly MapState[], locale: Locale): Namer {
  const union = unionOf(states);
  const referenceYear = referenceYearOf(doc);
  const { name, node } = baseNamer(locale, union, (n) => n.name.trim(), (h) => h.members);
  return {
    locale,
    anonymised: false,
    title: doc.title,
    name,
    node,
    age: (id) => {
      const n = node(id);
      const age = n?.kind === 'person' ? personAgeNow(n, referenceYear) : undefined;
      return age === undefined ? '' : String(age);
    },
    date: (date) => (date === undefined || date === '' ? '' : typeof date === 'number' ? String(date) : formatPartialDate(date, locale)),
    freeText: (text) => text,
  };
}

/**
 * The labels of the training anonymiser (anonymiseCase) for every element of the states, and what
 * the leak guard must then look for. The anonymiser reads one case: it is given the union of the
 * states, so that everyone who appears in any of them has a label.
 */
export function anonymisedNamer(doc: CaseDocument, states: readonly MapState[], locale: Locale, title?: string): { namer: Namer; sensitive: SensitiveString[] } {
  const union = unionOf(states);
  const unionDoc: CaseDocument = { ...doc, nodes: [...union.nodes], links: [...union.links], households: [...union.households], events: [...union.events] };
  const anonymised = anonymiseCase(unionDoc, { locale, ...(title ? { title } : {}) });
  const referenceYear = referenceYearOf(doc);
  // Told in words, a professional is not inside their institution's box: "AS 2 — Bailleur social".
  const { name, node } = baseNamer(locale, union, (n) => anonymised.descriptions.get(n.id) ?? anonymised.labels.get(n.id) ?? '', (h) => h.members);
  return {
    namer: {
      locale,
      anonymised: true,
      title: title?.trim() || defaultTrainingTitle(locale),
      name,
      node,
      age: (id) => {
        const n = node(id);
        const age = n?.kind === 'person' ? personAgeNow(n, referenceYear) : undefined;
        // A numbered label ("Voisine 2") reads badly with an age band after it.
        return age === undefined || /\d/.test(name(id)) ? '' : ageBand(age);
      },
      date: () => '',
      freeText: () => '',
    },
    sensitive: anonymised.sensitive,
  };
}
