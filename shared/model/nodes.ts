import { z } from 'zod';
import { Age, Id, MAX_AGE, newId, Notes, Position, ShortText, Year } from './primitives';
import { sharingFields } from './sharing';

export const GENDERS = ['woman', 'man', 'other', 'unknown'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

/** Where a person sits in the primary network. */
export const CIRCLES = ['family', 'neighbour', 'friend', 'community', 'other'] as const;
export const Circle = z.enum(CIRCLES);
export type Circle = z.infer<typeof Circle>;

/** The four fields of professional action used in the Clinique de Concertation. */
export const FIELDS = ['aide', 'soin', 'education', 'controle'] as const;
export const Field = z.enum(FIELDS);
export type Field = z.infer<typeof Field>;

export const INSTITUTION_CATEGORIES = [
  'social',
  'benefits',
  'justice',
  'legal-protection',
  'health',
  'mental-health',
  'addiction',
  'disability',
  'housing',
  'education',
  'employment',
  'association',
  'other',
] as const;
export const InstitutionCategory = z.enum(INSTITUTION_CATEGORIES);
export type InstitutionCategory = z.infer<typeof InstitutionCategory>;

const nodeBase = {
  id: Id,
  /** Top-left corner; for a professional inside an institution, relative to the institution. */
  position: Position,
  /** "Organiser" never moves a pinned node. */
  pinned: z.boolean().default(false),
  notes: Notes.default(''),
  ...sharingFields,
};

/**
 * An age given as a band ("14-15"): what an anonymised case keeps instead of an age or a birth
 * year. Read only when neither is known.
 */
export const AgeBand = z
  .object({ min: Age, max: Age })
  .refine((band) => band.min <= band.max, 'the lower bound of an age band cannot be above the upper one');
export type AgeBand = z.infer<typeof AgeBand>;

/** How a band is written in a symbol: "14-15", or "76+" when it has no upper bound. */
export function ageBandText(band: AgeBand): string {
  if (band.max >= MAX_AGE) return `${band.min}+`;
  return band.min === band.max ? String(band.min) : `${band.min}-${band.max}`;
}

export const PersonNode = z.object({
  ...nodeBase,
  kind: z.literal('person'),
  name: ShortText,
  gender: Gender.default('unknown'),
  birthYear: Year.optional(),
  /** Age when known instead of a birth year (as of the case's reference year). */
  age: Age.optional(),
  deceased: z.boolean().default(false),
  deathYear: Year.optional(),
  ageAtDeath: Age.optional(),
  ageBand: AgeBand.optional(),
  /** The person the case is about: drawn with a double outline. */
  index: z.boolean().default(false),
  circle: Circle.default('family'),
});
export type PersonNode = z.infer<typeof PersonNode>;

export const ProfessionalNode = z.object({
  ...nodeBase,
  kind: z.literal('professional'),
  name: ShortText,
  /** A preset key from shared/model/presets.ts, or free text. */
  role: ShortText.default(''),
  institutionId: Id.optional(),
  field: Field.optional(),
  /** Named as the référent / coordinator of the situation (the one who holds the thread). */
  referent: z.boolean().optional(),
});
export type ProfessionalNode = z.infer<typeof ProfessionalNode>;

export const InstitutionNode = z.object({
  ...nodeBase,
  kind: z.literal('institution'),
  name: ShortText,
  category: InstitutionCategory.default('other'),
  /** A preset key (e.g. "cmp") that says what kind of institution it is beyond its category. */
  type: ShortText.default(''),
});
export type InstitutionNode = z.infer<typeof InstitutionNode>;

export const CaseNode = z.discriminatedUnion('kind', [PersonNode, ProfessionalNode, InstitutionNode]);
export type CaseNode = z.infer<typeof CaseNode>;
export type NodeKind = CaseNode['kind'];

const NODE_SCHEMAS = { person: PersonNode, professional: ProfessionalNode, institution: InstitutionNode } as const;

export type NodeOf<K extends NodeKind> = Extract<CaseNode, { kind: K }>;

/** What building a node of kind K needs: its kind; a name and a position default to none and 0,0. */
export type NewNode<K extends NodeKind> = Partial<Omit<z.input<(typeof NODE_SCHEMAS)[K]>, 'kind'>> & { kind: K };

/**
 * The one way code makes a node: every field it does not give takes the schema's default, and the
 * result is validated (see newLink).
 */
export function newNode<K extends NodeKind>(fields: NewNode<K>): NodeOf<K> {
  const schema: z.ZodType = NODE_SCHEMAS[fields.kind];
  return schema.parse({ name: '', position: { x: 0, y: 0 }, ...fields, id: fields.id ?? newId() }) as NodeOf<K>;
}
