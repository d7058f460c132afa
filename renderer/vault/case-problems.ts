// What is wrong with a case, said in the user's language: for a save that was refused and for
// the repair view of a record that does not pass validation.
import { translate, type Locale } from '../../shared/i18n/messages';
import type { CaseProblem } from '../../shared/model/restore';

const PLACES: Readonly<Record<string, 'element' | 'link' | 'household' | 'event' | 'meeting' | 'snapshot' | 'consent'>> = {
  nodes: 'element',
  links: 'link',
  households: 'household',
  events: 'event',
  meetings: 'meeting',
  snapshots: 'snapshot',
  consents: 'consent',
};
const FIELDS = ['name', 'notes', 'title', 'role', 'measure', 'label'] as const;

function shorten(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** "Élément « Marie-AAAA… », nom : 201 caractères, 200 au plus". `doc` is what was checked (names shown). */
export function describeCaseProblem(locale: Locale, problem: CaseProblem, doc: unknown): string {
  const [head, index, ...rest] = problem.path;
  const place = typeof head === 'string' ? PLACES[head] : undefined;
  let where: string;
  let field = problem.path.at(-1);
  if (place && typeof index === 'number') {
    const item = ((doc as Record<string, unknown> | null)?.[head as string] as Array<{ name?: unknown }> | undefined)?.[index];
    const name = typeof item?.name === 'string' ? item.name.trim() : '';
    where = name ? translate(locale, `problem.place.${place}.named`, { name: shorten(name) }) : translate(locale, `problem.place.${place}`, { n: index + 1 });
    if (rest.length === 0) field = undefined;
  } else {
    where = translate(locale, 'problem.place.case');
  }
  const fieldName = typeof field === 'string' && (FIELDS as readonly string[]).includes(field) ? translate(locale, `problem.field.${field as (typeof FIELDS)[number]}`) : null;
  let what: string;
  if (problem.code === 'too_big' && problem.origin === 'string') what = translate(locale, 'problem.tooLong', { size: problem.size ?? '?', max: problem.maximum ?? '?' });
  else if (problem.code === 'too_big') what = translate(locale, 'problem.tooMany', { size: problem.size ?? '?', max: problem.maximum ?? '?' });
  else what = translate(locale, 'problem.invalid');
  return fieldName ? translate(locale, 'problem.sentence', { where, field: fieldName, what }) : translate(locale, 'problem.sentenceNoField', { where, what });
}
