import { z } from 'zod';
import { Id, Notes, ShortText } from './primitives';
import { sharingFields } from './sharing';

/** People living together, drawn as a dashed outline around them. A person is in one household at most. */
export const Household = z.object({
  id: Id,
  name: ShortText.default(''),
  members: z.array(Id).max(1000),
  notes: Notes.default(''),
  ...sharingFields,
});
export type Household = z.infer<typeof Household>;
