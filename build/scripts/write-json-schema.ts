// `npm run schema`: writes the published JSON Schema of the case format.
import { writeFileSync } from 'node:fs';
import { caseJsonSchema } from '../../shared/model/json-schema';

writeFileSync(new URL('../../shared/model/case.schema.json', import.meta.url), `${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
