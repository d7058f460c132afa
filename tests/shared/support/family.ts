// Builds a case the way a practitioner draws one: people, then who is whose child and who lives
// with whom. Tests read like the situation they describe.
import { emptyCase, type CaseDocument } from '../../../shared/model/case';
import type { CaseLink, CoupleStatus, FiliationType, LinkDraft } from '../../../shared/model/links';
import type { CaseNode, InstitutionNode, PersonNode, ProfessionalNode } from '../../../shared/model/nodes';
import { institution, person, professional } from '../../../shared/model/operations';
import { newId } from '../../../shared/model/primitives';

type PersonFields = Partial<Omit<PersonNode, 'id' | 'kind' | 'name'>>;

export class Family {
  readonly doc: CaseDocument;
  private x = 0;

  constructor(title = 'Situation', referenceYear = 2026) {
    this.doc = { ...emptyCase(title, new Date(`${referenceYear}-06-01T00:00:00Z`)), referenceYear };
  }

  private add<T extends CaseNode>(node: T): T {
    this.doc.nodes.push(node);
    return node;
  }

  private link(draft: LinkDraft): void {
    this.doc.links.push({ id: newId(), notes: '', ...draft } as CaseLink);
  }

  /** A woman, placed left to right in the order people are added (the genogram's birth order when no age is known). */
  woman(name: string, fields: PersonFields = {}): PersonNode {
    return this.add(person({ name, gender: 'woman', position: { x: (this.x += 120), y: 0 }, ...fields }));
  }

  man(name: string, fields: PersonFields = {}): PersonNode {
    return this.add(person({ name, gender: 'man', position: { x: (this.x += 120), y: 0 }, ...fields }));
  }

  someone(name: string, fields: PersonFields = {}): PersonNode {
    return this.add(person({ name, gender: 'unknown', position: { x: (this.x += 120), y: 0 }, ...fields }));
  }

  couple(a: PersonNode, b: PersonNode, status: CoupleStatus = 'married'): this {
    this.link({ kind: 'couple', a: a.id, b: b.id, status });
    return this;
  }

  children(parents: readonly PersonNode[], kids: readonly PersonNode[], type: FiliationType = 'biological'): this {
    for (const parent of parents) for (const child of kids) this.link({ kind: 'filiation', parent: parent.id, child: child.id, type });
    return this;
  }

  institution(name: string, fields: Partial<Omit<InstitutionNode, 'id' | 'kind' | 'name'>> = {}): InstitutionNode {
    return this.add(institution({ name, position: { x: (this.x += 220), y: 600 }, ...fields }));
  }

  /** A professional, inside `inside` when given, with the role as typed. */
  professional(name: string, role: string, inside?: InstitutionNode, fields: Partial<Omit<ProfessionalNode, 'id' | 'kind' | 'name' | 'role'>> = {}): ProfessionalNode {
    const slot = inside ? this.doc.nodes.filter((n) => n.kind === 'professional' && n.institutionId === inside.id).length : 0;
    return this.add(professional({ name, role, ...(inside ? { institutionId: inside.id, position: { x: 24 + slot * 144, y: 40 } } : { position: { x: (this.x += 160), y: 800 } }), ...fields }));
  }

  intervention(from: CaseNode, to: CaseNode, mandate: 'judicial' | 'administrative' | 'contractual' | 'voluntary' | 'informal' = 'administrative'): this {
    this.link({ kind: 'intervention', from: from.id, to: to.id, mandate, measure: '' });
    return this;
  }

  household(name: string, members: readonly PersonNode[]): this {
    this.doc.households.push({ id: newId(), name, members: members.map((m) => m.id), notes: '' });
    return this;
  }
}

/** The label of the node named `name` in a map of labels by id. */
export function labelOf(doc: CaseDocument, labels: ReadonlyMap<string, string>, name: string): string | undefined {
  const node = doc.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no node named ${name}`);
  return labels.get(node.id);
}
