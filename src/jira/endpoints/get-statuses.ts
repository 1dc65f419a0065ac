import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { statusSchema, type Status } from './schemas/status';

const statusesSchema = z.array(statusSchema);

/** `GET /rest/api/3/status`: the statuses of the workflows in use, with their categories. Cached an hour. */
export function getStatuses(client: JiraClient): Promise<Status[]> {
  return client.call({
    operation: 'getStatuses',
    path: route`/rest/api/3/status`,
    schema: statusesSchema,
    objects: (statuses) => ({ core: statuses.length }),
    cache: { kind: 'statuses', key: 'all' },
  });
}
