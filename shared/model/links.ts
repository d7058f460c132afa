import { z } from 'zod';
import { Id, newId, Notes, PartialDate, ShortText, Year } from './primitives';
import { sharingFields } from './sharing';

export const COUPLE_STATUSES = ['married', 'civil-union', 'cohabiting', 'separated', 'divorced', 'widowed'] as const;
export const FILIATION_TYPES = ['biological', 'adoptive', 'foster', 'step'] as const;
export const RELATION_QUALITIES = [
  'close',
  'fused',
  'distant',
  'conflictual',
  'close-conflictual',
  'cut-off',
  'violence',
  'support',
] as const;
export const DIRECTIONS = ['none', 'forward', 'both'] as const;
/** Qualities that go from someone towards someone: support is given, violence done (DOMAIN.md). */
export const DIRECTED_QUALITIES: ReadonlySet<(typeof RELATION_QUALITIES)[number]> = new Set(['support', 'violence']);
export const MANDATES = ['judicial', 'administrative', 'contractual', 'voluntary', 'informal'] as const;
export const PARTNERSHIPS = ['formal', 'informal', 'none'] as const;

const linkBase = { id: Id, notes: Notes.default(''), ...sharingFields };

export const CoupleLink = z.object({
  ...linkBase,
  kind: z.literal('couple'),
  /** Drawn left to right: a, then b. */
  a: Id,
  b: Id,
  status: z.enum(COUPLE_STATUSES).default('married'),
  startYear: Year.optional(),
  endYear: Year.optional(),
});
export type CoupleLink = z.infer<typeof CoupleLink>;
export type CoupleStatus = CoupleLink['status'];

export const FiliationLink = z.object({
  ...linkBase,
  kind: z.literal('filiation'),
  parent: Id,
  child: Id,
  type: z.enum(FILIATION_TYPES).default('biological'),
});
export type FiliationLink = z.infer<typeof FiliationLink>;
export type FiliationType = FiliationLink['type'];

export const RelationLink = z.object({
  ...linkBase,
  kind: z.literal('relation'),
  a: Id,
  b: Id,
  quality: z.enum(RELATION_QUALITIES).default('close'),
  /** "forward" goes from a to b (who supports whom, who is violent to whom). */
  direction: z.enum(DIRECTIONS).default('none'),
  intensity: z.number().int().min(1).max(3).default(2),
});
export type RelationLink = z.infer<typeof RelationLink>;
export type RelationQuality = RelationLink['quality'];

/** How many earlier forms an intervention keeps (a measure renewed, changed, turned judicial...). */
export const MAX_INTERVENTION_FORMS = 50;

/**
 * An earlier form of an intervention: its mandate, measure and quality until `changed`, the date it
 * took its next form (an AED that became an AEMO). The map at an earlier date shows it as it was.
 */
export const InterventionForm = z.object({
  /** The date the next form began: this one held before it. */
  changed: PartialDate,
  mandate: z.enum(MANDATES),
  measure: ShortText.default(''),
  quality: z.enum(RELATION_QUALITIES).optional(),
});
export type InterventionForm = z.infer<typeof InterventionForm>;

export const InterventionLink = z.object({
  ...linkBase,
  kind: z.literal('intervention'),
  /** A professional or an institution. */
  from: Id,
  /** A person, or a household (by its id). */
  to: Id,
  mandate: z.enum(MANDATES).default('voluntary'),
  /** A preset measure key (aemo, curatelle...) or free text. */
  measure: ShortText.default(''),
  since: PartialDate.optional(),
  /** When the intervention or its measure ended (absent: still running). */
  until: PartialDate.optional(),
  /** The quality of the relationship between the professional and the person, drawn as for relations. */
  quality: z.enum(RELATION_QUALITIES).optional(),
  /** Its earlier forms, oldest first (absent: it has had one form since it began). */
  history: z.array(InterventionForm).max(MAX_INTERVENTION_FORMS).optional(),
});
export type InterventionLink = z.infer<typeof InterventionLink>;
export type Mandate = InterventionLink['mandate'];

export const PartnershipLink = z.object({
  ...linkBase,
  kind: z.literal('partnership'),
  a: Id,
  b: Id,
  formality: z.enum(PARTNERSHIPS).default('informal'),
});
export type PartnershipLink = z.infer<typeof PartnershipLink>;

export const ReferralLink = z.object({
  ...linkBase,
  kind: z.literal('referral'),
  /** Who brought `to` into the situation. */
  from: Id,
  to: Id,
  date: PartialDate.optional(),
});
export type ReferralLink = z.infer<typeof ReferralLink>;

export const CaseLink = z.discriminatedUnion('kind', [
  CoupleLink,
  FiliationLink,
  RelationLink,
  InterventionLink,
  PartnershipLink,
  ReferralLink,
]);
export type CaseLink = z.infer<typeof CaseLink>;
export type LinkKind = CaseLink['kind'];

/** The two ends of any link, in drawing order. */
export function linkEnds(link: CaseLink): readonly [Id, Id] {
  switch (link.kind) {
    case 'couple':
    case 'relation':
    case 'partnership':
      return [link.a, link.b];
    case 'filiation':
      return [link.parent, link.child];
    case 'intervention':
    case 'referral':
      return [link.from, link.to];
  }
}

const LINK_SCHEMAS = {
  couple: CoupleLink,
  filiation: FiliationLink,
  relation: RelationLink,
  intervention: InterventionLink,
  partnership: PartnershipLink,
  referral: ReferralLink,
} as const;

export type LinkOf<K extends LinkKind> = Extract<CaseLink, { kind: K }>;

/** What building a link of kind K needs: its kind and ends; the rest is optional, and `id` too. */
export type NewLink<K extends LinkKind> = Omit<z.input<(typeof LINK_SCHEMAS)[K]>, 'id'> & { kind: K; id?: Id };

/**
 * The one way code makes a link: every field it does not give takes the schema's default (a
 * relation is "close", an intervention "voluntary"...), and the result is validated, so no code
 * path can make a link that loading the case would refuse.
 */
export function newLink<K extends LinkKind>(fields: NewLink<K>): LinkOf<K> {
  const schema: z.ZodType = LINK_SCHEMAS[fields.kind];
  return schema.parse({ ...fields, id: fields.id ?? newId() }) as LinkOf<K>;
}

/** A link's fields without its id and notes, per kind (for building links in code). */
export type LinkDraft = CaseLink extends infer L ? (L extends CaseLink ? Omit<L, 'id' | 'notes'> & { notes?: string } : never) : never;
