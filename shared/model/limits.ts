// How long a text may be, read from the schema that will validate it: a field knows its limit
// from the same Zod schema that restoreCase applies, so the two can never disagree.
import type { z } from 'zod';

interface Unwrappable {
  maxLength?: number | null;
  unwrap?: () => unknown;
}

/** The longest string `schema` accepts, through `.default()` and `.optional()`. */
export function textLimit(schema: z.ZodType): number {
  let current = schema as unknown as Unwrappable | undefined;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (typeof current.maxLength === 'number') return current.maxLength;
    current = current.unwrap?.() as Unwrappable | undefined;
  }
  throw new Error('This schema sets no length limit.');
}

/** Shows a counter from this share of the limit on. */
export const COUNTER_FROM = 0.9;

/**
 * `next` as the field may hold it: when an edit (a key, a paste) would go over `max`, only the
 * inserted text is cut, so nothing that was already there is lost. `cut` says the user must be told.
 */
export function fitText(previous: string, next: string, max: number): { value: string; cut: boolean } {
  if (next.length <= max) return { value: next, cut: false };
  let start = 0;
  while (start < previous.length && start < next.length && previous[start] === next[start]) start++;
  let end = 0;
  while (end < previous.length - start && end < next.length - start && previous[previous.length - 1 - end] === next[next.length - 1 - end]) end++;
  let inserted = next.slice(start, next.length - end).slice(0, Math.max(0, max - start - end));
  // Never keep half of a character written with two UTF-16 units (an emoji, a rare letter).
  if (/[\uD800-\uDBFF]$/.test(inserted)) inserted = inserted.slice(0, -1);
  return { value: (next.slice(0, start) + inserted + next.slice(next.length - end)).slice(0, max), cut: true };
}
