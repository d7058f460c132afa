// Where the editor saves. The encrypted vault (issue 4) implements this interface; until then an
// in-memory store keeps cases for the session only, so nothing is ever written to disk in clear.
import type { CaseDocument } from '../../shared/model/case';
import type { Id } from '../../shared/model/primitives';

export interface CaseSummary {
  id: Id;
  title: string;
  updatedAt: string;
  people: number;
  professionals: number;
}

export interface CaseStore {
  list(): Promise<CaseSummary[]>;
  /** Rejects with a clear message when the case cannot be read. */
  load(id: Id): Promise<CaseDocument>;
  /** Resolves once the case is durably stored; the previous version stays intact if it fails. */
  save(doc: CaseDocument): Promise<void>;
  remove(id: Id): Promise<void>;
}

export function summarise(doc: CaseDocument): CaseSummary {
  return {
    id: doc.id,
    title: doc.title,
    updatedAt: doc.updatedAt,
    people: doc.nodes.filter((n) => n.kind === 'person').length,
    professionals: doc.nodes.filter((n) => n.kind === 'professional').length,
  };
}

export class InMemoryCaseStore implements CaseStore {
  private readonly cases = new Map<Id, CaseDocument>();

  async list(): Promise<CaseSummary[]> {
    return [...this.cases.values()].map(summarise).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
  async load(id: Id): Promise<CaseDocument> {
    const doc = this.cases.get(id);
    if (!doc) throw new Error(`No case ${id}`);
    return doc;
  }
  async save(doc: CaseDocument): Promise<void> {
    this.cases.set(doc.id, doc);
  }
  async remove(id: Id): Promise<void> {
    this.cases.delete(id);
  }
}
