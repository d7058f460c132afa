// An intervention's history: changing its mandate or its measure keeps what it was before, dated,
// so that the map at an earlier date shows it as it was (#15 trial: changing the AED into an AEMO
// greyed the AED on the map of October, or showed it as an AEMO).
import { describe, expect, it } from 'vitest';
import { CaseDocument } from '../../../shared/model/case';
import { withMeasure } from '../../../shared/model/defaults';
import type { InterventionLink } from '../../../shared/model/links';
import { updateLink } from '../../../shared/model/operations';
import { takeSnapshot } from '../../../shared/model/snapshot';
import { interventionOn, withHistory } from '../../../shared/timeline/history';
import { fadedOn, stateOfCase, stateOn } from '../../../shared/timeline/state';
import { laurent, linkBetweenNamed, withLink } from './fixtures';

const TODAY = '2026-02-10';

/** The worked example with the educator's AED running since September 2025. */
function withAed(): { doc: CaseDocument; id: string } {
  let doc = laurent();
  const id = linkBetweenNamed(doc, 'intervention', 'Thomas Girard', 'Enzo Moreau').id;
  doc = withLink(doc, id, { since: '2025-09', mandate: 'administrative', measure: 'aed' });
  return { doc, id };
}
const linkOf = (doc: { links: readonly CaseDocument['links'][number][] }, id: string) => doc.links.find((l) => l.id === id) as InterventionLink;

describe('an intervention’s history', () => {
  it('a new measure keeps the former one until the day of the change: the map of October still shows the AED', () => {
    const { doc, id } = withAed();
    const changed = withHistory(doc, withMeasure(doc, id, 'aemo'), id, TODAY);
    const now = linkOf(changed, id);
    expect(now).toMatchObject({ mandate: 'judicial', measure: 'aemo', since: '2025-09' });
    expect(now.history).toEqual([{ changed: TODAY, mandate: 'administrative', measure: 'aed' }]);
    // October 2025: the AED, not greyed, not an AEMO.
    const october = stateOn(stateOfCase(changed), '2025-10-15');
    expect(linkOf(october, id)).toMatchObject({ mandate: 'administrative', measure: 'aed' });
    expect(fadedOn(stateOfCase(changed), '2025-10-15').has(id)).toBe(false);
    // From the day of the change: the AEMO.
    expect(interventionOn(now, TODAY)).toMatchObject({ mandate: 'judicial', measure: 'aemo' });
    expect(linkOf(stateOn(stateOfCase(changed), '2026-03-01'), id)).toMatchObject({ mandate: 'judicial', measure: 'aemo' });
  });

  it('several edits on one day are one change; going back to the former form is a correction, not a change', () => {
    const { doc, id } = withAed();
    let edited = withHistory(doc, updateLink(doc, id, { mandate: 'judicial' }), id, TODAY);
    edited = withHistory(edited, withMeasure(edited, id, 'aemo'), id, TODAY);
    expect(linkOf(edited, id).history).toEqual([{ changed: TODAY, mandate: 'administrative', measure: 'aed' }]);
    const back = withHistory(edited, withMeasure(updateLink(edited, id, { mandate: 'administrative' }), id, 'aed'), id, TODAY);
    expect(linkOf(back, id).history ?? []).toEqual([]);
  });

  it('an intervention whose start is not past, or undated and in no snapshot, is being typed: its edits are corrections', () => {
    const { doc, id } = withAed();
    const starting = withLink(doc, id, { since: '2026-03' });
    expect(linkOf(withHistory(starting, withMeasure(starting, id, 'aemo'), id, TODAY), id).history).toBeUndefined();
    const undated = withLink(doc, id, { since: undefined });
    expect(linkOf(withHistory(undated, withMeasure(undated, id, 'aemo'), id, TODAY), id).history).toBeUndefined();
    // Undated but kept in a snapshot: it has a past.
    const kept = takeSnapshot(undated, { name: 'Entrée', date: '2025-10', now: new Date('2025-10-15T10:00:00Z') }).doc;
    expect(linkOf(withHistory(kept, withMeasure(kept, id, 'aemo'), id, TODAY), id).history).toHaveLength(1);
  });

  it('is kept by the case schema (version 2) and read back', () => {
    const { doc, id } = withAed();
    const changed = withHistory(doc, withMeasure(doc, id, 'aemo'), id, TODAY);
    const read = CaseDocument.parse(JSON.parse(JSON.stringify(changed)));
    expect(linkOf(read, id).history).toEqual([{ changed: TODAY, mandate: 'administrative', measure: 'aed' }]);
  });
});
