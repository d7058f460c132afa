// Where each couple line runs and where its children's line leaves it, when a row holds several
// couples of one person (remarriages). Why: every couple line ran at one height, so a couple whose
// partners are not neighbours ran along the line of the couple between them, and its children's
// line, leaving from its middle, started under the person in between: the children read as theirs.
// Lines that overlap are drawn at different heights, the longer one higher, just under the
// symbols (so the children's lines of the shorter ones below cross nothing on their way down), and
// a longer line's children's line leaves between people, where no shorter line runs.
import type { CoupleLink } from '../model/links';
import type { Id } from '../model/primitives';
import { COUPLE_DROP } from '../render/edges';
import { pairKey, symbolBottom, symbolCentre, type DiagramIndex } from './diagram-index';
import { PERSON } from './metrics';

/** How far apart overlapping couple lines run (the shortest at COUPLE_DROP below the symbols). */
const NESTED_STEP = 7;
/** The highest a nested line may run: just under the symbols. */
const MIN_DROP = 5;
/** A children's line that cannot leave from the middle leaves between two people's boxes (names included). */
const CLEAR_OF_PERSON = PERSON.width / 2 + 2;

export interface CoupleLine {
  /** Below the lower partner's symbol. */
  drop: number;
  /** Where the children's line leaves the couple line. */
  hangX: number;
}

const cache = new WeakMap<DiagramIndex, ReadonlyMap<Id, CoupleLine>>();

interface Span {
  couple: CoupleLink;
  y: number;
  left: number;
  right: number;
  /** Centres of the people whose symbols the line passes under. */
  between: number[];
  level: number;
}

export function coupleLines(index: DiagramIndex): ReadonlyMap<Id, CoupleLine> {
  const cached = cache.get(index);
  if (cached) return cached;
  const lines = new Map<Id, CoupleLine>();
  if (index.couples.size === 0) {
    cache.set(index, lines);
    return lines;
  }
  // People by the height of their symbol's bottom, sorted by x, to find who stands between partners.
  const people: Array<{ id: Id; x: number; y: number }> = [];
  for (const node of index.doc.nodes) {
    if (node.kind !== 'person') continue;
    const bottom = symbolBottom(index, node.id);
    if (bottom) people.push({ id: node.id, ...bottom });
  }
  people.sort((p, q) => p.x - q.x);
  const firstAtOrAfter = (x: number) => {
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((people[mid] as { x: number }).x < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rows = new Map<number, Span[]>();
  for (const couple of index.couples.values()) {
    const a = symbolBottom(index, couple.a);
    const b = symbolBottom(index, couple.b);
    if (!a || !b) continue;
    const y = Math.max(a.y, b.y);
    const left = Math.min(a.x, b.x);
    const right = Math.max(a.x, b.x);
    const between: number[] = [];
    for (let i = firstAtOrAfter(left + 1); i < people.length && (people[i] as { x: number }).x < right - 1; i++) {
      const p = people[i] as { id: Id; x: number; y: number };
      if (p.id !== couple.a && p.id !== couple.b && Math.abs(p.y - y) < PERSON.height / 2) between.push(p.x);
    }
    const span: Span = { couple, y, left, right, between, level: between.length ? 1 : 0 };
    const row = Math.round(y);
    rows.set(row, [...(rows.get(row) ?? []), span]);
  }
  for (const spans of rows.values()) {
    if (spans.length === 1 && !(spans[0] as Span).between.length) {
      const only = spans[0] as Span;
      lines.set(only.couple.id, { drop: COUPLE_DROP, hangX: (only.left + only.right) / 2 });
      continue;
    }
    // The shorter line first, each at the first level where it runs along no line already placed.
    const byLength = [...spans].sort((p, q) => p.right - p.left - (q.right - q.left));
    const done: Span[] = [];
    for (const span of byLength) {
      while (done.some((other) => other.level === span.level && overlaps(other, span))) span.level++;
      done.push(span);
    }
    for (const span of spans) {
      lines.set(span.couple.id, { drop: Math.max(MIN_DROP, COUPLE_DROP - NESTED_STEP * span.level), hangX: hangX(index, span, spans) });
    }
  }
  cache.set(index, lines);
  return lines;
}

function overlaps(p: Span, q: Span): boolean {
  return Math.abs(p.y - q.y) < 3 && Math.min(p.right, q.right) - Math.max(p.left, q.left) > 2;
}

/**
 * The middle of the line, or else the gap between two people nearest to it and to the children,
 * preferably where no lower couple line runs (the children's line would cross it and seem to
 * leave from it).
 */
function hangX(index: DiagramIndex, span: Span, row: readonly Span[]): number {
  const middle = (span.left + span.right) / 2;
  if (!span.between.length) return middle;
  const stops = [span.left, ...span.between, span.right];
  const children = childrenCentre(index, span.couple) ?? middle;
  let best = middle;
  let bestCost = Infinity;
  for (let i = 1; i < stops.length; i++) {
    const from = (stops[i - 1] as number) + CLEAR_OF_PERSON;
    const to = (stops[i] as number) - CLEAR_OF_PERSON;
    if (from > to) continue;
    const x = (from + to) / 2;
    const crossed = row.filter((other) => other.level < span.level && x > other.left && x < other.right).length;
    const cost = crossed * 10_000 + Math.abs(x - middle) + Math.abs(x - children) / 2;
    if (cost < bestCost - 0.5) {
      best = x;
      bestCost = cost;
    }
  }
  return best;
}

function childrenCentre(index: DiagramIndex, couple: CoupleLink): number | null {
  const key = pairKey(couple.a, couple.b);
  const xs: number[] = [];
  for (const [child, parents] of index.parentsOf) {
    if (parents.length < 2) continue;
    const ids = parents.map((l) => l.parent);
    if (ids.some((p, i) => ids.slice(i + 1).some((q) => pairKey(p, q) === key))) {
      const centre = symbolCentre(index, child);
      if (centre) xs.push(centre.x);
    }
  }
  return xs.length ? xs.reduce((sum, x) => sum + x, 0) / xs.length : null;
}
