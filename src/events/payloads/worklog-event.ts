import { z } from 'zod';
import { eventBaseOf, eventBaseShape } from './event-base';
import { WORKLOG_EVENT_TYPES } from './event-types';
import { accountId, jiraTime, numericId, optional, userRef } from './primitives';
import type { WorklogEvent } from './types';

/** Handlers seen in the wild read the author as `author.accountId` or as `authorAccountId`. */
const worklogSchema = z.looseObject({
  id: numericId,
  issueId: numericId,
  author: optional(userRef),
  authorAccountId: optional(accountId),
  started: optional(jiraTime),
  timeSpentSeconds: optional(z.number().int().nonnegative()),
  created: optional(jiraTime),
  updated: optional(jiraTime),
});

export const worklogEventSchema = z.looseObject({ ...eventBaseShape(WORKLOG_EVENT_TYPES), worklog: worklogSchema }).transform(
  ({ worklog, ...event }): WorklogEvent => ({
    family: 'worklog',
    ...eventBaseOf(event),
    worklog: {
      id: worklog.id,
      issueId: worklog.issueId,
      authorId: worklog.author ?? worklog.authorAccountId,
      started: worklog.started,
      timeSpentSeconds: worklog.timeSpentSeconds,
      created: worklog.created,
      updated: worklog.updated,
    },
  }),
);
