import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { readAllPages } from './paging';
import { withQuery } from './query';
import { changelogEntrySchema, type ChangelogEntry } from './schemas/changelog';
import { offsetPageFields } from './schemas/page';

const pageSchema = z.looseObject({ ...offsetPageFields, values: z.array(changelogEntrySchema) });

/** Jira's largest changelog page. */
const PAGE_SIZE = 100;

/** `GET /rest/api/3/issue/{issueIdOrKey}/changelog`, every page: the whole history, oldest first. */
export function getChangelogs(client: JiraClient, idOrKey: string): Promise<ChangelogEntry[]> {
  return readAllPages(async (startAt) => {
    const page = await client.call({
      operation: 'getChangelogs',
      path: withQuery(route`/rest/api/3/issue/${idOrKey}/changelog`, new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE_SIZE) })),
      schema: pageSchema,
      objects: (p) => ({ core: p.values.length }),
    });
    return { items: page.values, isLast: page.isLast, total: page.total };
  });
}
