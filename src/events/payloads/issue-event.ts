import { z } from 'zod';
import { associatedStatusesSchema, changelogSchema } from './changelog';
import { eventBaseOf, eventBaseShape } from './event-base';
import { ISSUE_EVENT_TYPES } from './event-types';
import { issueRefSchema } from './issue-ref';
import { optional } from './primitives';
import type { IssueEvent } from './types';

export const issueEventSchema = z
  .looseObject({
    ...eventBaseShape(ISSUE_EVENT_TYPES),
    issue: issueRefSchema,
    changelog: optional(changelogSchema),
    associatedStatuses: optional(associatedStatusesSchema),
  })
  .transform(
    (event): IssueEvent => ({
      family: 'issue',
      ...eventBaseOf(event),
      issue: event.issue,
      changelog: event.changelog,
      associatedStatuses: event.associatedStatuses,
    }),
  );
