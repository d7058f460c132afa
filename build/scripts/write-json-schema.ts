// `npm run schema`: writes the published JSON Schemas of the case format and of a synthèse sheet's JSON form.
import { writeFileSync } from 'node:fs';
import { caseJsonSchema, sheetJsonSchema } from '../../shared/model/json-schema';

writeFileSync(new URL('../../shared/model/case.schema.json', import.meta.url), `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('../../shared/model/sheet.schema.json', import.meta.url), `${JSON.stringify(sheetJsonSchema(), null, 2)}\n`);
