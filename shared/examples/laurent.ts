// The worked example of DOMAIN.md (an invented situation), for the start screen, demos and tests.
import { CURRENT_SCHEMA_VERSION, type CaseDocument } from '../model/case';
import { newLink, type CaseLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import { institution, person, professional } from '../model/operations';
import { newId } from '../model/primitives';

export function laurentExample(now = new Date('2026-11-01T10:00:00Z')): CaseDocument {
  const p = (name: string, x: number, y: number, fields: Parameters<typeof person>[0] = {}) => person({ name, position: { x, y }, ...fields });
  const monique = p('Monique Laurent', 340, 0, { gender: 'woman', age: 61 });
  const julien = p('Julien Moreau', -60, 170, { gender: 'man', age: 38 });
  const sophie = p('Sophie Laurent', 340, 170, { gender: 'woman', age: 34, index: true });
  const david = p('David Petit', 640, 170, { gender: 'man', age: 36 });
  const enzo = p('Enzo Moreau', 80, 340, { gender: 'man', age: 14 });
  const lea = p('Léa Moreau', 230, 340, { gender: 'woman', age: 9 });
  const noah = p('Noah Petit', 490, 340, { gender: 'man', age: 3 });
  const rossi = p('Mme Rossi', 760, 340, { gender: 'woman', circle: 'neighbour' });

  const inst = (name: string, kind: Parameters<typeof institution>[0], x: number, y: number) => institution({ name, ...kind, position: { x, y } });
  const cd = inst('Conseil départemental', { category: 'social', type: 'conseil-departemental' }, -160, 580);
  const aemo = inst('Service d’AEMO', { category: 'social', type: 'service-aemo' }, 40, 580);
  const college = inst('Collège Jean Jaurès', { category: 'education', type: 'college' }, 240, 580);
  const cmp = inst('CMP', { category: 'mental-health', type: 'cmp' }, 440, 580);
  const bailleur = inst('Habitat 59', { category: 'housing', type: 'bailleur-social' }, 640, 580);
  const caf = inst('CAF', { category: 'benefits', type: 'caf' }, 840, 580);
  const tribunal = inst('Tribunal judiciaire', { category: 'justice', type: 'tribunal' }, 40, 770);

  const slot = { x: 24, y: 40 };
  const pro = (name: string, role: string, inside: CaseNode, field: 'aide' | 'soin' | 'education' | 'controle') =>
    professional({ name, role, institutionId: inside.id, field, position: slot });
  const as = pro('Claire Dubois', 'as', cd, 'aide');
  const educ = pro('Thomas Girard', 'educateur', aemo, 'education');
  const cpe = pro('Marc Lefèvre', 'cpe', college, 'education');
  const psy = pro('Nadia Haddad', 'psychologue', cmp, 'soin');
  const advisor = pro('Paul Martin', 'conseiller', bailleur, 'aide');
  const juge = pro('Juge Bernard', 'juge', tribunal, 'controle');

  const links: CaseLink[] = [
    newLink({ kind: 'filiation', parent: monique.id, child: sophie.id }),
    newLink({ kind: 'couple', a: julien.id, b: sophie.id, status: 'divorced' }),
    newLink({ kind: 'couple', a: sophie.id, b: david.id, status: 'cohabiting' }),
    ...[enzo, lea].flatMap((child) => [
      newLink({ kind: 'filiation', parent: julien.id, child: child.id }),
      newLink({ kind: 'filiation', parent: sophie.id, child: child.id }),
    ]),
    newLink({ kind: 'filiation', parent: sophie.id, child: noah.id }),
    newLink({ kind: 'filiation', parent: david.id, child: noah.id }),
    newLink({ kind: 'relation', a: julien.id, b: sophie.id, quality: 'conflictual' }),
    newLink({ kind: 'relation', a: monique.id, b: sophie.id, quality: 'support', direction: 'forward' }),
    newLink({ kind: 'relation', a: rossi.id, b: noah.id, quality: 'support', direction: 'forward' }),
    newLink({ kind: 'intervention', from: as.id, to: sophie.id, mandate: 'administrative', measure: 'accompagnement' }),
    newLink({ kind: 'intervention', from: educ.id, to: enzo.id, mandate: 'judicial', measure: 'aemo' }),
    newLink({ kind: 'intervention', from: cpe.id, to: enzo.id, mandate: 'administrative', measure: 'scolarite' }),
    newLink({ kind: 'intervention', from: psy.id, to: lea.id, mandate: 'voluntary', measure: 'suivi' }),
    newLink({ kind: 'intervention', from: advisor.id, to: sophie.id, mandate: 'contractual', measure: 'logement' }),
    newLink({ kind: 'partnership', a: as.id, b: educ.id, formality: 'formal' }),
    newLink({ kind: 'partnership', a: cmp.id, b: college.id, formality: 'none' }),
    newLink({ kind: 'referral', from: juge.id, to: educ.id }),
  ];
  const household = { id: newId(), name: 'Foyer de Sophie', members: [sophie.id, enzo.id, lea.id, noah.id], notes: '' };
  links.push(newLink({ kind: 'intervention', from: caf.id, to: household.id, mandate: 'administrative', measure: 'prestations' }));

  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    title: 'Situation Laurent',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    referenceYear: now.getUTCFullYear(),
    nodes: [monique, julien, sophie, david, enzo, lea, noah, rossi, cd, aemo, college, cmp, bailleur, caf, tribunal, as, educ, cpe, psy, advisor, juge],
    links,
    households: [household],
    notes: 'Réunion de synthèse prévue. Rappeler l’école au sujet d’Enzo.',
    events: [],
    meetings: [],
    consents: [],
    snapshots: [],
  };
}
