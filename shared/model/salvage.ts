// Repairing a case that does not pass validation (a record written by a faulty version, a file
// edited by hand): what restoreCase refuses, salvageCase makes valid, saying each thing it did.
// It cuts what is too long, takes out a value it cannot keep (the default applies), and removes a
// record of a list only when that is not enough; then restoreCase's own repairs (links whose ends
// are gone...) follow. It never guesses a value.
import { CaseDocument, emptyCase } from './case';
import { migrateCase } from './migrations';
import { CASE_PLACES, repairCase, type Repair } from './restore';

const MAX_PASSES = 25;

type Path = Array<string | number>;
type Json = Record<string | number, unknown>;

export type SalvageResult = { ok: true; doc: CaseDocument; repairs: Repair[] } | { ok: false; error: string };

function at(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = (value as Json | undefined)?.[key];
  return value;
}

/** The record of a top-level list a path is in, named as the user knows it. */
function placeOf(root: unknown, path: Path): Pick<Repair, 'place' | 'name' | 'n'> {
  const [head, index] = path;
  const place = typeof head === 'string' ? CASE_PLACES[head] : undefined;
  if (!place || typeof index !== 'number') return {};
  const item = at(root, [head as string, index]) as { name?: unknown; label?: unknown; date?: unknown } | undefined;
  const name = [item?.name, item?.label, item?.date].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return name ? { place, name: name.trim() } : { place, n: index + 1 };
}

/**
 * A valid case from `raw`, with what was repaired; `id` (the record's) is kept whatever `raw` says.
 * Fails only when `raw` is not a case at all (not an object, or from a newer version).
 */
export function salvageCase(raw: unknown, id?: string): SalvageResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'This is not a Maillage case (expected an object).' };
  let current: Json;
  try {
    current = migrateCase(JSON.parse(JSON.stringify(raw)) as Record<string, unknown>) as Json;
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  if (id !== undefined) current.id = id;
  const repairs: Repair[] = [];
  const cleared = new Set<string>();
  const defaults = emptyCase('') as unknown as Json;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const parsed = CaseDocument.safeParse(current);
    if (parsed.success) {
      const repaired = repairCase(parsed.data);
      return { ok: true, doc: repaired.doc, repairs: [...repairs, ...repaired.repairs] };
    }
    const removals = new Map<string, { list: Path; indexes: Set<number> }>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const value = at(current, path);
      const parentPath = path.slice(0, -1);
      const parent = at(current, parentPath) as Json | undefined;
      const key = path.at(-1);
      const where = placeOf(current, path);
      const maximum = (issue as { maximum?: unknown }).maximum;
      if (issue.code === 'too_big' && typeof value === 'string' && typeof maximum === 'number' && parent && key !== undefined) {
        // Never half of a character written with two UTF-16 units.
        parent[key] = value.slice(0, maximum).replace(/[\uD800-\uDBFF]$/, '');
        repairs.push({ code: 'text-cut', ...where, ...(typeof key === 'string' ? { field: key } : {}), max: maximum, size: value.length });
        continue;
      }
      if (issue.code === 'too_big' && Array.isArray(value) && typeof maximum === 'number') {
        value.length = maximum;
        repairs.push({ code: 'list-cut', ...where, max: maximum, size: (issue as { size?: number }).size ?? value.length });
        continue;
      }
      // A value it cannot keep: taken out first (an optional field goes, a defaulted one gets its
      // default); if the record still does not pass, the record of the list goes.
      const pathKey = path.join('.');
      if (parent && typeof key === 'string' && !cleared.has(pathKey) && path.length > 1) {
        cleared.add(pathKey);
        Reflect.deleteProperty(parent, key);
        repairs.push({ code: 'field-reset', ...where, field: key });
        continue;
      }
      const listIndex = path.findLastIndex((part) => typeof part === 'number');
      if (listIndex > 0) {
        const list = path.slice(0, listIndex);
        const entry = removals.get(list.join('.')) ?? { list, indexes: new Set<number>() };
        entry.indexes.add(path[listIndex] as number);
        removals.set(list.join('.'), entry);
        continue;
      }
      if (path.length === 1 && typeof key === 'string' && key in defaults) {
        current[key] = JSON.parse(JSON.stringify(defaults[key])) as unknown;
        repairs.push({ code: 'field-reset', field: key });
        continue;
      }
      return { ok: false, error: `The case cannot be repaired: ${pathKey || '(case)'}: ${issue.message}.` };
    }
    for (const { list, indexes } of removals.values()) {
      const items = at(current, list) as unknown[];
      for (const index of [...indexes].sort((a, b) => b - a)) {
        repairs.push({ code: 'item-removed', ...(list.length === 1 ? placeOf(current, [...list, index]) : placeOf(current, list)) });
        items.splice(index, 1);
      }
    }
  }
  return { ok: false, error: 'The case cannot be repaired: too many problems.' };
}
