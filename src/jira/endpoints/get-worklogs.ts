import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { readAllPages } from './paging';
import { withQuery } from './query';
import { offsetPageFields } from './schemas/page';
import { userRefSchema } from './schemas/user';

const worklogSchema = z.looseObject({
  id: z.string(),
  author: userRefSchema.optional(),
  started: z.string(),
  timeSpentSeconds: z.number().int(),
  created: z.string().optional(),
  updated: z.string().optional(),
});

const pageSchema = z.looseObject({ ...offsetPageFields, worklogs: z.array(worklogSchema) });

export type Worklog = z.infer<typeof worklogSchema>;

export interface WorklogQuery {
  /** Only worklogs started at or after this time (epoch ms). */
  startedAfter?: number;
}

/** Jira's per-issue worklog limit, which it also serves as one page. */
const PAGE_SIZE = 5000;

/** `GET /rest/api/3/issue/{issueIdOrKey}/worklog`, every page, in logging order. Never cached: time logged must be current. */
export function getWorklogs(client: JiraClient, idOrKey: string, query: WorklogQuery = {}): Promise<Worklog[]> {
  return readAllPages(async (startAt) => {
    const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE_SIZE) });
    if (query.startedAfter !== undefined) params.set('startedAfter', String(query.startedAfter));
    const page = await client.call({
      operation: 'getWorklogs',
      path: withQuery(route`/rest/api/3/issue/${idOrKey}/worklog`, params),
      schema: pageSchema,
      objects: (p) => ({ core: p.worklogs.length }),
    });
    return { items: page.worklogs, isLast: page.isLast, total: page.total };
  });
}
