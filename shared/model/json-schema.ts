// The case file format, published as a JSON Schema generated from the Zod schemas (so it cannot
// drift from what the app accepts). Written to shared/model/case.schema.json by `npm run schema`;
// a test fails if the committed file is out of date.
import { z } from 'zod';
import { CaseDocument } from './case';

export function caseJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://maillage.invalid/schemas/case.schema.json',
    title: 'Maillage case',
    description: 'A sociogenogram: the family, its primary network and its secondary network, with the nature of every link.',
    ...z.toJSONSchema(CaseDocument, { target: 'draft-2020-12', io: 'input' }),
  };
}
