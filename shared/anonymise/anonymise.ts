// "Export pour la formation": the same diagram with nothing that identifies the family or the
// professionals. Names become role labels, ages become bands, dates and free text go, institution
// names become their kind, every id is replaced. The structure and the layout stay: the diagram
// still teaches.
import { CURRENT_SCHEMA_VERSION, referenceYearOf, type CaseDocument } from '../model/case';
import type { CaseLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import { CATEGORY_LABELS, INSTITUTION_PRESETS, isPreset, MEASURE_PRESETS, ROLE_PRESETS, roleLabel, institutionTypeLabel } from '../model/presets';
import { newId, type Id } from '../model/primitives';
import type { Locale } from '../i18n/messages';
import { ageBand, kinshipLabels, numberDuplicates, personAgeNow } from './labels';
import { sensitiveStrings, type SensitiveString } from './sensitive';
import { findWord, foldText } from './text';

export interface AnonymiseOptions {
  locale: Locale;
  /** The neutral title the user typed; "Situation A" by default. */
  title?: string;
  /** Labels the user changed in the preview, by original id. */
  overrides?: ReadonlyMap<Id, string>;
}

export interface Anonymised {
  doc: CaseDocument;
  /** Label of each original element, by original id (for the side-by-side preview). */
  labels: Map<Id, string>;
  /** Age band to draw in each person's symbol, by new id. */
  ageLabels: Map<Id, string>;
  /** What the leak guard must look for. */
  sensitive: SensitiveString[];
}

export const NEUTRAL_DATE = '2000-01-01T00:00:00.000Z';
const FALLBACK = {
  fr: { person: 'Personne', professional: 'Professionnel·le', institution: 'Institution', household: 'Foyer', title: 'Situation' },
  en: { person: 'Person', professional: 'Professional', institution: 'Institution', household: 'Household', title: 'Case' },
} as const;

export function defaultTrainingTitle(locale: Locale): string {
  return locale === 'fr' ? 'Situation A' : 'Case A';
}

function collides(label: string, sensitive: readonly string[]): boolean {
  const folded = foldText(label);
  return sensitive.some((s) => findWord(folded, s).length > 0);
}

/** A label that contains none of the case's sensitive strings (a family named "Petit" and the label "Petit-fils"...). */
function safeLabel(label: string, kind: keyof (typeof FALLBACK)['fr'], n: number, locale: Locale, sensitive: readonly string[]): string {
  if (!collides(label, sensitive)) return label;
  for (const candidate of [`${FALLBACK[locale][kind]} ${n}`, `${kind.charAt(0).toUpperCase()}${n}`, `#${n}`]) {
    if (!collides(candidate, sensitive)) return candidate;
  }
  return `#${n}`;
}

export function anonymiseCase(original: CaseDocument, options: AnonymiseOptions): Anonymised {
  const { locale } = options;
  const sensitive = sensitiveStrings(original);
  const foldedSensitive = sensitive.map((s) => foldText(s.text));
  const kin = kinshipLabels(original, locale);
  const byId = new Map(original.nodes.map((n) => [n.id, n]));

  const institutionLabel = (n: Extract<CaseNode, { kind: 'institution' }>) => institutionTypeLabel(n.type, locale) ?? CATEGORY_LABELS[n.category][locale];
  const raw = new Map<Id, string>();
  for (const n of original.nodes) {
    if (n.kind === 'person') raw.set(n.id, kin.get(n.id) ?? FALLBACK[locale].person);
    else if (n.kind === 'institution') raw.set(n.id, institutionLabel(n));
    else {
      const role = isPreset(ROLE_PRESETS, n.role) ? roleLabel(n.role, locale) : FALLBACK[locale].professional;
      const inst = n.institutionId ? byId.get(n.institutionId) : undefined;
      raw.set(n.id, inst?.kind === 'institution' ? `${role} — ${institutionLabel(inst)}` : role);
    }
  }
  original.households.forEach((h, i) => raw.set(h.id, original.households.length > 1 ? `${FALLBACK[locale].household} ${i + 1}` : FALLBACK[locale].household));
  const numbered = numberDuplicates(raw);

  const labels = new Map<Id, string>();
  let counter = 0;
  for (const [id, label] of numbered) {
    counter++;
    const override = options.overrides?.get(id)?.trim();
    if (override) {
      labels.set(id, override);
      continue;
    }
    const kind = byId.get(id)?.kind ?? 'household';
    labels.set(id, safeLabel(label, kind, counter, locale, foldedSensitive));
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
      return { ...base, kind: 'person', gender: n.gender, deceased: n.deceased, index: n.index, circle: n.circle };
    }
    if (n.kind === 'professional') {
      return {
        ...base,
        kind: 'professional',
        role: isPreset(ROLE_PRESETS, n.role) ? n.role : '',
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
        return { id, kind: 'intervention', from: map(l.from), to: map(l.to), mandate: l.mandate, measure: isPreset(MEASURE_PRESETS, l.measure) ? l.measure : '', notes: '' };
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
    ageLabels,
    sensitive,
  };
}
