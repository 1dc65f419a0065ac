import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { readAllPages } from './paging';
import { withQuery } from './query';
import { offsetPageFields } from './schemas/page';
import { sprintSchema, type Sprint, type SprintState } from './schemas/sprint';

const pageSchema = z.looseObject({ ...offsetPageFields, values: z.array(sprintSchema) });

/** The agile API serves at most 50 a page, whatever is asked. */
const PAGE_SIZE = 50;

/**
 * `GET /rest/agile/1.0/board/{boardId}/sprint`, every page: closed sprints first, then active, then
 * future. The page has no total, so the walk follows `isLast`. A kanban board answers 400.
 */
export function getBoardSprints(client: JiraClient, boardId: number, state?: SprintState | SprintState[]): Promise<Sprint[]> {
  const states = state === undefined ? [] : Array.isArray(state) ? state : [state];
  return readAllPages(async (startAt) => {
    const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE_SIZE) });
    if (states.length > 0) params.set('state', states.join(','));
    const page = await client.call({
      operation: 'getBoardSprints',
      path: withQuery(route`/rest/agile/1.0/board/${boardId}/sprint`, params),
      schema: pageSchema,
      objects: (p) => ({ core: p.values.length }),
    });
    return { items: page.values, isLast: page.isLast, total: page.total };
  });
}
