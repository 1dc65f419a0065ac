import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { readAllPages } from './paging';
import { withQuery } from './query';
import { commentSchema, type Comment } from './schemas/comment';
import { offsetPageFields } from './schemas/page';

const pageSchema = z.looseObject({ ...offsetPageFields, comments: z.array(commentSchema) });

/** The original design reads comments in batches of 200; most issues have far fewer, so one call usually does. */
const PAGE_SIZE = 200;

/** `GET /rest/api/3/issue/{issueIdOrKey}/comment`, every page, oldest first. Never cached: mentions must be seen fresh. */
export function getComments(client: JiraClient, idOrKey: string): Promise<Comment[]> {
  return readAllPages(async (startAt) => {
    const page = await client.call({
      operation: 'getComments',
      path: withQuery(route`/rest/api/3/issue/${idOrKey}/comment`, new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE_SIZE), orderBy: 'created' })),
      schema: pageSchema,
      objects: (p) => ({ core: p.comments.length }),
    });
    return { items: page.comments, isLast: page.isLast, total: page.total };
  });
}
