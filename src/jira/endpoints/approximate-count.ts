import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';

const countSchema = z.looseObject({ count: z.number().int().min(0) });

/**
 * `POST /rest/api/3/search/approximate-count`: about how many issues a bounded JQL matches, since
 * the enhanced search has no total. An estimate that trails writes, for progress and planning only.
 */
export async function approximateCount(client: JiraClient, jql: string): Promise<number> {
  const answer = await client.call({ operation: 'approximateCount', path: route`/rest/api/3/search/approximate-count`, body: { jql }, schema: countSchema });
  return answer.count;
}
