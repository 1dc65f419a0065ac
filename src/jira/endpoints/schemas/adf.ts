import { z } from 'zod';

/**
 * An Atlassian Document Format document, as v3 sends rich text (comment bodies, descriptions).
 * Only the root is checked: nodes are walked by the code that reads them (mentions, text).
 */
export const adfDocumentSchema = z.looseObject({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(z.unknown()),
});

export type AdfDocument = z.infer<typeof adfDocumentSchema>;
