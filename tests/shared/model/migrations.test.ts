import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/case';
import { CaseVersionError, migrateCase } from '../../../shared/model/migrations';

describe('migrations', () => {
  it('leaves a version 1 case as it is (the path exists; it will grow)', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    expect(migrateCase(raw)).toEqual(raw);
  });

  it.each([0, -1, 1.5, '1', undefined])('refuses schema version %j', (version) => {
    expect(() => migrateCase({ schemaVersion: version })).toThrow(CaseVersionError);
  });
});
