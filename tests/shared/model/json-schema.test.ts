import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema, sheetJsonSchema } from '../../../shared/model/json-schema';

describe('published JSON Schema of the case format', () => {
  it('is the one generated from the Zod schemas (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../shared/model/case.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(caseJsonSchema());
  });

  it('describes the node and link kinds', () => {
    const text = JSON.stringify(caseJsonSchema());
    for (const kind of ['person', 'professional', 'institution', 'couple', 'filiation', 'relation', 'intervention', 'partnership', 'referral']) expect(text).toContain(`"${kind}"`);
  });

  it('publishes the JSON form of a synthèse sheet too (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../shared/model/sheet.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(sheetJsonSchema());
    expect(JSON.stringify(committed)).toContain('"missing"');
  });
});
