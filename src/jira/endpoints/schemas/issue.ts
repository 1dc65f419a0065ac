import { z } from 'zod';

/**
 * An issue (`IssueBean`) as search, bulk fetch and get issue return it. The fields the app asked
 * for stay a generic record: which custom fields matter is the admin's mapping, read by the sync.
 */
export const issueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
});

export type Issue = z.infer<typeof issueSchema>;
