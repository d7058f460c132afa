import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { CaseDocument, CURRENT_SCHEMA_VERSION } from '../../../shared/model/case';
import { restoreCase } from '../../../shared/model/restore';

describe('case document', () => {
  it('round-trips the worked example through JSON and Zod unchanged', () => {
    const doc = laurentExample();
    const reread = CaseDocument.parse(JSON.parse(JSON.stringify(doc)));
    expect(reread).toEqual(doc);
  });

  it('gives every element a random id that says nothing of its name', () => {
    const doc = laurentExample();
    const ids = [...doc.nodes.map((n) => n.id), ...doc.links.map((l) => l.id), ...doc.households.map((h) => h.id), doc.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(laurentExample().nodes[0]?.id).not.toBe(doc.nodes[0]?.id);
  });
});

describe('restoreCase: loading never trusts its input', () => {
  it('accepts a valid case', () => {
    const result = restoreCase(JSON.parse(JSON.stringify(laurentExample())));
    expect(result.ok && result.repairs).toEqual([]);
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['null', null],
    ['no schema version', { title: 'x' }],
  ])('refuses %s with a clear message', (_label, raw) => {
    const result = restoreCase(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/Maillage case|schema version/);
  });

  it('refuses a case from a newer version and says to update', () => {
    const raw = { ...laurentExample(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const result = restoreCase(raw);
    expect(!result.ok && result.error).toMatch(/newer version of Maillage.*Update/);
  });

  it('names the first invalid field', () => {
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    raw.nodes[2].gender = 'dragon';
    const result = restoreCase(raw);
    expect(!result.ok && result.error).toMatch(/nodes\.2\.gender/);
  });

  it('drops links to missing elements and reports it', () => {
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    raw.links.push({ id: 'dangling', kind: 'relation', a: raw.nodes[0].id, b: 'nobody', quality: 'close', direction: 'none', intensity: 2, notes: '' });
    const result = restoreCase(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.links.some((l) => l.id === 'dangling')).toBe(false);
    expect(result.repairs).toEqual([{ code: 'link-removed', reason: 'end-missing', place: 'link', name: raw.nodes[0].name }]);
  });

  it('refuses family links between a person and a professional', () => {
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    const pro = raw.nodes.find((n: { kind: string }) => n.kind === 'professional');
    raw.links.push({ id: 'odd', kind: 'couple', a: raw.nodes[0].id, b: pro.id, status: 'married', notes: '' });
    const result = restoreCase(raw);
    expect(result.ok && result.repairs).toEqual([expect.objectContaining({ code: 'link-removed', reason: 'family-not-people', name: `${raw.nodes[0].name} – ${pro.name}` })]);
  });
});

describe('restoreCase: references of version 2', () => {
  it('drops what points to missing elements in meetings, events, consents, snapshots and circulation, and says so', () => {
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    const person = raw.nodes[0].id;
    raw.meetings = [
      {
        id: 'm1',
        broughtBy: 'gone',
        participants: [
          { id: 'p1', nodeId: person, boundBySecrecy: false },
          { id: 'p2', nodeId: 'gone', boundBySecrecy: true },
        ],
        actions: [{ id: 'a1', text: 'Appeler', ownerId: 'gone' }],
        reportRecipients: ['p1', 'p2'],
      },
    ];
    raw.events = [
      { id: 'e1', kind: 'move', subject: person, date: '2025-03' },
      { id: 'e2', kind: 'move', subject: 'gone', date: '2025-03-12' },
    ];
    raw.consents = [{ personId: person, agreed: true }, { personId: person, agreed: false }, { personId: 'gone', agreed: true }];
    raw.nodes[1].sharing = { level: 'named', with: ['p1', 'gone', person] };
    raw.snapshots = [{ id: 's1', name: 'Avant', takenAt: '2026-01-01T00:00:00.000Z', nodes: [raw.nodes[0]], links: raw.links.slice(0, 1), households: [] }];

    const result = restoreCase(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [meeting] = result.doc.meetings;
    expect(meeting?.broughtBy).toBeUndefined();
    expect(meeting?.participants.map((p) => p.id)).toEqual(['p1']);
    expect(meeting?.actions[0]?.ownerId).toBeUndefined();
    expect(meeting?.reportRecipients).toEqual(['p1']);
    expect(result.doc.events.map((e) => e.id)).toEqual(['e1']);
    expect(result.doc.consents).toHaveLength(1);
    expect(result.doc.nodes[1]?.sharing?.with).toEqual(['p1', person]);
    expect(result.doc.snapshots[0]?.links).toEqual([]);
    expect(result.repairs.length).toBeGreaterThanOrEqual(7);
  });

  it('refuses a circulation level it does not know, naming the field', () => {
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    raw.nodes[0].notesSharing = { level: 'everyone' };
    const result = restoreCase(raw);
    expect(!result.ok && result.error).toMatch(/nodes\.0\.notesSharing\.level/);
  });
});
