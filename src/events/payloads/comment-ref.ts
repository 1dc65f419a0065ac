import { z } from 'zod';
import { jiraTime, numericId, optional, userRef } from './primitives';
import type { CommentRef } from './types';

/** A deleted comment may come with its id alone, so everything else is optional. */
export const commentRefSchema = z
  .looseObject({
    id: numericId,
    author: optional(userRef),
    updateAuthor: optional(userRef),
    body: z.unknown().optional(),
    created: optional(jiraTime),
    updated: optional(jiraTime),
  })
  .transform(
    (comment): CommentRef => ({
      id: comment.id,
      authorId: comment.author,
      updateAuthorId: comment.updateAuthor,
      body: comment.body ?? undefined,
      created: comment.created,
      updated: comment.updated,
    }),
  );

/** Jira has no comment-updated event: an edit is a `commented:issue` whose comment was updated after it was created. */
export function isCommentEdit(comment: CommentRef): boolean {
  return comment.created !== undefined && comment.updated !== undefined && comment.updated > comment.created;
}
