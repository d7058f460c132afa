// What is wrong with a case, and what a repair did, said in the user's language: for a save that
// was refused, a case repaired as it was opened or imported, and the repair view of a record that
// does not pass validation.
import { translate, type Locale } from '../../shared/i18n/messages';
import { CASE_PLACES, type CasePlace, type CaseProblem, type Repair } from '../../shared/model/restore';

const FIELDS = ['name', 'notes', 'title', 'role', 'measure', 'label'] as const;

function shorten(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** "Élément « Marie-AAAA… », nom : 201 caractères, 200 au plus". `doc` is what was checked (names shown). */
export function describeCaseProblem(locale: Locale, problem: CaseProblem, doc: unknown): string {
  const [head, index, ...rest] = problem.path;
  const place = typeof head === 'string' ? CASE_PLACES[head] : undefined;
  let where: string;
  let field = problem.path.at(-1);
  if (place && typeof index === 'number') {
    const item = ((doc as Record<string, unknown> | null)?.[head as string] as Array<{ name?: unknown }> | undefined)?.[index];
    where = placeText(locale, place, typeof item?.name === 'string' ? item.name.trim() : undefined, index + 1);
    if (rest.length === 0) field = undefined;
  } else {
    where = placeText(locale, undefined, undefined, undefined);
  }
  const fieldName = typeof field === 'string' ? fieldText(locale, field) || null : null;
  let what: string;
  if (problem.code === 'too_big' && problem.origin === 'string') what = translate(locale, 'problem.tooLong', { size: problem.size ?? '?', max: problem.maximum ?? '?' });
  else if (problem.code === 'too_big') what = translate(locale, 'problem.tooMany', { size: problem.size ?? '?', max: problem.maximum ?? '?' });
  else what = translate(locale, 'problem.invalid');
  return fieldName ? translate(locale, 'problem.sentence', { where, field: fieldName, what }) : translate(locale, 'problem.sentenceNoField', { where, what });
}

/** "Élément « Sophie Laurent »", "Lien n° 3", or "Situation" when the place is the case itself. */
function placeText(locale: Locale, place: CasePlace | undefined, name: string | undefined, n: number | undefined): string {
  if (!place) return translate(locale, 'problem.place.case');
  return name ? translate(locale, `problem.place.${place}.named`, { name: shorten(name) }) : translate(locale, `problem.place.${place}`, { n: n ?? '?' });
}

/** A field's name in the user's language ('' for a field the user never sees by that name). */
function fieldText(locale: Locale, field: string | undefined): string {
  return field && (FIELDS as readonly string[]).includes(field) ? translate(locale, `problem.field.${field as (typeof FIELDS)[number]}`) : '';
}

/** What a repair did: "Lien « Sophie Laurent – CMP » retiré : une de ses extrémités n’existe plus." */
export function describeRepair(locale: Locale, repair: Repair): string {
  const place = placeText(locale, repair.place, repair.name, repair.n);
  const field = fieldText(locale, repair.field);
  const params = {
    where: field ? translate(locale, 'repair.whereField', { where: place, field }) : place,
    max: repair.max ?? '?',
    size: repair.size ?? '?',
    reason: repair.reason ? translate(locale, `repair.reason.${repair.reason}`) : '',
  };
  const text = translate(locale, `repair.${repair.code}`, params);
  return repair.snapshot ? translate(locale, 'repair.inSnapshot', { snapshot: shorten(repair.snapshot), repair: text }) : text;
}
