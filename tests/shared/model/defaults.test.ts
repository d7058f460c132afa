import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../shared/model/case';
import { impliedMandate, rolePresetOf, withImpliedMandates, withMeasure, withRole } from '../../../shared/model/defaults';
import { addNode, addProfessionalFor, institution, person, professional, updateLink } from '../../../shared/model/operations';

function caseWithPerson() {
  const { doc, created } = addNode(emptyCase('Test'), person({ name: 'Enzo', position: { x: 0, y: 0 } }));
  return { doc, enzo: created[0] as string };
}

describe('mandates read from the presets', () => {
  it('an intervention of a professional in a mandated institution takes its mandate', () => {
    const { doc, enzo } = caseWithPerson();
    const udaf = institution({ name: 'UDAF', type: 'udaf', category: 'legal-protection', position: { x: 0, y: 400 } });
    const withUdaf = addNode(doc, udaf).doc;
    const { doc: next, created } = addProfessionalFor(withUdaf, enzo, { institutionId: udaf.id });
    expect(next.links.find((l) => l.id === created[1])).toMatchObject({ kind: 'intervention', mandate: 'judicial' });
  });

  it('a measure says the mandate before anything else; a professional with nothing that implies one keeps the default', () => {
    const { doc, enzo } = caseWithPerson();
    const { doc: next, created } = addProfessionalFor(doc, enzo, {});
    const pro = created[0] as string;
    expect(impliedMandate(next, pro)).toBeUndefined();
    expect(next.links[0]).toMatchObject({ mandate: 'voluntary' });
    expect(impliedMandate(next, pro, 'aemo')).toBe('judicial');
    expect(withMeasure(next, created[1] as string, 'aemo').links[0]).toMatchObject({ measure: 'aemo', mandate: 'judicial' });
  });

  it('never overwrites a mandate the user chose', () => {
    const { doc, enzo } = caseWithPerson();
    const caf = institution({ name: 'CAF', type: 'caf', category: 'benefits', position: { x: 0, y: 400 } });
    const withCaf = addNode(doc, caf).doc;
    const { doc: next, created } = addProfessionalFor(withCaf, enzo, {});
    const chosen = updateLink(next, created[1] as string, { mandate: 'informal' });
    const moved = withImpliedMandates(
      { ...chosen, nodes: chosen.nodes.map((n) => (n.id === created[0] && n.kind === 'professional' ? { ...n, institutionId: caf.id } : n)) },
      [created[0] as string],
    );
    expect(moved.links[0]).toMatchObject({ mandate: 'informal' });
  });

  it('returns the same document when nothing changes', () => {
    const { doc } = caseWithPerson();
    const withPro = addNode(doc, professional({ position: { x: 0, y: 300 } })).doc;
    expect(withImpliedMandates(withPro, withPro.nodes.map((n) => n.id))).toBe(withPro);
  });
});

describe('defaults read from the role presets', () => {
  it('a curatrice typed as such acts under a judge’s mandate, in the field of control; her gender is kept', () => {
    const { doc, enzo } = caseWithPerson();
    const { doc: next, created } = addProfessionalFor(doc, enzo, {});
    const after = withRole(next, created[0] as string, 'curatrice');
    expect(after.nodes.find((n) => n.id === created[0])).toMatchObject({ role: 'curatrice', field: 'controle' });
    expect(after.links[0]).toMatchObject({ mandate: 'judicial' });
    expect(rolePresetOf('Curatrice UDAF')?.key).toBe('curateur');
  });

  it('a lawyer helps: the field is aide, not contrôle; a role keeps a field already chosen', () => {
    const { doc, enzo } = caseWithPerson();
    const { doc: next, created } = addProfessionalFor(doc, enzo, {});
    expect(withRole(next, created[0] as string, 'avocat').nodes.find((n) => n.id === created[0])).toMatchObject({ field: 'aide' });
    const chosen = withRole(next, created[0] as string, 'psychologue');
    expect(withRole(chosen, created[0] as string, 'cpip').nodes.find((n) => n.id === created[0])).toMatchObject({ role: 'cpip', field: 'soin' });
  });
});
