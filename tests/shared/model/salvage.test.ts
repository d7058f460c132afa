import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { restoreCase } from '../../../shared/model/restore';
import { salvageCase } from '../../../shared/model/salvage';

describe('salvageCase: a case that does not pass validation made valid, saying what was done', () => {
  it('cuts texts over their limit, takes out a value it cannot keep, removes a record only when that is not enough', () => {
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    raw.nodes[0].name = 'S'.repeat(230);
    raw.nodes[1].gender = 'dragon';
    raw.links[0].kind = 'telepathy';
    raw.notes = 'n'.repeat(60_000);
    const before = restoreCase(raw);
    expect(before.ok).toBe(false);

    const salvaged = salvageCase(raw, raw.id);
    expect(salvaged.ok).toBe(true);
    if (!salvaged.ok) return;
    expect(restoreCase(salvaged.doc).ok).toBe(true);
    expect(salvaged.doc.nodes[0]?.name).toHaveLength(200);
    expect(salvaged.doc.nodes[1]?.kind).toBe('person');
    expect(salvaged.doc.links).toHaveLength(raw.links.length - 1);
    expect(salvaged.repairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'text-cut', place: 'element', field: 'name', max: 200, size: 230 }),
        expect.objectContaining({ code: 'field-reset', place: 'element', name: raw.nodes[1].name, field: 'gender' }),
        expect.objectContaining({ code: 'item-removed', place: 'link' }),
        expect.objectContaining({ code: 'text-cut', field: 'notes', size: 60_000 }),
      ]),
    );
  });

  it('keeps the record’s id, and refuses what is not a case at all', () => {
    const raw = { ...JSON.parse(JSON.stringify(laurentExample())), id: 42 };
    const salvaged = salvageCase(raw, 'record-id');
    expect(salvaged.ok && salvaged.doc.id).toBe('record-id');
    expect(salvageCase('hello').ok).toBe(false);
    expect(salvageCase({ ...laurentExample(), schemaVersion: 99 }).ok).toBe(false);
  });
});
