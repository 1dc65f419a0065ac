import { z } from 'zod';
import { commentRefSchema } from './comment-ref';
import { eventBaseOf, eventBaseShape } from './event-base';
import { COMMENT_EVENT_TYPES } from './event-types';
import { issueRefSchema } from './issue-ref';
import type { CommentEvent } from './types';

export const commentEventSchema = z
  .looseObject({ ...eventBaseShape(COMMENT_EVENT_TYPES), issue: issueRefSchema, comment: commentRefSchema })
  .transform((event): CommentEvent => ({ family: 'comment', ...eventBaseOf(event), issue: event.issue, comment: event.comment }));
