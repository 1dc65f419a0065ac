import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { userRefSchema, type UserRef } from './schemas/user';

/**
 * `GET /rest/api/3/myself`: the account the client acts as. Not cached: the answer depends on the
 * actor, and the app cache is shared by every actor of the installation.
 */
export function getMyself(client: JiraClient): Promise<UserRef> {
  return client.call({ operation: 'getMyself', path: route`/rest/api/3/myself`, schema: userRefSchema, objects: () => ({ core: 0, identity: 1 }) });
}
