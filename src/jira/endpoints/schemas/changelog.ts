import { z } from 'zod';
import { userRefSchema } from './user';

/** One changed field in a changelog entry; Jira writes null for an empty side. */
export const changeItemSchema = z.looseObject({
  field: z.string(),
  fieldId: z.string().optional(),
  fieldtype: z.string().optional(),
  from: z.string().nullable(),
  fromString: z.string().nullable(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});

/** One changelog entry: who changed what, when; the id orders entries across the whole site. */
export const changelogEntrySchema = z.looseObject({
  id: z.string(),
  /** Missing for changes made by Jira itself (automation, migrations). */
  author: userRefSchema.optional(),
  created: z.string(),
  items: z.array(changeItemSchema),
});

export type ChangeItem = z.infer<typeof changeItemSchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
