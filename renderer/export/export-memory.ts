// What the user chose in the export dialog for a case (the neutral title, the labels they changed,
// the viewpoint), kept for the session: closing and reopening the dialog loses nothing. In memory
// only, never stored (a label typed may be a name), and forgotten when the vault locks.
import type { Viewpoint } from '../../shared/genogram/kinship';
import type { Id } from '../../shared/model/primitives';

export interface ExportChoices {
  title: string;
  overrides: ReadonlyMap<Id, string>;
  viewpoint: Viewpoint;
}

const remembered = new Map<Id, ExportChoices>();

export function recallExportChoices(caseId: Id): ExportChoices | undefined {
  return remembered.get(caseId);
}

export function rememberExportChoices(caseId: Id, choices: ExportChoices): void {
  remembered.set(caseId, choices);
}

/** Every case's choices, gone: the vault locks. */
export function forgetExportChoices(): void {
  remembered.clear();
}
