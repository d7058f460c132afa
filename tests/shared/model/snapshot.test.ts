import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { CaseDocument } from '../../../shared/model/case';
import { MAX_SNAPSHOTS, takeSnapshot } from '../../../shared/model/snapshot';

describe('takeSnapshot', () => {
  it('keeps the map as it is now, named and dated, and the case stays valid', () => {
    const doc = laurentExample();
    const { doc: next, snapshot } = takeSnapshot(doc, { name: 'Synthèse du 12 mars', date: '2026-03-12', meetingId: 'm1', now: new Date('2026-03-12T16:00:00Z') });
    expect(next.snapshots).toEqual([snapshot]);
    expect(snapshot).toMatchObject({ name: 'Synthèse du 12 mars', date: '2026-03-12', meetingId: 'm1', takenAt: '2026-03-12T16:00:00.000Z' });
    expect(snapshot.nodes).toEqual(doc.nodes);
    expect(snapshot.links).toEqual(doc.links);
    expect(CaseDocument.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
    expect(doc.snapshots).toEqual([]);
  });

  it('refuses one snapshot too many instead of dropping an old one', () => {
    let doc = laurentExample();
    for (let i = 0; i < MAX_SNAPSHOTS; i++) doc = takeSnapshot(doc, { name: `S${i}` }).doc;
    expect(() => takeSnapshot(doc, { name: 'one more' })).toThrow(RangeError);
  });
});
