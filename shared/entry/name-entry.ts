import type { CaseDocument } from '../model/case';
import { withImpliedMandates } from '../model/defaults';
import type { PersonNode } from '../model/nodes';
import { findNode, placeInNewInstitution, setInstitution, updateNode, type Change } from '../model/operations';
import type { Id } from '../model/primitives';
import { folded, institutionAt, roleAt, whole } from './vocabulary';

// Quick entry as people talk: "Enzo, 14", "Enzo 14 ans", "Enzo (14)" name the person and give
// their age in one go; "Monique, 1963" gives a birth year; "Louis, †2019" marks a death.
// Only an explicit form counts: after a comma, in brackets, with "ans", or after "†". A number
// after a plain space belongs to the name ("Temp 3", "Chambre 12", "Louis XIV").
export interface NameEntry {
  name: string;
  age?: number;
  birthYear?: number;
  deathYear?: number;
}

const YEAR = '(1[89]\\d\\d|2[01]\\d\\d)';
const AGE = '(\\d{1,3})';
const UNIT = '(?:ans?|years?|yrs?|yo)';
const FORMS: ReadonlyArray<{ pattern: RegExp; field: 'age' | 'birthYear' | 'deathYear' }> = [
  { pattern: new RegExp(`^(.+?)(?:,\\s*|\\s+)†\\s*${YEAR}$`, 'iu'), field: 'deathYear' },
  { pattern: new RegExp(`^(.+?)(?:,\\s*${YEAR}|\\s+\\(${YEAR}\\))$`, 'iu'), field: 'birthYear' },
  { pattern: new RegExp(`^(.+?)(?:,\\s*${AGE}(?:\\s*${UNIT})?|\\s+\\(${AGE}(?:\\s*${UNIT})?\\)|\\s+${AGE}\\s*${UNIT})$`, 'iu'), field: 'age' },
];
const MAX_AGE = 130;

export function parseNameEntry(raw: string): NameEntry {
  const text = raw.trim().replace(/\s+/g, ' ');
  for (const { pattern, field } of FORMS) {
    const match = pattern.exec(text);
    const name = match?.[1]?.trim();
    const value = Number(match?.slice(2).find((group) => group !== undefined));
    if (!name || Number.isNaN(value) || (field === 'age' && value > MAX_AGE)) continue;
    return { name, [field]: value };
  }
  return { name: text };
}

// ---------------------------------------------------------------------------------------------
// What typing in the name field of an element does to the case.

const CIVILITY: ReadonlyArray<readonly [RegExp, 'woman' | 'man']> = [
  [/^(mme|madame|mlle|mademoiselle|mrs|ms|miss)\b/iu, 'woman'],
  [/^(m\.|monsieur|mr\.?|mr)(\s|$)/iu, 'man'],
];

/** "Mme Rossi" is a woman, "M. Dupont" a man: the civility typed says the gender. */
export function genderFromCivility(name: string): 'woman' | 'man' | undefined {
  return CIVILITY.find(([pattern]) => pattern.test(name.trim()))?.[1];
}

/**
 * Applies what was typed in the name field of `id`:
 * - a person: name, then an age, a birth or death year in an explicit form ("Enzo, 14"), and the
 *   gender a civility says ("Mme Rossi") when it is not known yet;
 * - a professional: "name, role, institution" ("Nadia Haddad, psychologue, CMP"): the role as a
 *   preset when it is one, the institution found by its name or created from its type;
 * - an institution: its name, and its type when the name is a known kind ("CAF", "Collège Jean Jaurès").
 */
export function applyNameEntry(doc: CaseDocument, id: Id, text: string): Change {
  const node = findNode(doc, id);
  const unchanged = { doc, created: [] };
  if (!node) return unchanged;
  if (node.kind === 'person') {
    const entry = parseNameEntry(text);
    const gender = node.gender === 'unknown' ? genderFromCivility(entry.name) : undefined;
    const patch: Partial<PersonNode> = { ...entry, ...(entry.deathYear !== undefined ? { deceased: true } : {}), ...(gender ? { gender } : {}) };
    const same = entry.name === node.name && Object.keys(patch).length === 1;
    return same ? unchanged : { doc: updateNode<'person'>(doc, id, patch), created: [] };
  }
  if (node.kind === 'institution') {
    const name = text.trim();
    if (name === node.name) return unchanged;
    const preset = node.type ? undefined : institutionAt(folded(name))?.value;
    const next = updateNode<'institution'>(doc, id, { name, ...(preset ? { type: preset.key, category: preset.category } : {}) });
    return { doc: preset ? withImpliedMandates(next, [id]) : next, created: [] };
  }
  const [name = '', role, place] = text.split(',').map((part) => part.trim());
  let next = name === node.name ? doc : updateNode<'professional'>(doc, id, { name });
  if (role) {
    const preset = whole(roleAt, role);
    next = updateNode<'professional'>(next, id, { role: preset?.key ?? role, ...(preset?.field && !node.field ? { field: preset.field } : {}) });
  }
  let created: Id[] = [];
  if (place) {
    const wanted = folded(place);
    const existing = next.nodes.find((n) => n.kind === 'institution' && folded(n.name) === wanted);
    if (existing) {
      next = setInstitution(next, id, existing.id);
    } else {
      const preset = institutionAt(wanted)?.value;
      const change = placeInNewInstitution(next, id, { name: place, ...(preset ? { type: preset.key, category: preset.category } : {}) });
      next = change.doc;
      created = change.created;
    }
  }
  return { doc: withImpliedMandates(next, [id]), created };
}
