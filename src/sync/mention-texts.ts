import { z } from 'zod';
import type { MentionSource } from '../alerts/mention-baseline';
import { commentSchema } from '../jira/endpoints/schemas/comment';
import type { Issue } from '../jira/endpoints/schemas/issue';

const textFields = z.looseObject({
  description: z.unknown().optional(),
  comment: z.looseObject({ comments: z.array(commentSchema) }).optional(),
});

/** The texts of an issue that can mention people, as a search returned them (when asked for `description` and `comment`). */
export function mentionTexts(issue: Issue): Array<{ source: MentionSource; body: unknown }> {
  const fields = textFields.safeParse(issue.fields).data;
  if (fields === undefined) return [];
  return [
    ...(fields.description === undefined || fields.description === null ? [] : [{ source: { kind: 'description' as const, issueId: issue.id }, body: fields.description }]),
    ...(fields.comment?.comments ?? []).map((comment) => ({ source: { kind: 'comment' as const, commentId: comment.id }, body: comment.body })),
  ];
}
