// Versioned migrations of the stored case shape. Each entry takes the raw object of version N and
// returns version N + 1; every load goes through here (restoreCase), then through Zod.
import { CURRENT_SCHEMA_VERSION } from './case';

type RawCase = Record<string, unknown>;
type Migration = (raw: RawCase) => RawCase;

/**
 * The placeholder that version 1's inspector stored as a role or a measure when "Autre…" was chosen
 * before anything was typed: it was drawn on the diagram as "…". Version 2 reads it as no value.
 */
export const V1_OTHER_PLACEHOLDER = '…';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** 1 → 2: meetings, consents, events and snapshots start empty; v1's "…" placeholders are cleared. */
function v1ToV2(raw: RawCase): RawCase {
  const clearPlaceholder = (record: unknown, field: string): unknown =>
    isRecord(record) && record[field] === V1_OTHER_PLACEHOLDER ? { ...record, [field]: '' } : record;
  return {
    ...raw,
    nodes: Array.isArray(raw.nodes) ? raw.nodes.map((node) => (isRecord(node) && node.kind === 'professional' ? clearPlaceholder(node, 'role') : node)) : raw.nodes,
    links: Array.isArray(raw.links) ? raw.links.map((link) => (isRecord(link) && link.kind === 'intervention' ? clearPlaceholder(link, 'measure') : link)) : raw.links,
    events: [],
    meetings: [],
    consents: [],
    snapshots: [],
  };
}

/** MIGRATIONS[n] upgrades a version-n case to version n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

export class CaseVersionError extends Error {
  override name = 'CaseVersionError';
  constructor(
    message: string,
    /** Saved by a newer Maillage (then updating it is the remedy), rather than not a case at all. */
    readonly newer = false,
  ) {
    super(message);
  }
}

export function migrateCase(raw: RawCase): RawCase {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CaseVersionError('The file has no valid schema version: it is not a Maillage case.');
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new CaseVersionError(
      `This case was saved by a newer version of Maillage (format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Maillage to open it.`,
      true,
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
