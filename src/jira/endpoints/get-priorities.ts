import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { readAllPages } from './paging';
import { withQuery } from './query';
import { offsetPageFields } from './schemas/page';

const prioritySchema = z.looseObject({ id: z.string(), name: z.string(), isDefault: z.boolean().optional() });

const pageSchema = z.looseObject({ ...offsetPageFields, values: z.array(prioritySchema) });

export type Priority = z.infer<typeof prioritySchema>;

const PAGE_SIZE = 100;

/** `GET /rest/api/3/priority/search`, every page: the site's priorities. Each page is cached an hour. */
export function getPriorities(client: JiraClient): Promise<Priority[]> {
  return readAllPages(async (startAt) => {
    const page = await client.call({
      operation: 'getPriorities',
      path: withQuery(route`/rest/api/3/priority/search`, new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE_SIZE) })),
      schema: pageSchema,
      objects: (p) => ({ core: p.values.length }),
      cache: { kind: 'priorities', key: JSON.stringify({ startAt, maxResults: PAGE_SIZE }) },
    });
    return { items: page.values, isLast: page.isLast, total: page.total };
  });
}
