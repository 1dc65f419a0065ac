import { z } from 'zod';
import { adfDocumentSchema } from './adf';
import { userRefSchema } from './user';

/** A comment (`Comment`): its ADF body carries the mentions the alert rules look for. */
export const commentSchema = z.looseObject({
  id: z.string(),
  author: userRefSchema.optional(),
  /** Who edited it last: the one whose mentions an edit adds. */
  updateAuthor: userRefSchema.optional(),
  body: adfDocumentSchema,
  created: z.string(),
  updated: z.string(),
});

export type Comment = z.infer<typeof commentSchema>;
