import { describe, expect, it } from 'vitest';
import { symbolCentre, diagramIndex } from '../../../shared/genogram/diagram-index';
import { emptyCase, type CaseDocument } from '../../../shared/model/case';
import type { CaseLink, LinkDraft } from '../../../shared/model/links';
import type { Position } from '../../../shared/model/primitives';
import { person } from '../../../shared/model/operations';
import { drawLinkWithHitPath } from '../../../shared/render/links';

/** People placed by hand (ids are the names), and links between them. */
function family(people: Array<[string, 'man' | 'woman', number, number]>, links: LinkDraft[]): CaseDocument {
  const nodes = people.map(([name, gender, x, y]) => ({ ...person({ name, gender, position: { x, y } }), id: name }));
  return { ...emptyCase('test', new Date('2026-01-01T00:00:00Z')), nodes, links: links.map((l, i) => ({ id: `l${i}`, notes: '', ...l }) as CaseLink) };
}

const pointsOf = (doc: CaseDocument, id: string): Position[] => drawLinkWithHitPath(doc, doc.links.find((l) => l.id === id) as CaseLink, 'fr')?.points ?? [];

describe('a child with one parent recorded', () => {
  it('hangs from that parent alone, on the side away from the partner, not from the couple line', () => {
    // Paul and Anne are a couple; Léo is Paul's son alone (another union), Zoé their daughter.
    const doc = family(
      [['Paul', 'man', 0, 0], ['Anne', 'woman', 200, 0], ['Léo', 'man', 0, 200], ['Zoé', 'woman', 200, 200]],
      [
        { kind: 'couple', a: 'Paul', b: 'Anne', status: 'married' },
        { kind: 'filiation', parent: 'Paul', child: 'Léo', type: 'biological' },
        { kind: 'filiation', parent: 'Paul', child: 'Zoé', type: 'biological' },
        { kind: 'filiation', parent: 'Anne', child: 'Zoé', type: 'biological' },
      ],
    );
    const paul = symbolCentre(diagramIndex(doc), 'Paul') as Position;
    const couple = pointsOf(doc, 'l0');
    const coupleY = (couple[1] as Position).y;
    const leo = pointsOf(doc, 'l1');
    // Nothing of Léo's line lies on the couple line's side of Paul or along the couple line.
    expect(leo.every((p) => p.x <= paul.x), JSON.stringify(leo)).toBe(true);
    for (let i = 1; i < leo.length; i++) {
      const a = leo[i - 1] as Position;
      const b = leo[i] as Position;
      const alongCouple = a.y === coupleY && b.y === coupleY;
      expect(alongCouple, `segment ${JSON.stringify([a, b])} runs along the couple line`).toBe(false);
    }
    // It still ends on Léo's symbol, from above.
    const leoTop = symbolCentre(diagramIndex(doc), 'Léo') as Position;
    expect((leo.at(-1) as Position).x).toBe(leoTop.x);
  });

  it('with no partner, steps aside towards the child, clear of the parent’s name', () => {
    const doc = family([['Monique', 'woman', 0, 0], ['Fils', 'man', 300, 200]], [{ kind: 'filiation', parent: 'Monique', child: 'Fils', type: 'biological' }]);
    const line = pointsOf(doc, 'l0');
    const monique = symbolCentre(diagramIndex(doc), 'Monique') as Position;
    // Down from the symbol, then to the right (towards the child), beyond the name's box.
    expect(line.some((p) => p.x > monique.x + 60)).toBe(true);
    expect(line.every((p) => p.x >= monique.x - 1)).toBe(true);
  });
});
