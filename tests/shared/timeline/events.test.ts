import { describe, expect, it } from 'vitest';
import { CaseDocument } from '../../../shared/model/case';
import { deleteElements, setHouseholdMembership } from '../../../shared/model/operations';
import { restoreCase } from '../../../shared/model/restore';
import { addEvent, eventsOf, removeEvent, updateEvent } from '../../../shared/timeline/events';
import { idOf, laurent } from './fixtures';

describe('dated events', () => {
  it('are added, corrected and removed on a person or a household, and the case stays valid', () => {
    let doc = laurent();
    const enzo = idOf(doc, 'Enzo Moreau');
    const household = doc.households[0]?.id as string;
    const placed = addEvent(doc, enzo, { kind: 'placement', date: '2026-02', label: 'Placement en MECS' });
    doc = addEvent(placed.doc, household, { kind: 'move', date: '2025' }).doc;
    doc = addEvent(doc, enzo, { kind: 'hospitalisation', date: '2025-11-03' }).doc;
    expect(eventsOf(doc, enzo).map((e) => e.kind)).toEqual(['hospitalisation', 'placement']);
    doc = updateEvent(doc, placed.created[0] as string, { date: '2025-10' });
    expect(eventsOf(doc, enzo).map((e) => e.kind)).toEqual(['placement', 'hospitalisation']);
    expect(CaseDocument.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    doc = removeEvent(doc, placed.created[0] as string);
    expect(eventsOf(doc, enzo)).toHaveLength(1);
  });

  it('go with the person or the household they are about, so nothing is left to repair on the next opening', () => {
    let doc = laurent();
    const enzo = idOf(doc, 'Enzo Moreau');
    doc = addEvent(doc, enzo, { kind: 'placement', date: '2026-02' }).doc;
    const household = doc.households[0]?.id as string;
    doc = addEvent(doc, household, { kind: 'move', date: '2025' }).doc;
    const withoutEnzo = deleteElements(doc, [enzo]);
    expect(withoutEnzo.events.map((e) => e.kind)).toEqual(['move']);
    // The household empties and goes: its event too.
    let emptied = doc;
    for (const member of doc.households[0]?.members ?? []) emptied = setHouseholdMembership(emptied, member, null);
    expect(emptied.households).toEqual([]);
    expect(emptied.events.map((e) => e.kind)).toEqual(['placement']);
    expect(deleteElements(doc, [household]).events.map((e) => e.kind)).toEqual(['placement']);
    const restored = restoreCase(JSON.parse(JSON.stringify(withoutEnzo)));
    expect(restored.ok && restored.repairs).toEqual([]);
  });
});
