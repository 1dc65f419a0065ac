import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { readAllPages } from './paging';
import { withQuery } from './query';
import { offsetPageFields } from './schemas/page';

const boardSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  type: z.string(),
  location: z.looseObject({ projectId: z.number().int().optional(), projectKey: z.string().optional() }).optional(),
});

const pageSchema = z.looseObject({ ...offsetPageFields, values: z.array(boardSchema) });

export type Board = z.infer<typeof boardSchema>;

export interface BoardsQuery {
  projectKeyOrId?: string;
  /** `simple` is a team-managed board. */
  type?: 'scrum' | 'kanban' | 'simple';
}

/** The agile API serves at most 50 a page, whatever is asked. */
const PAGE_SIZE = 50;

/** `GET /rest/agile/1.0/board`, every page: the boards of the projects the actor can browse. */
export function getBoards(client: JiraClient, query: BoardsQuery = {}): Promise<Board[]> {
  return readAllPages(async (startAt) => {
    const params = new URLSearchParams({ startAt: String(startAt), maxResults: String(PAGE_SIZE) });
    if (query.projectKeyOrId !== undefined) params.set('projectKeyOrId', query.projectKeyOrId);
    if (query.type !== undefined) params.set('type', query.type);
    const page = await client.call({
      operation: 'getBoards',
      path: withQuery(route`/rest/agile/1.0/board`, params),
      schema: pageSchema,
      objects: (p) => ({ core: p.values.length }),
    });
    return { items: page.values, isLast: page.isLast, total: page.total };
  });
}
