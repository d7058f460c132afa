// Every indicator against values counted by hand on the worked example of DOMAIN.md (see
// shared/examples/laurent.ts): 8 people, 6 professionals in 6 institutions, the CAF acting alone.
import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../shared/model/case';
import type { CaseLink, LinkDraft } from '../../../shared/model/links';
import { person } from '../../../shared/model/operations';
import { computeIndicators } from '../../../shared/timeline/indicators';
import { stateOfCase } from '../../../shared/timeline/state';
import { idOf, laurent, linkBetweenNamed } from './fixtures';

const doc = laurent();
const indicators = computeIndicators(stateOfCase(doc));
const names = (ids: readonly string[]) => ids.map((id) => doc.nodes.find((n) => n.id === id)?.name).sort();

function withLinks(base: CaseDocument, ...links: LinkDraft[]): CaseDocument {
  return { ...base, links: [...base.links, ...links.map((l, i) => ({ id: `extra${i}`, notes: '', ...l }) as CaseLink)] };
}

describe('indicators of the worked example, counted by hand', () => {
  it('size of the primary network, by circle', () => {
    // Monique, Julien, Sophie, David, Enzo, Léa, Noah (family) and Mme Rossi (neighbour).
    expect(indicators.primary).toEqual({ total: 8, byCircle: { family: 7, neighbour: 1, friend: 0, community: 0, other: 0 } });
  });

  it('size of the secondary network, by institution category', () => {
    // Six professionals; seven institutions; the CAF acts with no professional drawn: 7 actors.
    // Social: the AS (Conseil départemental) and the educator (AEMO); education: the CPE; mental
    // health: the psychologist (CMP); housing: the adviser (Habitat 59); benefits: the CAF;
    // justice: the judge (Tribunal).
    expect(indicators.secondary).toMatchObject({ professionals: 6, institutions: 7, actors: 7 });
    expect(Object.fromEntries(Object.entries(indicators.secondary.byCategory).filter(([, n]) => n > 0))).toEqual({
      social: 2,
      education: 1,
      'mental-health': 1,
      housing: 1,
      benefits: 1,
      justice: 1,
    });
  });

  it('professionals per person followed', () => {
    // Sophie: AS, adviser, CAF (through the household) = 3; Enzo: educator, CPE, CAF = 3;
    // Léa: psychologist, CAF = 2; Noah: CAF = 1. Four people followed, 9 / 4 = 2.25, at most 3.
    expect(indicators.perPerson).toMatchObject({ followed: 4, mean: 2.25, max: 3 });
    expect(names(indicators.perPerson.most)).toEqual(['Enzo Moreau', 'Sophie Laurent']);
  });

  it('interventions by mandate and by field, and the share under a judge’s mandate', () => {
    // AS → Sophie (administrative, aide), educator → Enzo (judicial, éducation), CPE → Enzo
    // (administrative, éducation), psychologist → Léa (voluntary, soin), adviser → Sophie
    // (contractual, aide), CAF → household (administrative; benefits count as aide). 1 of 6 judicial.
    expect(indicators.interventions).toEqual({
      total: 6,
      byMandate: { judicial: 1, administrative: 3, contractual: 1, voluntary: 1, informal: 0 },
      byField: { aide: 3, soin: 1, education: 2, controle: 0, unknown: 0 },
      judicialShare: 1 / 6,
    });
  });

  it('density of the ties between professionals', () => {
    // Ties: AS–educator (formal partnership), judge–educator (referral); CMP–collège "do not know
    // each other" is no tie. 2 ties over 7 × 6 / 2 = 21 pairs.
    expect(indicators.ties).toEqual({ actors: 7, ties: 2, density: 2 / 21 });
  });

  it('isolated members and isolated professionals', () => {
    // Everybody in the family has a link; the CPE, the psychologist, the adviser and the CAF have
    // no tie to another professional.
    expect(indicators.isolatedMembers).toEqual([]);
    expect(names(indicators.isolatedActors)).toEqual(['CAF', 'Marc Lefèvre', 'Nadia Haddad', 'Paul Martin']);
    const alone = person({ name: 'Ami perdu de vue', circle: 'friend' });
    expect(computeIndicators(stateOfCase({ ...doc, nodes: [...doc.nodes, alone] })).isolatedMembers).toEqual([alone.id]);
  });

  it('who bridges the network (betweenness)', () => {
    // The network: 21 elements and the household (22 nodes). Removing its dead ends leaves a core
    // of 9: Sophie, Julien, David, Enzo, Léa, Noah, the household, the AS and the educator, each
    // standing for itself and what hangs from it only (Sophie: Monique, the adviser and Habitat 59;
    // the educator: the AEMO service, the judge and the tribunal; Enzo: the CPE and the collège...).
    // Counting the shortest paths of the 36 pairs of the core, weighted by what each end stands
    // for, plus the paths from what hangs from a node: Sophie 56 + 3 × 18 + 2 = 112, Enzo
    // 37 + 2 × 19 = 75, the educator 3 + 3 × 18 + 2 = 59. Normalised over the 21 × 20 / 2 pairs.
    expect(indicators.bridges.map((b) => doc.nodes.find((n) => n.id === b.id)?.name)).toEqual(['Sophie Laurent', 'Enzo Moreau', 'Thomas Girard']);
    indicators.bridges.forEach((bridge, i) => expect(bridge.betweenness).toBeCloseTo([112, 75, 59][i] as number, 9));
    expect(indicators.bridges[0]?.normalised).toBeCloseTo(112 / 210, 10);
  });

  it('cliques of professionals who all work together', () => {
    // None in the example: the AS, the educator and the judge are a chain, not a triangle.
    expect(indicators.cliques).toEqual([]);
    // The CPE works with both the AS and the educator: those three form one.
    const [as, educ, cpe, juge] = ['Claire Dubois', 'Thomas Girard', 'Marc Lefèvre', 'Juge Bernard'].map((n) => idOf(doc, n)) as [string, string, string, string];
    const joined = withLinks(doc, { kind: 'partnership', a: as, b: cpe, formality: 'informal' }, { kind: 'partnership', a: educ, b: cpe, formality: 'formal' }, { kind: 'referral', from: juge, to: as });
    expect(computeIndicators(stateOfCase(joined)).cliques.map((c) => names(c).join(', ')).sort()).toEqual([
      'Claire Dubois, Juge Bernard, Thomas Girard',
      'Claire Dubois, Marc Lefèvre, Thomas Girard',
    ]);
  });

  it('a partnership between two institutions ties their professionals, and colleagues are tied', () => {
    const cmpCollege = linkBetweenNamed(doc, 'partnership', 'CMP', 'Collège Jean Jaurès');
    const known = { ...doc, links: doc.links.map((l) => (l.id === cmpCollege.id ? { ...l, formality: 'formal' as const } : l)) };
    expect(computeIndicators(stateOfCase(known)).ties.ties).toBe(3);
    const colleague = { ...doc.nodes.find((n) => n.name === 'Claire Dubois'), id: 'colleague', name: 'CESF' } as CaseDocument['nodes'][number];
    expect(computeIndicators(stateOfCase({ ...doc, nodes: [...doc.nodes, colleague] })).ties).toEqual({ actors: 8, ties: 3, density: 3 / 28 });
  });
});
