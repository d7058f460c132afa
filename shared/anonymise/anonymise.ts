// "Export pour la formation": the same diagram with nothing that identifies the family or the
// professionals. Names become role labels, ages become bands, dates and free text go, institution
// names become their kind, every id is replaced. The structure and the layout stay: the diagram
// still teaches.
import { CURRENT_SCHEMA_VERSION, referenceYearOf, type CaseDocument } from '../model/case';
import type { CaseLink } from '../model/links';
import type { CaseNode, InstitutionNode } from '../model/nodes';
import { CATEGORY_LABELS, INSTITUTION_PRESETS, isPreset, MEASURE_PRESETS, institutionTypeLabel } from '../model/presets';
import { newId, type Id } from '../model/primitives';
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import { ageBand, ageBandFor, personAgeNow, personLabels, type Viewpoint } from './labels';
import { roleCandidates, type RoleCandidate } from './roles';
import { sensitiveStrings, type SensitiveString } from './sensitive';
import { findWord, foldText } from './text';

export interface AnonymiseOptions {
  locale: Locale;
  /** The neutral title the user typed; "Situation A" by default. */
  title?: string;
  /** Labels the user changed in the preview, by original id. */
  overrides?: ReadonlyMap<Id, string>;
  /**
   * Whose relations the family labels say: the index person's children ("Mère", "Grand-mère
   * maternelle": how practitioners talk about a family, and the default), or the index person
   * ("Personne concernée", "Mère", "Ex-conjoint"). Without children, the index person's.
   */
  viewpoint?: Viewpoint;
}

export interface Anonymised {
  doc: CaseDocument;
  /** Label of each original element, by original id, as drawn (for the side-by-side preview). */
  labels: Map<Id, string>;
  /**
   * The label where no institution box is drawn around a professional (a narrative, a list): the
   * institution's kind after the role, "AS 2 — Bailleur social". Other elements: their label.
   */
  descriptions: Map<Id, string>;
  /** Age band of each person, by new id, as drawn (also in each person's `ageBand`). */
  ageLabels: Map<Id, string>;
  /** What the leak guard must look for. */
  sensitive: SensitiveString[];
  /**
   * Each element of the anonymised case by its new id: its kind, the label the app gave it (how a
   * blocked export names it to the user) and whether the user typed its label.
   */
  elements: Map<Id, { kind: LabelKind; label: string; typed: boolean; originalId: Id }>;
  /** The new id of each original element, link and household, by original id. */
  ids: ReadonlyMap<Id, Id>;
}

export const NEUTRAL_DATE = '2000-01-01T00:00:00.000Z';

export type LabelKind = 'person' | 'professional' | 'institution' | 'household';
const FALLBACK: Readonly<Record<LabelKind, MessageKey>> = {
  person: 'anonymise.person',
  professional: 'anonymise.professional',
  institution: 'anonymise.institution',
  household: 'anonymise.household',
};

export function defaultTrainingTitle(locale: Locale): string {
  return locale === 'fr' ? 'Situation A' : 'Case A';
}

function collides(label: string, sensitive: readonly string[]): boolean {
  const folded = foldText(label);
  return sensitive.some((s) => findWord(folded, s).length > 0);
}

/**
 * The first candidate that contains none of the case's sensitive strings (a family named "Petit"
 * and the label "Petit-fils"...), else a numbered neutral label.
 */
function safeLabel(candidates: readonly string[], kind: LabelKind, n: number, locale: Locale, sensitive: readonly string[]): string {
  for (const candidate of [...candidates, `${translate(locale, FALLBACK[kind])} ${n}`, `${kind.charAt(0).toUpperCase()}${n}`]) {
    if (!collides(candidate, sensitive)) return candidate;
  }
  return `#${n}`;
}

export function anonymiseCase(original: CaseDocument, options: AnonymiseOptions): Anonymised {
  const { locale } = options;
  const sensitive = sensitiveStrings(original);
  const foldedSensitive = sensitive.map((s) => foldText(s.text));
  // A person's label is a word of the kinship or circle vocabulary ("Voisin", "Petit-fils"): never
  // a name, even where a word of a surname of the case is that word (the guard knows it; see
  // leak-guard.ts), but a whole name of the case is avoided ("Légende"). A professional's label
  // may hold a typed role, which may name a place: held to every word.
  const foldedWholeNames = sensitive.filter((s) => !s.part).map((s) => foldText(s.text));
  const people = personLabels(original, locale, options.viewpoint ?? 'children');
  const byId = new Map(original.nodes.map((n) => [n.id, n]));
  const institutionLabel = (n: InstitutionNode) => institutionTypeLabel(n.type, locale) ?? CATEGORY_LABELS[n.category][locale];

  // Professionals are numbered among those of the same role in the same kind of institution, and
  // the number goes on the person ("AS 2"), never on the institution. Inside its institution's box
  // a professional is named by role only: the box says the institution.
  const roles = new Map<Id, string>();
  const sameRole = new Map<string, number>();
  const labels = new Map<Id, string>();
  const given = new Map<Id, { kind: LabelKind; label: string; typed: boolean }>();
  let counter = 0;
  /** Labels `id` with the user's override or the first candidate that leaks nothing; returns that candidate's index (-1: a neutral fallback). */
  const settle = (id: Id, kind: LabelKind, candidates: readonly string[]): number => {
    counter++;
    const safe = safeLabel(candidates, kind, counter, locale, kind === 'person' ? foldedWholeNames : foldedSensitive);
    const typed = options.overrides?.get(id)?.trim();
    labels.set(id, typed || safe);
    given.set(id, { kind, label: safe, typed: !!typed && typed !== safe });
    return candidates.indexOf(safe);
  };
  const generic = translate(locale, FALLBACK.professional);
  for (const n of original.nodes) {
    if (n.kind === 'person') settle(n.id, 'person', [people.get(n.id) ?? translate(locale, FALLBACK.person)]);
    else if (n.kind === 'institution') settle(n.id, 'institution', [institutionLabel(n)]);
    else {
      const candidates: RoleCandidate[] = [...roleCandidates(n.role, locale), { label: generic, role: '' }];
      const inst = n.institutionId ? byId.get(n.institutionId) : undefined;
      const key = `${candidates[0]?.label}|${inst?.kind === 'institution' ? institutionLabel(inst) : ''}`;
      const rank = (sameRole.get(key) ?? 0) + 1;
      sameRole.set(key, rank);
      const chosen = settle(n.id, 'professional', candidates.map((c) => (rank === 1 ? c.label : `${c.label} ${rank}`)));
      roles.set(n.id, candidates[chosen]?.role ?? '');
    }
  }
  original.households.forEach((h, i) => settle(h.id, 'household', [original.households.length > 1 ? `${translate(locale, FALLBACK.household)} ${i + 1}` : translate(locale, FALLBACK.household)]));
  const descriptions = new Map(labels);
  for (const n of original.nodes) {
    const inst = n.kind === 'professional' && n.institutionId ? byId.get(n.institutionId) : undefined;
    const label = labels.get(n.id);
    const where = inst ? labels.get(inst.id) : undefined;
    if (label && where && !options.overrides?.get(n.id)?.trim()) descriptions.set(n.id, `${label} — ${where}`);
  }

  // Fresh ids: an anonymised file must not be linkable to the original by its ids.
  const ids = new Map<Id, Id>();
  const map = (id: Id): Id => {
    let next = ids.get(id);
    if (!next) {
      next = newId();
      ids.set(id, next);
    }
    return next;
  };
  const referenceYear = referenceYearOf(original);
  const ageLabels = new Map<Id, string>();
  const nodes: CaseNode[] = original.nodes.map((n) => {
    const base = { id: map(n.id), position: n.position, pinned: n.pinned, notes: '', name: labels.get(n.id) ?? '' };
    if (n.kind === 'person') {
      const age = personAgeNow(n, referenceYear);
      if (age !== undefined) ageLabels.set(base.id, ageBand(age));
      // The band, not the age: what a trainee needs, and what a re-imported file still draws.
      const band = age !== undefined ? ageBandFor(age) : n.ageBand;
      return { ...base, kind: 'person', gender: n.gender, deceased: n.deceased, index: n.index, circle: n.circle, ...(band ? { ageBand: band } : {}) };
    }
    if (n.kind === 'professional') {
      return {
        ...base,
        kind: 'professional',
        role: roles.get(n.id) ?? '',
        ...(n.field ? { field: n.field } : {}),
        ...(n.institutionId && byId.has(n.institutionId) ? { institutionId: map(n.institutionId) } : {}),
      };
    }
    return { ...base, kind: 'institution', category: n.category, type: isPreset(INSTITUTION_PRESETS, n.type) ? n.type : '' };
  });
  const households = original.households.map((h) => ({ id: map(h.id), name: labels.get(h.id) ?? '', members: h.members.map(map), notes: '' }));
  const links: CaseLink[] = original.links.map((l): CaseLink => {
    const id = map(l.id);
    switch (l.kind) {
      case 'couple':
        return { id, kind: 'couple', a: map(l.a), b: map(l.b), status: l.status, notes: '' };
      case 'filiation':
        return { id, kind: 'filiation', parent: map(l.parent), child: map(l.child), type: l.type, notes: '' };
      case 'relation':
        return { id, kind: 'relation', a: map(l.a), b: map(l.b), quality: l.quality, direction: l.direction, intensity: l.intensity, notes: '' };
      case 'intervention':
        // The quality of the relationship (a conflictual follow-up, a broken one) is what training
        // discusses, and identifies no one: kept. Its dates go, like every date.
        return { id, kind: 'intervention', from: map(l.from), to: map(l.to), mandate: l.mandate, measure: isPreset(MEASURE_PRESETS, l.measure) ? l.measure : '', ...(l.quality ? { quality: l.quality } : {}), notes: '' };
      case 'partnership':
        return { id, kind: 'partnership', a: map(l.a), b: map(l.b), formality: l.formality, notes: '' };
      case 'referral':
        return { id, kind: 'referral', from: map(l.from), to: map(l.to), notes: '' };
    }
  });
  const title = options.title?.trim() || defaultTrainingTitle(locale);
  return {
    doc: { schemaVersion: CURRENT_SCHEMA_VERSION, id: newId(), title, createdAt: NEUTRAL_DATE, updatedAt: NEUTRAL_DATE, nodes, links, households, notes: '', events: [], meetings: [], consents: [], snapshots: [] },
    labels,
    descriptions,
    ageLabels,
    sensitive,
    elements: new Map([...given].map(([originalId, element]) => [map(originalId), { ...element, originalId }])),
    ids,
  };
}
