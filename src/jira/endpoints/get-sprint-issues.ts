import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { withQuery } from './query';
import { ISSUE_PAGE_SIZE, issuePageOf, issuePageSchema, type IssuePage } from './schemas/issue-page';

export interface SprintIssuesArgs {
  /** Every navigable field when none are named. */
  fields?: string[];
  /** Narrows the sprint's issues; rank order unless the JQL orders them. */
  jql?: string;
  nextPageToken?: string;
  maxResults?: number;
}

/**
 * One page of `GET /rest/software/1.0/sprint/{sprintId}/issue`: the issues the sprint holds or held,
 * token paged like the enhanced search.
 */
export async function getSprintIssues(client: JiraClient, sprintId: number, args: SprintIssuesArgs = {}): Promise<IssuePage> {
  const maxResults = args.maxResults ?? ISSUE_PAGE_SIZE;
  const params = new URLSearchParams({ maxResults: String(maxResults) });
  if (args.fields !== undefined && args.fields.length > 0) params.set('fields', args.fields.join(','));
  if (args.jql !== undefined) params.set('jql', args.jql);
  if (args.nextPageToken !== undefined) params.set('nextPageToken', args.nextPageToken);
  const answer = await client.call({
    operation: 'getSprintIssues',
    path: withQuery(route`/rest/software/1.0/sprint/${sprintId}/issue`, params),
    schema: issuePageSchema,
    objects: (page) => ({ core: page.issues.length }),
    estimate: 1 + maxResults,
  });
  return issuePageOf(answer);
}
