import { describe, expect, it } from 'vitest';
import { readability, segmentCrossesBox, segmentsCross } from '../../../shared/genogram/readability';
import { emptyCase, type CaseDocument } from '../../../shared/model/case';
import type { CaseLink, LinkDraft } from '../../../shared/model/links';
import type { CaseNode } from '../../../shared/model/nodes';
import { institution, person, professional } from '../../../shared/model/operations';

/** A case from hand-placed nodes and links (ids are the names, for readable failures). */
function caseOf(nodes: CaseNode[], links: LinkDraft[]): CaseDocument {
  return { ...emptyCase('test', new Date('2026-01-01T00:00:00Z')), nodes, links: links.map((l, i) => ({ id: `l${i}`, notes: '', ...l }) as CaseLink) };
}
/** The node with its name as id. */
const named = <N extends CaseNode>(node: N): N => ({ ...node, id: node.name });
const at = (name: string, x: number, y: number) => named(person({ name, gender: 'woman', position: { x, y } }));

describe('readability of a laid-out case', () => {
  it('geometry: a segment through a box, a segment beside it, crossing segments', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -5, y: 15 }, { x: 15, y: 15 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -5, y: 5 }, { x: -1, y: 5 }, box)).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    // Meeting at an end, or running along each other, is not a crossing.
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 0 }, { x: 15, y: 0 })).toBe(false);
  });

  it('counts nothing on two people side by side, and the length of the line between them', () => {
    const r = readability(caseOf([at('A', 0, 0), at('B', 300, 0)], [{ kind: 'relation', a: 'A', b: 'B', quality: 'close', direction: 'none', intensity: 2 }]));
    expect(r).toMatchObject({ labels: 2, labelsCrossed: 0, overlappingLabels: 0, symbolsCrossed: 0, linkCrossings: 0 });
    // Centre to centre is 300; each end stops at the symbol's edge (22 + 5).
    expect(r.linkLength).toBe(300 - 2 * 27);
  });

  it('counts a symbol and a name that a link passes through', () => {
    // C sits between A and B on the line joining their symbols.
    const doc = caseOf([at('A', 0, 0), at('C', 200, 0), at('B', 400, 0)], [{ kind: 'relation', a: 'A', b: 'B', quality: 'conflictual', direction: 'none', intensity: 2 }]);
    expect(readability(doc)).toMatchObject({ symbolsCrossed: 1, labelsCrossed: 0 });
    // C lower, so that the line now runs through its name, not its symbol.
    const lower = caseOf([at('A', 0, 0), at('Cécile Longuenom', 200, -55), at('B', 400, 0)], [{ kind: 'relation', a: 'A', b: 'B', quality: 'conflictual', direction: 'none', intensity: 2 }]);
    expect(readability(lower)).toMatchObject({ symbolsCrossed: 0, labelsCrossed: 1 });
  });

  it('counts a link reaching a person from below through her own name', () => {
    const doc = caseOf([at('Sophie', 0, 0), named(professional({ name: 'AS', role: 'as', position: { x: -4, y: 300 } }))], [{ kind: 'intervention', from: 'AS', to: 'Sophie', mandate: 'voluntary', measure: '' }]);
    expect(readability(doc).labelsCrossed).toBe(1);
  });

  it('counts overlapping labels of different elements, and crossings of links that share no end', () => {
    const doc = caseOf(
      [at('Alexandra', 0, 0), at('Bernadette', 50, 0), at('C', 0, 300), at('D', 400, 300), at('E', 400, 0)],
      [
        { kind: 'relation', a: 'C', b: 'E', quality: 'close', direction: 'none', intensity: 2 },
        { kind: 'relation', a: 'Alexandra', b: 'D', quality: 'close', direction: 'none', intensity: 2 },
      ],
    );
    const r = readability(doc);
    expect(r.overlappingLabels).toBe(1);
    expect(r.linkCrossings).toBe(1);
  });

  it('counts a caption beside another link, a caption on an institution’s header, and two links on one path', () => {
    const as = named(professional({ name: 'AS', role: 'as', position: { x: 0, y: 300 } }));
    const educ = named(professional({ name: 'Educ', role: 'educateur', position: { x: 600, y: 300 } }));
    const a = at('A', 0, 0);
    const b = at('B', 600, 0);
    // An intervention from AS to B with its caption above its line, and a partnership's line just above the caption.
    const routes = new Map([
      ['l0', { points: [{ x: 64, y: 320 }, { x: 300, y: 320 }, { x: 300, y: 100 }, { x: 660, y: 40 }], label: { x: 180, y: 320 } }],
      ['l1', { points: [{ x: 64, y: 300 }, { x: 664, y: 300 }] }],
    ]);
    const doc = caseOf([a, b, as, educ], [
      { kind: 'intervention', from: 'AS', to: 'B', mandate: 'judicial', measure: 'curatelle' },
      { kind: 'partnership', a: 'AS', b: 'Educ', formality: 'formal' },
    ]);
    expect(readability(doc, { routes })).toMatchObject({ captionsNearOtherLinks: 1, captionsOnMarks: 0, sharedRuns: 0 });
    // The partnership on the intervention's own line: one path for two links.
    const shared = new Map([...routes, ['l1', { points: [{ x: 64, y: 320 }, { x: 664, y: 320 }] }]]);
    expect(readability(doc, { routes: shared }).sharedRuns).toBe(1);
    // The caption on an institution's header, where its icon is.
    const udaf = named(institution({ name: 'UDAF', category: 'legal-protection', position: { x: 130, y: 300 } }));
    expect(readability(caseOf([a, b, as, educ, udaf], doc.links), { routes: new Map([['l0', routes.get('l0') as never]]) }).captionsOnMarks).toBe(1);
  });

  it('counts a household’s name that a link passes through', () => {
    // The name is written on the outline's top edge, from its left corner: a line between A and B
    // runs along that edge at the height of the name.
    const doc: CaseDocument = {
      ...caseOf([at('M', 0, 0), at('A', -400, -45), at('B', 400, -45)], [{ kind: 'relation', a: 'A', b: 'B', quality: 'close', direction: 'none', intensity: 2 }]),
      households: [{ id: 'Foyer', name: 'Foyer Martin', members: ['M'], notes: '' }],
    };
    expect(readability(doc)).toMatchObject({ labels: 4, labelsCrossed: 1 });
    // Lower, the line passes under the name, through nothing.
    const lower = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'M' ? n : { ...n, position: { x: n.position.x, y: -30 } })) };
    expect(readability(lower)).toMatchObject({ labels: 4, labelsCrossed: 0 });
  });

  it('does not count a professional\u2019s line leaving its own institution, but counts one crossing another institution', () => {
    const home = named(institution({ name: 'CMP', category: 'mental-health', position: { x: 0, y: 300 } }));
    const other = named(institution({ name: 'CAF', category: 'benefits', position: { x: 0, y: 150 } }));
    const psy = named(professional({ name: 'Psy', role: 'psychologue', institutionId: 'CMP', position: { x: 24, y: 40 } }));
    const doc = caseOf([at('Léa', 30, -150), home, other, psy], [{ kind: 'intervention', from: 'Psy', to: 'Léa', mandate: 'voluntary', measure: '' }]);
    expect(readability(doc).symbolsCrossed).toBe(1);
    const clear = caseOf([at('Léa', 30, -150), home, psy], [{ kind: 'intervention', from: 'Psy', to: 'Léa', mandate: 'voluntary', measure: '' }]);
    expect(readability(clear).symbolsCrossed).toBe(0);
  });
});
