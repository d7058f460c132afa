// Defaults read from the presets, so that what the user says once fills the rest: an intervention
// takes its mandate from its measure (an AEMO is judicial), else from the role of who intervenes
// (a CPIP acts under a judge's mandate), else from their institution (the CAF: administrative).
// A mandate the user chose is never overwritten: only interventions still at the schema's default
// ('voluntary', no measure) take a default.
import type { CaseDocument } from './case';
import { InterventionLink, type Mandate } from './links';
import type { CaseNode, ProfessionalNode } from './nodes';
import { recogniseRole } from '../anonymise/roles';
import { findPreset, INSTITUTION_PRESETS, MEASURE_PRESETS, ROLE_PRESETS, type RolePreset } from './presets';
import type { Id } from './primitives';

const DEFAULT_MANDATE: Mandate = InterventionLink.shape.mandate.parse(undefined);

/** The preset a stored role is, or names ("curatrice UDAF" is a curateur·rice): where its defaults come from. */
export function rolePresetOf(role: string): RolePreset | undefined {
  return findPreset(ROLE_PRESETS, role) ?? (role.trim() ? recogniseRole(role, 'fr').preset : undefined);
}

function nodeOf(doc: CaseDocument, id: Id | undefined): CaseNode | undefined {
  return id === undefined ? undefined : doc.nodes.find((n) => n.id === id);
}

/** The mandate an intervention from `fromId` with this measure implies, if anything implies one. */
export function impliedMandate(doc: CaseDocument, fromId: Id, measure = ''): Mandate | undefined {
  const byMeasure = findPreset(MEASURE_PRESETS, measure)?.mandate;
  if (byMeasure) return byMeasure;
  const from = nodeOf(doc, fromId);
  if (from?.kind === 'institution') return findPreset(INSTITUTION_PRESETS, from.type)?.mandate;
  if (from?.kind !== 'professional') return undefined;
  const byRole = rolePresetOf(from.role)?.mandate;
  if (byRole) return byRole;
  const institution = nodeOf(doc, from.institutionId);
  return institution?.kind === 'institution' ? findPreset(INSTITUTION_PRESETS, institution.type)?.mandate : undefined;
}

const atDefault = (link: InterventionLink) => link.mandate === DEFAULT_MANDATE && !link.measure;

/**
 * Gives the interventions of these elements (and of the professionals of these institutions) the
 * mandate their role, institution or measure implies, where the user has not chosen one.
 */
export function withImpliedMandates(doc: CaseDocument, ids: Iterable<Id>): CaseDocument {
  const concerned = new Set(ids);
  for (const node of doc.nodes) if (node.kind === 'professional' && node.institutionId && concerned.has(node.institutionId)) concerned.add(node.id);
  let changed = false;
  const links = doc.links.map((link) => {
    if (link.kind !== 'intervention' || !concerned.has(link.from) || !atDefault(link)) return link;
    const mandate = impliedMandate(doc, link.from);
    if (!mandate || mandate === link.mandate) return link;
    changed = true;
    return { ...link, mandate };
  });
  return changed ? { ...doc, links } : doc;
}

/** A measure chosen for an intervention brings its mandate with it, when it implies one. */
export function withMeasure(doc: CaseDocument, linkId: Id, measure: string): CaseDocument {
  const mandate = findPreset(MEASURE_PRESETS, measure)?.mandate;
  return { ...doc, links: doc.links.map((l) => (l.id === linkId && l.kind === 'intervention' ? { ...l, measure, ...(mandate ? { mandate } : {}) } : l)) };
}

/**
 * A professional's role, with what it implies: the field it works in when none is set yet, and
 * the mandate of their interventions still at the default (a curatrice acts under a judge's mandate).
 * A typed role ("psychologue scolaire") is kept as typed.
 */
export function withRole(doc: CaseDocument, professionalId: Id, role: string, preset = rolePresetOf(role)): CaseDocument {
  const node = nodeOf(doc, professionalId);
  if (node?.kind !== 'professional') return doc;
  const field = node.field ?? preset?.field;
  const next: ProfessionalNode = { ...node, role, ...(field ? { field } : {}) };
  return withImpliedMandates({ ...doc, nodes: doc.nodes.map((n) => (n.id === professionalId ? next : n)) }, [professionalId]);
}
