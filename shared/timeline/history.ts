// An intervention's history: when its mandate, its measure or the quality of the relationship
// changes, what it was is kept, dated, so that the map at an earlier date, the indicators of that
// date and the narrative show it as it was (changing the AED into an AEMO must not rewrite October).
import type { CaseDocument } from '../model/case';
import { firstDay, type Day } from '../model/dates';
import { MAX_INTERVENTION_FORMS, type InterventionForm, type InterventionLink } from '../model/links';
import type { Id } from '../model/primitives';

/** The form of an intervention: what its history keeps. */
function formOf(link: Pick<InterventionLink, 'mandate' | 'measure' | 'quality'>): Omit<InterventionForm, 'changed'> {
  return { mandate: link.mandate, measure: link.measure, ...(link.quality ? { quality: link.quality } : {}) };
}

function sameForm(a: Pick<InterventionLink, 'mandate' | 'measure' | 'quality'>, b: Pick<InterventionLink, 'mandate' | 'measure' | 'quality'>): boolean {
  return a.mandate === b.mandate && a.measure === b.measure && a.quality === b.quality;
}

/** The intervention as it was on `day`: its form then, from its history (itself when it had no other). */
export function interventionOn(link: InterventionLink, day: Day): InterventionLink {
  if (!link.history?.length) return link;
  // The first form that changed after `day` held on that day.
  const then = [...link.history].sort((a, b) => a.changed.localeCompare(b.changed)).find((form) => firstDay(form.changed) > day);
  if (!then) return link;
  const { quality: _now, ...rest } = link;
  return { ...rest, mandate: then.mandate, measure: then.measure, ...(then.quality ? { quality: then.quality } : {}) };
}

/** Whether an intervention has a past the map can show: it began before today, or a snapshot holds it. */
function hasPast(doc: Pick<CaseDocument, 'snapshots'>, link: InterventionLink, today: Day): boolean {
  if (link.since) return firstDay(link.since) < today;
  return doc.snapshots.some((s) => s.links.some((l) => l.id === link.id));
}

/**
 * `after` (an edit of one intervention of `before`) with the intervention's former form kept in its
 * history, dated today, when the form changed and the intervention has a past. Several edits on one
 * day are one change (the form kept is the one before the first); coming back to that form is a
 * correction, and the change is dropped. An intervention still being typed has nothing to keep.
 */
export function withHistory(before: CaseDocument, after: CaseDocument, linkId: Id, today: Day): CaseDocument {
  const old = before.links.find((l) => l.id === linkId);
  const now = after.links.find((l) => l.id === linkId);
  if (old?.kind !== 'intervention' || now?.kind !== 'intervention' || sameForm(old, now) || !hasPast(before, old, today)) return after;
  const history = [...(old.history ?? [])];
  const last = history[history.length - 1];
  if (last && last.changed === today) {
    // Changed again today: the form before today's first edit is already kept.
    if (sameForm(last, now)) history.pop();
  } else {
    if (history.length >= MAX_INTERVENTION_FORMS) history.shift();
    history.push({ changed: today, ...formOf(old) });
  }
  const { history: _dropped, ...rest } = now;
  const next: InterventionLink = history.length ? { ...rest, history } : rest;
  return { ...after, links: after.links.map((l) => (l.id === linkId ? next : l)) };
}

/**
 * `after` with the history of every intervention whose form an edit of `before` changed (the
 * inspector, the palette, a role that brings a mandate): the one place edits go through.
 */
export function keepHistories(before: CaseDocument, after: CaseDocument, today: Day): CaseDocument {
  if (before.links === after.links) return after;
  const old = new Map(before.links.map((l) => [l.id, l]));
  let doc = after;
  for (const link of after.links) {
    const was = old.get(link.id);
    if (was && was !== link && was.kind === 'intervention' && link.kind === 'intervention' && !sameForm(was, link)) doc = withHistory(before, doc, link.id, today);
  }
  return doc;
}
