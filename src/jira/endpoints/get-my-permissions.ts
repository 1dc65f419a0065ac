import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { withQuery } from './query';

const myPermissionsSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })),
});

export interface MyPermissionsArgs {
  /** Permission keys, e.g. `BROWSE_PROJECTS`; Jira Cloud refuses the call without any. */
  permissions: string[];
  /** The context to check in; without one, a project permission counts when held in any project. */
  projectKey?: string;
  issueKey?: string;
  issueId?: string;
}

/**
 * `GET /rest/api/3/mypermissions`: which of `permissions` the actor holds, by key. A project or issue
 * the actor cannot see is a `JiraNotFoundError`, as Jira hides its existence.
 */
export async function getMyPermissions(client: JiraClient, args: MyPermissionsArgs): Promise<Record<string, boolean>> {
  const params = new URLSearchParams({ permissions: args.permissions.join(',') });
  if (args.projectKey !== undefined) params.set('projectKey', args.projectKey);
  if (args.issueKey !== undefined) params.set('issueKey', args.issueKey);
  if (args.issueId !== undefined) params.set('issueId', args.issueId);
  const answer = await client.call({
    operation: 'getMyPermissions',
    path: withQuery(route`/rest/api/3/mypermissions`, params),
    schema: myPermissionsSchema,
    objects: (a) => ({ core: 0, identity: Object.keys(a.permissions).length }),
  });
  return Object.fromEntries(Object.entries(answer.permissions).map(([key, permission]) => [key, permission.havePermission]));
}
