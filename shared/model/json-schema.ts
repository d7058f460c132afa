// The case file format, published as a JSON Schema generated from the Zod schemas (so it cannot
// drift from what the app accepts). Written to shared/model/case.schema.json by `npm run schema`;
// a test fails if the committed file is out of date.
import { z } from 'zod';
import { SheetData } from '../synthese/sheet-data';
import { CaseDocument } from './case';

export function caseJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://maillage.invalid/schemas/case.schema.json',
    title: 'Maillage case',
    description: 'A sociogenogram: the family, its primary network and its secondary network, with the nature of every link.',
    ...z.toJSONSchema(CaseDocument, { target: 'draft-2020-12', io: 'input' }),
  };
}

/**
 * The JSON form of a synthèse sheet (`maillage sheet --format json`), published beside the case's
 * as shared/model/sheet.schema.json. Its `case` is a case in the format above, as the reader may know it.
 */
export function sheetJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://maillage.invalid/schemas/sheet.schema.json',
    title: 'Maillage synthèse sheet',
    description: 'The preparation sheet or compte rendu of a meeting for one reader: the meeting, participants, who is missing, consent, shared notes, actions, circulation list, and the case as that reader may know it.',
    ...z.toJSONSchema(SheetData, { target: 'draft-2020-12', io: 'output' }),
  };
}
