import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';

const issueTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean(),
  /** 1 for epics, 0 for standard types, -1 for subtasks. */
  hierarchyLevel: z.number().int().optional(),
  /** Set on a team-managed project's own types. */
  scope: z.looseObject({ project: z.looseObject({ id: z.string() }).optional() }).optional(),
});

const issueTypesSchema = z.array(issueTypeSchema);

export type IssueType = z.infer<typeof issueTypeSchema>;

/** `GET /rest/api/3/issuetype`: the issue types the actor can use. Cached an hour. */
export function getIssueTypes(client: JiraClient): Promise<IssueType[]> {
  return client.call({
    operation: 'getIssueTypes',
    path: route`/rest/api/3/issuetype`,
    schema: issueTypesSchema,
    objects: (types) => ({ core: types.length }),
    cache: { kind: 'issueTypes', key: 'all' },
  });
}
