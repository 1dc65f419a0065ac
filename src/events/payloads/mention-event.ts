import { z } from 'zod';
import { commentRefSchema } from './comment-ref';
import { eventBaseOf, eventBaseShape } from './event-base';
import { MENTION_EVENT_TYPES } from './event-types';
import { issueRefSchema } from './issue-ref';
import { accountId, optional } from './primitives';
import type { MentionEvent } from './types';

/** A comment mention without its comment could not say which comment, so it is refused. */
export const mentionEventSchema = z
  .looseObject({
    ...eventBaseShape(MENTION_EVENT_TYPES),
    issue: issueRefSchema,
    comment: optional(commentRefSchema),
    mentionedAccountIds: z.array(accountId),
  })
  .transform((event, ctx): MentionEvent => {
    if (event.eventType === 'avi:jira:mentioned:comment' && event.comment === undefined) {
      ctx.issues.push({ code: 'custom', path: ['comment'], message: 'missing', input: undefined });
      return z.NEVER;
    }
    return { family: 'mention', ...eventBaseOf(event), issue: event.issue, comment: event.comment, mentionedAccountIds: event.mentionedAccountIds };
  });
