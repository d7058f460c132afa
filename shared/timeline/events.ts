// Dated events of a person or a household (a birth, a move, a placement...): pure operations, like
// every change of a case, so that each is one undoable step.
import type { CaseDocument } from '../model/case';
import type { CaseEvent } from '../model/event';
import type { Change } from '../model/operations';
import { MAX_LINKS, newId, type Id } from '../model/primitives';

/** A person's or a household's events, in the order of their dates. */
export function eventsOf(doc: Pick<CaseDocument, 'events'>, subject: Id): CaseEvent[] {
  return doc.events.filter((e) => e.subject === subject).sort((a, b) => a.date.localeCompare(b.date));
}

export function addEvent(doc: CaseDocument, subject: Id, fields: Partial<Omit<CaseEvent, 'id' | 'subject'>> & Pick<CaseEvent, 'date'>): Change {
  if (doc.events.length >= MAX_LINKS) throw new RangeError(`A case keeps at most ${MAX_LINKS} events.`);
  const event: CaseEvent = { id: newId(), kind: 'other', label: '', notes: '', ...fields, subject };
  return { doc: { ...doc, events: [...doc.events, event] }, created: [event.id] };
}

export function updateEvent(doc: CaseDocument, id: Id, patch: Partial<Omit<CaseEvent, 'id' | 'subject'>>): CaseDocument {
  return { ...doc, events: doc.events.map((e) => (e.id === id ? { ...e, ...patch } : e)) };
}

export function removeEvent(doc: CaseDocument, id: Id): CaseDocument {
  return { ...doc, events: doc.events.filter((e) => e.id !== id) };
}
