// Where the editor saves: the interface the encrypted vault (storage/vault.ts) implements, so the
// editor and its autosave know nothing of keys or IndexedDB.
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
