import type { CaseDocument } from '../model/case';
import { withImpliedMandates } from '../model/defaults';
import type { InterventionLink } from '../model/links';
import type { CaseNode, Circle, InstitutionNode, PersonNode } from '../model/nodes';
import { findNode, placeInNewInstitution, setIndexPerson, setInstitution, updateLink, updateNode, type Change } from '../model/operations';
import type { InstitutionPreset } from '../model/presets';
import type { Id } from '../model/primitives';
import { circleAt, folded, genderAt, indexAt, institutionAt, readDescription, whole, type Description } from './vocabulary';

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
// A person told in one line: "Sophie Laurent, 34, femme", "Mme Rossi, voisine", "Monique, 1963".

const CIVILITY: ReadonlyArray<readonly [RegExp, 'woman' | 'man']> = [
  [/^(mme|madame|mlle|mademoiselle|mrs|ms|miss)\b/iu, 'woman'],
  [/^(m\.|monsieur|mr\.?|mr)(\s|$)/iu, 'man'],
];

/** "Mme Rossi" is a woman, "M. Dupont" a man: the civility typed says the gender. */
export function genderFromCivility(name: string): 'woman' | 'man' | undefined {
  return CIVILITY.find(([pattern]) => pattern.test(name.trim()))?.[1];
}

/** What a person's line says besides the name. */
export type PersonFacts = Pick<Partial<PersonNode>, 'age' | 'birthYear' | 'deathYear' | 'deceased' | 'gender' | 'index'> & { circle?: Circle };

/** What one comma-separated part says about a person, or null when it says nothing known. */
export function readPersonPart(part: string): PersonFacts | null {
  const years = parseNameEntry(`x, ${part}`);
  if (years.name === 'x') {
    const { name: _x, ...facts } = years;
    return years.deathYear !== undefined ? { ...facts, deceased: true } : facts;
  }
  const words = folded(part);
  const count = words.split(' ').length;
  const gender = whole(genderAt, part);
  if (gender) return { gender };
  const circle = circleAt(words);
  if (circle && circle.length === count) return { circle: circle.value };
  const index = indexAt(words);
  if (index && index.length === count) return { index: true };
  return null;
}

/**
 * A person's name with the facts said after it; null when a part after the name is not understood
 * (the whole text is then a name: "Dupont, Jean" stays as typed).
 */
export function readPersonLine(text: string): { name: string; facts: PersonFacts; civility?: 'woman' | 'man' } | null {
  const [first = '', ...rest] = text.split(',');
  const entry = parseNameEntry(first);
  let facts: PersonFacts = { ...(entry.age !== undefined ? { age: entry.age } : {}), ...(entry.birthYear !== undefined ? { birthYear: entry.birthYear } : {}), ...(entry.deathYear !== undefined ? { deathYear: entry.deathYear, deceased: true } : {}) };
  for (const part of rest) {
    const said = readPersonPart(part.trim());
    if (!said) return null;
    facts = { ...facts, ...said };
  }
  const civility = genderFromCivility(entry.name);
  return { name: entry.name, facts, ...(civility ? { civility } : {}) };
}

// ---------------------------------------------------------------------------------------------
// What typing in the name field of an element does to the case.

/** The interventions of a professional or institution, given what its description said. */
export function withDescribedWork(doc: CaseDocument, fromId: Id, description: Pick<Description, 'measure' | 'mandate' | 'quality'>): CaseDocument {
  const patch: Partial<InterventionLink> = {
    ...(description.measure ? { measure: description.measure.key, ...(description.measure.mandate ? { mandate: description.measure.mandate } : {}) } : {}),
    ...(description.mandate ? { mandate: description.mandate } : {}),
    ...(description.quality ? { quality: description.quality } : {}),
  };
  if (Object.keys(patch).length === 0) return doc;
  return doc.links.filter((l) => l.kind === 'intervention' && l.from === fromId).reduce((next, link) => updateLink(next, link.id, patch), doc);
}

/** The institution a typed name means: one of the case by its name or its kind, if only one fits. */
export function findInstitution(doc: CaseDocument, text: string): InstitutionNode | undefined {
  const wanted = folded(text);
  const institutions = doc.nodes.filter((n): n is InstitutionNode => n.kind === 'institution');
  const byName = institutions.find((n) => folded(n.name) === wanted);
  if (byName) return byName;
  const preset = whole(institutionAt, text);
  const ofKind = preset ? institutions.filter((n) => n.type === preset.key) : [];
  return ofKind.length === 1 ? ofKind[0] : undefined;
}

/** The kind a new institution's name says by its first words: "MDS de Roubaix" is an MDS, "UDAF du Nord" a UDAF. */
export function institutionKindNamed(name: string): InstitutionPreset | undefined {
  return institutionAt(folded(name))?.value;
}

/** Puts a professional in the institution a typed text names: found in the case, else created. */
export function placeInNamedInstitution(doc: CaseDocument, professionalId: Id, text: string): Change {
  const existing = findInstitution(doc, text);
  if (existing) return { doc: setInstitution(doc, professionalId, existing.id), created: [] };
  const preset = institutionKindNamed(text);
  return placeInNewInstitution(doc, professionalId, { name: text.trim(), ...(preset ? { type: preset.key, category: preset.category } : {}) });
}

/**
 * The role a description gives: the preset's key when the role words are its own name ("AS",
 * "éducateur"), else the role as typed ("curatrice", "psychologue scolaire"), whose preset (if
 * any) still gives the defaults.
 */
export function describedRole(description: Description): string {
  return description.roleKey ?? description.roleText;
}

/**
 * What typing `text` in the name field makes of the element as it was before typing began
 * (`base`): its own fields only, so that it can be written at every key ("Enzo, 1" then "Enzo, 14"
 * then "Enzo" leaves the age as it was). What reaches other elements (an institution, the
 * interventions) waits for the name to be finished: see applyNameEntry.
 * - a person: name, an age, a birth or death year in an explicit form ("Enzo, 14"), a gender, a
 *   circle ("Mme Rossi, voisine"), and the gender a civility says when it is not known yet;
 * - a professional: "name, role, institution": the name, and the role (a preset when it is one);
 * - an institution: its name, and its type when the name is a known kind ("CAF").
 */
export function nameEntryFields(base: CaseNode, text: string): Partial<CaseNode> {
  if (base.kind === 'person') {
    const line = readPersonLine(text) ?? { name: text.trim().replace(/\s+/g, ' '), facts: {} };
    // A gender typed in words is what the user says; a civility only fills a gender not known yet.
    const gender = line.facts.gender ?? (base.gender === 'unknown' ? line.civility : undefined) ?? base.gender;
    const { gender: _typed, index: _index, ...facts } = line.facts;
    const { age, birthYear, deathYear, deceased, circle } = base;
    return { name: line.name, age, birthYear, deathYear, deceased, circle, gender, ...facts };
  }
  if (base.kind === 'institution') {
    const name = text.trim();
    const preset = base.type ? undefined : whole(institutionAt, name);
    return { name, ...(preset ? { type: preset.key, category: preset.category } : { type: base.type, category: base.category }) };
  }
  const [name = '', role] = text.split(',').map((part) => part.trim());
  if (!role) return { name, role: base.role, field: base.field };
  const description = readDescription(role);
  return { name, role: describedRole(description), field: base.field ?? description.role?.field };
}

/** The fields of `patch` whose value differs from the node's: nothing when typing changed nothing. */
function differences(node: CaseNode, patch: Partial<CaseNode>): Partial<CaseNode> {
  return Object.fromEntries(Object.entries(patch).filter(([key, value]) => (node as Record<string, unknown>)[key] !== value)) as Partial<CaseNode>;
}

/**
 * Applies what was typed in the name field of `id` once it is finished: the element's own fields
 * (see nameEntryFields), then what reaches beyond it: the index person said ("personne
 * concernée"); the mandate a role or an institution's kind implies; the measure, mandate and
 * quality a professional's role words say ("éducateur AEMO judiciaire"); the institution named
 * third ("Nadia Haddad, psychologue, CMP"), found in the case or created. `base` is the element as
 * it was before typing began (it defaults to the element as it is now).
 */
export function applyNameEntry(doc: CaseDocument, id: Id, text: string, base = findNode(doc, id)): Change {
  const node = findNode(doc, id);
  if (!node || !base) return { doc, created: [] };
  const patch = differences(node, nameEntryFields(base, text));
  let next = Object.keys(patch).length > 0 ? updateNode(doc, id, patch) : doc;
  if (node.kind === 'person') {
    const said = readPersonLine(text);
    return { doc: said?.facts.index && !node.index ? setIndexPerson(next, id, true) : next, created: [] };
  }
  if (node.kind === 'institution') return { doc: next === doc ? doc : withImpliedMandates(next, [id]), created: [] };
  const [, role, place] = text.split(',').map((part) => part.trim());
  if (role) next = withDescribedWork(withImpliedMandates(next, [id]), id, readDescription(role));
  if (!place) return { doc: next, created: [] };
  return placeInNamedInstitution(next, id, place);
}
