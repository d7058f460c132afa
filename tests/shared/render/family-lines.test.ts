// Children hang from their own parents' couple line, whoever else their parents later partner with
// (a defect seen live: the father's new partner, added after the children, took them under her couple).
import { describe, expect, it } from 'vitest';
import { generateCase } from '../../../shared/examples/generate';
import { laurentExample } from '../../../shared/examples/laurent';
import { diagramIndex, pairKey, symbolCentre } from '../../../shared/genogram/diagram-index';
import { layoutCase } from '../../../shared/genogram/layout';
import type { Box } from '../../../shared/genogram/metrics';
import type { CaseDocument } from '../../../shared/model/case';
import type { CaseLink, CoupleLink } from '../../../shared/model/links';
import { addPartner } from '../../../shared/model/operations';
import type { Position } from '../../../shared/model/primitives';
import { drawLinkWithHitPath } from '../../../shared/render/links';

const nameOf = (doc: CaseDocument, id: string) => doc.nodes.find((n) => n.id === id)?.name ?? id;

/** A couple's line as drawn: the horizontal stretch between the partners' stubs. */
function coupleLine(doc: CaseDocument, couple: CoupleLink): { y: number; left: number; right: number } {
  const [a, b, c] = drawLinkWithHitPath(doc, couple, 'fr')?.points ?? [];
  if (!a || !b || !c) throw new Error('couple not drawn');
  return { y: b.y, left: Math.min(b.x, c.x), right: Math.max(b.x, c.x) };
}

/** What a reader would take wrongly from the family lines: each finding names who is misread. */
function familyLineFaults(doc: CaseDocument): string[] {
  const index = diagramIndex(doc);
  const couples = doc.links.filter((l): l is CoupleLink => l.kind === 'couple');
  const lines = new Map(couples.map((c) => [c.id, coupleLine(doc, c)]));
  const faults: string[] = [];
  const coupleName = (c: CoupleLink) => `${nameOf(doc, c.a)} + ${nameOf(doc, c.b)}`;
  // Two couple lines along each other read as one.
  for (let i = 0; i < couples.length; i++) {
    for (let j = i + 1; j < couples.length; j++) {
      const p = lines.get((couples[i] as CoupleLink).id) as { y: number; left: number; right: number };
      const q = lines.get((couples[j] as CoupleLink).id) as { y: number; left: number; right: number };
      const shared = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      if (Math.abs(p.y - q.y) < 3 && shared > 2) faults.push(`couple lines ${coupleName(couples[i] as CoupleLink)} and ${coupleName(couples[j] as CoupleLink)} run along each other`);
    }
  }
  // A child's line leaves from its parents' couple line, from no other, and under no one else.
  for (const [child, parents] of index.parentsOf) {
    if (parents.length !== 2) continue;
    const couple = index.couples.get(pairKey((parents[0] as CaseLink & { parent: string }).parent, (parents[1] as CaseLink & { parent: string }).parent));
    if (!couple) continue;
    const drawn = parents.map((l) => drawLinkWithHitPath(doc, l, 'fr')).find((d) => d !== null);
    const from = drawn?.points[0] as Position;
    const own = lines.get(couple.id) as { y: number; left: number; right: number };
    const who = nameOf(doc, child);
    if (!(Math.abs(from.y - own.y) < 0.5 && from.x > own.left && from.x < own.right)) faults.push(`${who} does not hang from ${coupleName(couple)}`);
    for (const other of couples) {
      if (other === couple) continue;
      const line = lines.get(other.id) as { y: number; left: number; right: number };
      if (Math.abs(from.y - line.y) < 3 && from.x >= line.left - 2 && from.x <= line.right + 2) faults.push(`${who} hangs from ${coupleName(other)} as well`);
    }
    for (const n of doc.nodes) {
      if (n.kind !== 'person' || n.id === couple.a || n.id === couple.b) continue;
      // Under their symbol or through their name, which is written below the couple lines.
      const box = index.boxes.get(n.id) as Box;
      const centre = symbolCentre(index, n.id) as Position;
      if (from.x > box.x + 6 && from.x < box.x + box.width - 6 && from.y > centre.y && from.y < box.y + box.height) faults.push(`${who} hangs under ${n.name}`);
    }
  }
  return faults;
}

const byName = (doc: CaseDocument, name: string) => doc.nodes.find((n) => n.name === name)?.id as string;

describe('children stay under their own parents’ couple', () => {
  const example = laurentExample();
  const fatherWithNewPartner = addPartner(example, byName(example, 'Julien Moreau'), { name: 'Inès Moreau' }).doc;

  it('the worked example reads right as drawn and organised', () => {
    expect(familyLineFaults(example)).toEqual([]);
    expect(familyLineFaults(layoutCase(example))).toEqual([]);
  });

  it('after the father’s new partner is added, as placed and once organised', () => {
    const organised = layoutCase(fatherWithNewPartner);
    expect({ placed: familyLineFaults(fatherWithNewPartner), organised: familyLineFaults(organised) }).toEqual({ placed: [], organised: [] });
    // Each partner beside the one they are a couple with: Inès, Julien, Sophie, David.
    const order = ['Inès Moreau', 'Julien Moreau', 'Sophie Laurent', 'David Petit'].map((n) => organised.nodes.find((x) => x.name === n)?.position.x ?? NaN);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('when the mother has a third partner too, and when everyone is organised again', () => {
    const third = addPartner(fatherWithNewPartner, byName(fatherWithNewPartner, 'Sophie Laurent'), { name: 'Marc Roy' }).doc;
    const organised = layoutCase(third);
    expect({ placed: familyLineFaults(third), organised: familyLineFaults(organised), again: familyLineFaults(layoutCase(organised)) }).toEqual({ placed: [], organised: [], again: [] });
  });

  it.each([1, 2, 3, 4, 5])('in generated families with remarriages, organised (seed %i)', (seed) => {
    expect(familyLineFaults(layoutCase(generateCase({ people: 60, professionals: 0, generations: 4, seed })))).toEqual([]);
  });
});
