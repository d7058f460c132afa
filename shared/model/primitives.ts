import { z } from 'zod';

/** Random identifiers only: an id must never be derived from a name (it would leak it). */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id is letters, digits, - and _ only');
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return crypto.randomUUID();
}

export const Position = z.object({
  x: z.number().finite().min(-1e6).max(1e6),
  y: z.number().finite().min(-1e6).max(1e6),
});
export type Position = z.infer<typeof Position>;

export const Year = z.number().int().min(1800).max(2200);
/** The oldest age the model accepts: also the upper bound of an open age band ("76+"). */
export const MAX_AGE = 130;
export const Age = z.number().int().min(0).max(MAX_AGE);

/** Short text shown on the diagram (names, roles). */
export const ShortText = z.string().max(200);
/** One line of text that need not fit on the diagram (a question for a meeting, an action). */
export const LineText = z.string().max(2000);
/** Free text: where the sensitive details of a case live. Never shown in an anonymised export. */
export const Notes = z.string().max(50_000);

/**
 * A year, a month or a day ("2024", "2024-03", "2024-03-12"): how practitioners date an intervention,
 * an event or a meeting. Partial dates compare as strings (ISO order); see shared/model/dates.ts.
 */
export const PartialDate = z
  .string()
  .max(10)
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a year (2024), a month (2024-03) or a day (2024-03-12)');
export type PartialDate = z.infer<typeof PartialDate>;

/** How many elements, links... a case may hold (a case, its snapshots, the CLI and the import share them). */
export const MAX_NODES = 5000;
export const MAX_LINKS = 20000;
