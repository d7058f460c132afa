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
export const Age = z.number().int().min(0).max(130);

/** Short text shown on the diagram (names, roles). */
export const ShortText = z.string().max(200);
/** Free text: where the sensitive details of a case live. Never shown in an anonymised export. */
export const Notes = z.string().max(50_000);

/** A year, or a year and month ("2024" or "2024-03"): how practitioners date an intervention. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'a year (2024) or a month (2024-03)');
