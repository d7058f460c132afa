import { describe, expect, it } from 'vitest';
import { proposals, type Proposal } from '../../../shared/entry/palette';
import { emptyCase, type CaseDocument } from '../../../shared/model/case';
import { linkEnds } from '../../../shared/model/links';
import { WORKED_EXAMPLE_SAID } from '../../e2e/support/worked-example';
import type { CaseNode } from '../../../shared/model/nodes';

const at = { x: 0, y: 0 };

/** Types a line and takes the first proposal, as Enter does. */
function say(doc: CaseDocument, line: string): CaseDocument {
  const first = proposals({ doc, locale: 'fr', at }, line)[0];
  if (first?.kind !== 'change') throw new Error(`No change proposed for "${line}": ${JSON.stringify(first)}`);
  return first.change.doc;
}

const byName = (doc: CaseDocument, name: string): CaseNode => {
  const node = doc.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`No ${name}`);
  return node;
};

/** Links as "kind detail: from → to" by names, to compare whole drawings. */
function links(doc: CaseDocument): string[] {
  const name = (id: string) => doc.nodes.find((n) => n.id === id)?.name ?? (doc.households.some((h) => h.id === id) ? 'foyer' : '?');
  return doc.links
    .map((l) => {
      const [a, b] = linkEnds(l);
      const detail = l.kind === 'couple' ? l.status : l.kind === 'relation' ? `${l.quality}:${l.direction}` : l.kind === 'intervention' ? `${l.mandate}:${l.measure}` : l.kind === 'partnership' ? l.formality : '';
      return `${l.kind} ${detail}: ${name(a)} → ${name(b)}`;
    })
    .sort();
}

describe('the command palette: the worked example said in twenty lines', () => {
  const doc = WORKED_EXAMPLE_SAID.reduce(say, emptyCase('Exemple'));

  it('draws the people with their ages, genders, circle and the index person', () => {
    const people = doc.nodes.filter((n) => n.kind === 'person').map((n) => n.kind === 'person' && `${n.name} ${n.gender} ${n.age ?? ''} ${n.circle}${n.index ? ' index' : ''}`);
    expect(people.sort()).toEqual(
      [
        'Sophie Laurent woman 34 family index',
        'Julien Moreau man 38 family',
        'Enzo Moreau man 14 family',
        'Léa Moreau woman 9 family',
        'David Petit man 36 family',
        'Noah Petit man 3 family',
        'Monique Laurent woman 61 family',
        'Mme Rossi woman  neighbour',
      ].sort(),
    );
  });

  it('draws the professionals in their institutions, typed from the presets', () => {
    const institutionOf = (name: string) => {
      const pro = byName(doc, name);
      return pro.kind === 'professional' ? doc.nodes.find((n) => n.id === pro.institutionId)?.name : undefined;
    };
    expect(doc.nodes.filter((n) => n.kind === 'professional').map((n) => n.kind === 'professional' && `${n.name}: ${n.role} @ ${institutionOf(n.name)}`).sort()).toEqual(
      ['Claire Dubois: as @ Conseil départemental', 'Thomas Girard: educateur @ Service d’AEMO', 'Marc Lefèvre: cpe @ Collège', 'Nadia Haddad: psychologue @ CMP', 'Paul Martin: conseiller @ Bailleur social'].sort(),
    );
    expect(doc.nodes.filter((n) => n.kind === 'institution').map((n) => n.kind === 'institution' && n.type).sort()).toEqual(['bailleur-social', 'caf', 'cmp', 'college', 'conseil-departemental', 'service-aemo']);
    expect(doc.households).toHaveLength(1);
    expect(doc.households[0]?.members.map((id) => doc.nodes.find((n) => n.id === id)?.name).sort()).toEqual(['Enzo Moreau', 'Léa Moreau', 'Noah Petit', 'Sophie Laurent']);
  });

  it('draws every link of the worked example, mandates read from the presets', () => {
    expect(links(doc)).toEqual(
      [
        'couple divorced: Sophie Laurent → Julien Moreau',
        // David, told after Julien (on Sophie's right), comes on her left: each couple's line joins neighbours.
        'couple cohabiting: David Petit → Sophie Laurent',
        'filiation : Sophie Laurent → Enzo Moreau',
        'filiation : Julien Moreau → Enzo Moreau',
        'filiation : Sophie Laurent → Léa Moreau',
        'filiation : Julien Moreau → Léa Moreau',
        'filiation : Sophie Laurent → Noah Petit',
        'filiation : David Petit → Noah Petit',
        'filiation : Monique Laurent → Sophie Laurent',
        'relation support:forward: Monique Laurent → Sophie Laurent',
        'relation conflictual:none: Julien Moreau → Sophie Laurent',
        'relation support:forward: Mme Rossi → Noah Petit',
        'intervention administrative:: Claire Dubois → Sophie Laurent',
        'intervention judicial:aemo: Thomas Girard → Enzo Moreau',
        'intervention voluntary:: Marc Lefèvre → Enzo Moreau',
        'intervention voluntary:: Nadia Haddad → Léa Moreau',
        'intervention contractual:: Paul Martin → Sophie Laurent',
        'intervention administrative:: CAF → foyer',
        'partnership formal: Claire Dubois → Thomas Girard',
        'partnership none: CMP → Collège',
      ].sort(),
    );
  });
});

describe('what the palette proposes', () => {
  const base = ['+ Sophie Laurent, 34, femme', '+ Enzo Moreau, 14, fils de Sophie'].reduce(say, emptyCase('Test'));
  const labels = (line: string): string[] => proposals({ doc: base, locale: 'fr', at }, line).map((p: Proposal) => p.label);

  it('says what it will do before it is done', () => {
    expect(labels('+ Julien Moreau, 38, ex-mari de Sophie')).toEqual(['Ajouter : Julien Moreau · Homme · 38 ans · partenaire de Sophie Laurent · Divorcés']);
    expect(labels('+ éducateur AEMO judiciaire pour Enzo')[0]).toBe('Ajouter : un·e professionnel·le · Éducateur·rice · pour Enzo Moreau · AEMO · Judiciaire');
    expect(labels('Sophie soutient Enzo')[0]).toBe('Relier Sophie Laurent et Enzo Moreau : Soutien');
  });

  it('finds commands by the start of their words, and elements to go to', () => {
    expect(labels('expo')).toEqual(['Exporter…']);
    expect(labels('enzo')).toEqual(['Aller à Enzo Moreau']);
    expect(labels('zzz')).toEqual([]);
  });

  it('an unknown name is not linked to anyone: no guess', () => {
    expect(labels('Sophie soutient Kevin')).toEqual([]);
    // A kinship to someone not in the case adds nobody linked: it stays a name with a note.
    const [proposal] = proposals({ doc: base, locale: 'fr', at }, '+ Paul, frère de Kevin');
    expect(proposal?.kind === 'change' && proposal.change.doc.links.length).toBe(base.links.length);
  });

  it('English works too', () => {
    const doc = say(emptyCase('Test'), '+ Anna, 40, woman');
    const next = say(doc, '+ Tom, 12, son of Anna');
    expect(byName(next, 'Tom')).toMatchObject({ gender: 'man', age: 12 });
    expect(links(next)).toEqual(['filiation : Anna → Tom']);
  });

  it('a line said again about the same two people changes their link rather than adding one', () => {
    const once = say(base, 'Sophie et Enzo en conflit');
    const twice = say(once, 'Sophie et Enzo proches');
    expect(twice.links.filter((l) => l.kind === 'relation')).toHaveLength(1);
    expect(links(twice)).toContain('relation close:none: Sophie Laurent → Enzo Moreau');
  });

  it('a first name is the person, not the household named after her', () => {
    const named = { ...base, households: [{ id: 'h1', name: 'Foyer de Sophie', members: [base.nodes[0]?.id as string], notes: '' }] };
    const [proposal] = proposals({ doc: named, locale: 'fr', at }, '+ Kevin Durand, conseiller France Travail pour Sophie, France Travail');
    expect(proposal?.label).toBe('Ajouter : Kevin Durand · Conseiller·ère France Travail · France Travail · pour Sophie Laurent');
  });
});

describe('a situation told as a new user tells it (Karim Benali)', () => {
  const family = ['+ Karim Benali, 42, homme, personne concernée', '+ Julie Martin, 38, femme', '+ Anne Roche, psychiatre pour Karim, CMP'].reduce(say, emptyCase('Karim'));
  const roleOf = (doc: CaseDocument, name: string) => {
    const node = byName(doc, name);
    return node.kind === 'professional' ? node.role : undefined;
  };
  const institutionOf = (doc: CaseDocument, name: string) => {
    const node = byName(doc, name);
    return node.kind === 'professional' ? doc.nodes.find((n) => n.id === node.institutionId) : undefined;
  };

  it('a quality said last does not eat the role said before it', () => {
    const doc = say(emptyCase('Karim'), '+ Karim Benali, 42, homme');
    const [proposal] = proposals({ doc, locale: 'fr', at }, '+ Anne Roche, psychiatre pour Karim, CMP, conflictuelle');
    expect(proposal?.label).toBe('Ajouter : Anne Roche · Psychiatre · CMP · pour Karim Benali · Conflictuels');
    const next = say(doc, '+ Anne Roche, psychiatre pour Karim, CMP, conflictuelle');
    expect(roleOf(next, 'Anne Roche')).toBe('psychiatre');
    expect(links(next)).toContain('intervention voluntary:: Anne Roche → Karim Benali');
    expect(next.links.find((l) => l.kind === 'intervention')).toMatchObject({ quality: 'conflictual' });
  });

  it('an institution not in the case yet, said last after the role, is created with its type', () => {
    for (const [line, name, institutionName, type] of [
      ['+ Claire Morel, assistante sociale pour Julie, MDS de Roubaix', 'Claire Morel', 'MDS de Roubaix', 'mds'],
      ['+ Sophie Marchand, curatrice pour Karim, UDAF du Nord', 'Sophie Marchand', 'UDAF du Nord', 'udaf'],
      ['+ Marc Lenoir, CPIP pour Karim, SPIP de Lille', 'Marc Lenoir', 'SPIP de Lille', 'spip'],
      ['+ Léo Blanc, éducateur pour Karim, Les Amis du Quartier', 'Léo Blanc', 'Les Amis du Quartier', ''],
    ] as const) {
      const [proposal] = proposals({ doc: family, locale: 'fr', at }, line);
      expect(proposal?.label, line).not.toContain('note');
      const next = say(family, line);
      expect(institutionOf(next, name), line).toMatchObject({ kind: 'institution', name: institutionName, type });
      expect(byName(next, name).notes, line).toBe('');
    }
    // Said before a quality, an institution known by its first word is one too.
    const before = say(family, '+ Claire Morel, AS pour Julie, MDS de Roubaix, conflictuelle');
    expect(institutionOf(before, 'Claire Morel')).toMatchObject({ name: 'MDS de Roubaix', type: 'mds' });
    expect(before.links.find((l) => l.kind === 'intervention' && l.to === byName(before, 'Julie Martin').id)).toMatchObject({ quality: 'conflictual' });
    // The mandate the new institution implies reaches the intervention (an MDS: administrative).
    expect(links(say(family, '+ Claire Morel, assistante sociale pour Julie, MDS de Roubaix'))).toContain('intervention administrative:: Claire Morel → Julie Martin');
  });

  it('an ex-partner is separated; only an ex-wife or ex-husband is divorced', () => {
    const statusOf = (line: string) => say(family, line).links.find((l) => l.kind === 'couple');
    for (const line of ['+ Julia, ex-compagne de Karim', '+ Julio, ex-compagnon de Karim', '+ Jo, ex-partenaire de Karim', '+ Jo, ex de Karim', '+ Jo, séparée de Karim'])
      expect(statusOf(line), line).toMatchObject({ status: 'separated' });
    for (const line of ['+ Julia, ex-épouse de Karim', '+ Julio, ex-mari de Karim', '+ Julia, ex-femme de Karim', '+ Julia, divorcée de Karim'])
      expect(statusOf(line), line).toMatchObject({ status: 'divorced' });
    expect(proposals({ doc: family, locale: 'fr', at }, '+ Julia, ex-compagne de Karim')[0]?.label).toBe('Ajouter : Julia · Femme · partenaire de Karim Benali · Séparés');
  });

  it('a neighbour who supports Karim is a neighbour with a support relation, not a note', () => {
    const next = say(family, '+ M. Dupuis, voisin, soutient Karim');
    expect(byName(next, 'M. Dupuis')).toMatchObject({ kind: 'person', gender: 'man', circle: 'neighbour', notes: '' });
    expect(links(next)).toContain('relation support:forward: M. Dupuis → Karim Benali');
    const conflict = say(family, '+ Mme Roux, voisine, en conflit avec Karim');
    expect(links(conflict)).toContain('relation conflictual:none: Mme Roux → Karim Benali');
  });

  it('the neighbour of Karim is a neighbour linked to him', () => {
    const next = say(family, '+ M. Dupuis, voisin de Karim');
    expect(byName(next, 'M. Dupuis')).toMatchObject({ kind: 'person', circle: 'neighbour', notes: '' });
    expect(links(next)).toContain('relation close:none: M. Dupuis → Karim Benali');
    expect(byName(say(family, '+ Lucie, amie de Julie'), 'Lucie')).toMatchObject({ circle: 'friend', notes: '' });
  });

  it('a colleague of Anne Roche joins her institution and her work with Karim', () => {
    for (const line of ["+ Luc Petit, collègue d'Anne Roche", '+ Luc Petit, infirmier, collègue d’Anne Roche']) {
      const next = say(family, line);
      expect(byName(next, 'Luc Petit'), line).toMatchObject({ kind: 'professional', notes: '' });
      expect(institutionOf(next, 'Luc Petit')?.name, line).toBe('CMP');
      expect(links(next), line).toContain('intervention voluntary:: Luc Petit → Karim Benali');
    }
    expect(roleOf(say(family, '+ Luc Petit, infirmier, collègue d’Anne Roche'), 'Luc Petit')).toBe('infirmier');
  });
});
