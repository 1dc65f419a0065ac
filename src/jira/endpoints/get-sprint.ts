import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { sprintSchema, type Sprint } from './schemas/sprint';

/** `GET /rest/agile/1.0/sprint/{sprintId}`, kept five minutes in the invocation's memory cache. */
export function getSprint(client: JiraClient, sprintId: number): Promise<Sprint> {
  return client.call({
    operation: 'getSprint',
    path: route`/rest/agile/1.0/sprint/${sprintId}`,
    schema: sprintSchema,
    objects: () => ({ core: 1 }),
    estimate: 2,
    cache: { kind: 'sprints', key: String(sprintId) },
  });
}
