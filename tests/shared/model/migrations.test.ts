import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseDocument, CURRENT_SCHEMA_VERSION } from '../../../shared/model/case';
import { CaseVersionError, migrateCase, V1_OTHER_PLACEHOLDER } from '../../../shared/model/migrations';
import { restoreCase } from '../../../shared/model/restore';

type Raw = Record<string, unknown> & { nodes: Array<Record<string, unknown>>; links: Array<Record<string, unknown>>; households: Array<Record<string, unknown>> };

/** Real version-1 files, written by version 1 of Maillage (the worked example with every optional field filled, and a generated case). */
const fixture = (name: string): Raw => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const V1_FILES = ['v1-laurent.json', 'v1-generated-60.json'];

/** Every field a version-1 case could hold, per record kind. */
const V1_FIELDS: Record<string, string[]> = {
  case: ['schemaVersion', 'id', 'title', 'createdAt', 'updatedAt', 'referenceYear', 'nodes', 'links', 'households', 'notes'],
  person: ['id', 'kind', 'position', 'pinned', 'notes', 'name', 'gender', 'birthYear', 'age', 'deceased', 'deathYear', 'ageAtDeath', 'index', 'circle'],
  professional: ['id', 'kind', 'position', 'pinned', 'notes', 'name', 'role', 'institutionId', 'field'],
  institution: ['id', 'kind', 'position', 'pinned', 'notes', 'name', 'category', 'type'],
  couple: ['id', 'kind', 'notes', 'a', 'b', 'status', 'startYear', 'endYear'],
  filiation: ['id', 'kind', 'notes', 'parent', 'child', 'type'],
  relation: ['id', 'kind', 'notes', 'a', 'b', 'quality', 'direction', 'intensity'],
  intervention: ['id', 'kind', 'notes', 'from', 'to', 'mandate', 'measure', 'since'],
  partnership: ['id', 'kind', 'notes', 'a', 'b', 'formality'],
  referral: ['id', 'kind', 'notes', 'from', 'to', 'date'],
  household: ['id', 'name', 'members', 'notes'],
};

describe('migrations', () => {
  it('is at schema version 2', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  it('has fixtures that hold every field of version 1 at least once (so that the test below checks them all)', () => {
    const seen = new Map<string, Set<string>>();
    const note = (kind: string, record: Record<string, unknown>) => {
      const set = seen.get(kind) ?? new Set();
      for (const key of Object.keys(record)) set.add(key);
      seen.set(kind, set);
    };
    for (const name of V1_FILES) {
      const raw = fixture(name);
      note('case', raw);
      for (const node of raw.nodes) note(String(node.kind), node);
      for (const link of raw.links) note(String(link.kind), link);
      for (const household of raw.households) note('household', household);
    }
    for (const [kind, fields] of Object.entries(V1_FIELDS)) expect([...(seen.get(kind) ?? [])].sort(), kind).toEqual([...fields].sort());
  });

  it.each(V1_FILES)('migrates %s to version 2 keeping every version-1 field as it was', (name) => {
    const v1 = fixture(name);
    const migrated = migrateCase(structuredClone(v1));
    expect(migrated.schemaVersion).toBe(2);
    // Every version-1 value is still there, field by field.
    const { schemaVersion: _v, ...rest } = v1;
    for (const [key, value] of Object.entries(rest)) expect(migrated[key], key).toEqual(value);
    // What version 2 adds starts empty.
    expect(migrated).toMatchObject({ events: [], meetings: [], consents: [], snapshots: [] });

    const restored = restoreCase(v1);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.repairs).toEqual([]);
    expect(CaseDocument.parse(restored.doc)).toEqual(restored.doc);
    expect(restored.doc.nodes).toEqual(v1.nodes);
    expect(restored.doc.links).toEqual(v1.links);
    expect(restored.doc.households).toEqual(v1.households);
  });

  it('reads the "…" that version 1 stored for "Autre…" as no role and no measure', () => {
    const v1 = fixture('v1-laurent.json');
    const [pro, other] = v1.nodes.filter((n) => n.kind === 'professional');
    const intervention = v1.links.find((l) => l.kind === 'intervention');
    if (!pro || !other || !intervention) throw new Error('fixture without professionals or interventions');
    pro.role = V1_OTHER_PLACEHOLDER;
    intervention.measure = V1_OTHER_PLACEHOLDER;
    other.role = 'Curatrice …'; // typed text that merely contains the character stays

    const migrated = migrateCase(v1) as Raw;
    expect(migrated.nodes.find((n) => n.id === pro.id)?.role).toBe('');
    expect(migrated.links.find((l) => l.id === intervention.id)?.measure).toBe('');
    expect(migrated.nodes.find((n) => n.id === other.id)?.role).toBe('Curatrice …');
  });

  it('leaves a version-2 case as it is', () => {
    const restored = restoreCase(fixture('v1-laurent.json'));
    if (!restored.ok) throw new Error(restored.error);
    const v2 = JSON.parse(JSON.stringify(restored.doc));
    expect(migrateCase(structuredClone(v2))).toEqual(v2);
  });

  it.each([0, -1, 1.5, '1', undefined])('refuses schema version %j', (version) => {
    expect(() => migrateCase({ schemaVersion: version })).toThrow(CaseVersionError);
  });
});
