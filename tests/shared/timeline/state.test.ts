import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../shared/model/case';
import { takeSnapshot } from '../../../shared/model/snapshot';
import { fadedOn, snapshotDay, snapshotsInOrder, stateOfCase, stateOn, timelineSpan } from '../../../shared/timeline/state';
import { idOf, laurent, linkBetweenNamed, withLink, withNode } from './fixtures';

/** The worked example with dates: the AEMO from September 2025, the housing advice until June 2026, Noah's parents a couple since 2022. */
function datedLaurent(): CaseDocument {
  let doc = laurent();
  doc = withLink(doc, linkBetweenNamed(doc, 'intervention', 'Thomas Girard', 'Enzo Moreau').id, { since: '2025-09' });
  doc = withLink(doc, linkBetweenNamed(doc, 'intervention', 'Paul Martin', 'Sophie Laurent').id, { since: '2024', until: '2026-06' });
  doc = withLink(doc, linkBetweenNamed(doc, 'couple', 'Sophie Laurent', 'David Petit').id, { startYear: 2022 });
  doc = withLink(doc, linkBetweenNamed(doc, 'referral', 'Juge Bernard', 'Thomas Girard').id, { date: '2025-08' });
  return withNode(doc, idOf(doc, 'Noah Petit'), { birthYear: 2023, age: undefined } as never);
}

describe('the map at a date', () => {
  it('fades interventions not yet started or already ended, with their professionals and the links to them', () => {
    const doc = datedLaurent();
    const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? doc.links.find((l) => l.id === id)?.kind;
    const faded = (day: string) => [...fadedOn(stateOfCase(doc), day)].map(name).sort();
    // Mid 2026: the housing advice has ended; its adviser and the advisor's institution fade.
    expect(faded('2026-07-01')).toEqual(['Habitat 59', 'Paul Martin', 'intervention']);
    // June 2026 is still within "until 2026-06".
    expect(faded('2026-06-30')).toEqual([]);
    // Before the AEMO: the educator and the judge (whose referral came later) are not there yet, nor the partnership with the AS.
    expect(faded('2025-07-15')).toEqual(['Juge Bernard', 'Service d’AEMO', 'Thomas Girard', 'Tribunal judiciaire', 'intervention', 'partnership', 'referral']);
    // 2021: Noah is not born, his parents are not a couple, the advice has not begun.
    expect(faded('2021-05-01')).toEqual(expect.arrayContaining(['Noah Petit', 'couple', 'filiation', 'relation', 'Paul Martin']));
  });

  it('keeps what has no date: a case without dates is the same at every date', () => {
    const doc = laurent();
    expect(fadedOn(stateOfCase(doc), '1990-01-01').size).toBe(0);
    expect(stateOn(stateOfCase(doc), '1990-01-01').nodes).toHaveLength(doc.nodes.length);
  });

  it('the state on a day leaves out what was faded, and household members not yet there', () => {
    const doc = datedLaurent();
    const then = stateOn(stateOfCase(doc), '2021-05-01');
    expect(then.nodes.map((n) => n.name)).not.toContain('Noah Petit');
    expect(then.households[0]?.members).toHaveLength(3);
    expect(then.links.some((l) => l.kind === 'couple' && l.status === 'cohabiting')).toBe(false);
  });

  it('snapshots stand for their date, else the day they were taken, and are put in that order', () => {
    let doc = laurent();
    doc = takeSnapshot(doc, { name: 'B', now: new Date('2026-03-12T10:00:00') }).doc;
    doc = takeSnapshot(doc, { name: 'A', date: '2025-11', now: new Date('2026-03-13T10:00:00') }).doc;
    expect(doc.snapshots.map(snapshotDay)).toEqual(['2026-03-12', '2025-11-30']);
    expect(snapshotsInOrder(doc.snapshots).map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('the timeline spans every date of the case, up to today', () => {
    expect(timelineSpan(laurent(), '2026-11-01')).toBeNull();
    // From six months before the first date (the couple, 2022), to today.
    expect(timelineSpan(datedLaurent(), '2026-11-01')).toEqual({ first: '2021-07-01', last: '2026-11-01' });
  });
});
