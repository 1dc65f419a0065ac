import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { ISSUE_PAGE_SIZE, issuePageOf, issuePageSchema, type IssuePage } from './schemas/issue-page';

export interface SearchArgs {
  /** Must be bounded (restricted by project, date…): Jira refuses open-ended queries. */
  jql: string;
  /** Jira returns only ids unless fields are named; ask for the ones the caller reads. */
  fields: string[];
  /** Jira may return fewer when many fields are asked for; follow the token, not the count. */
  maxResults?: number;
  nextPageToken?: string;
  expand?: string[];
  /** Up to 50 issue ids read at their latest version: search trails writes, these do not. */
  reconcileIssues?: number[];
}

/**
 * One page of `POST /rest/api/3/search/jql`, the enhanced search (the old `/search` answers 410).
 * Jira charges it per returned issue like a read, so a background page is budgeted as 1 + maxResults.
 */
export async function searchIssues(client: JiraClient, args: SearchArgs): Promise<IssuePage> {
  const maxResults = args.maxResults ?? ISSUE_PAGE_SIZE;
  const body = {
    jql: args.jql,
    fields: args.fields,
    maxResults,
    ...(args.nextPageToken === undefined ? {} : { nextPageToken: args.nextPageToken }),
    ...(args.expand === undefined || args.expand.length === 0 ? {} : { expand: args.expand.join(',') }),
    ...(args.reconcileIssues === undefined || args.reconcileIssues.length === 0 ? {} : { reconcileIssues: args.reconcileIssues }),
  };
  const answer = await client.call({
    operation: 'searchIssues',
    path: route`/rest/api/3/search/jql`,
    body,
    schema: issuePageSchema,
    objects: (page) => ({ core: page.issues.length }),
    estimate: 1 + maxResults,
  });
  return issuePageOf(answer);
}
