// Versioned migrations of the stored case shape. Each entry takes the raw object of version N and
// returns version N + 1. Version 1 is the first: there is nothing to migrate yet, but every load goes
// through here so that the path exists from day one.
import { CURRENT_SCHEMA_VERSION } from './case';

type RawCase = Record<string, unknown>;
type Migration = (raw: RawCase) => RawCase;

/** MIGRATIONS[n] upgrades a version-n case to version n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export class CaseVersionError extends Error {
  override name = 'CaseVersionError';
}

export function migrateCase(raw: RawCase): RawCase {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CaseVersionError('The file has no valid schema version: it is not a Maillage case.');
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new CaseVersionError(
      `This case was saved by a newer version of Maillage (format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Maillage to open it.`,
    );
  }
  let current = raw;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new CaseVersionError(`No migration from format ${v}.`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return current;
}
