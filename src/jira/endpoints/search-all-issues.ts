import type { JiraClient } from '../client/jira-client';
import { tokenPages } from './paging';
import type { Issue } from './schemas/issue';
import { searchIssues, type SearchArgs } from './search-issues';

/**
 * Every page of a JQL search, one at a time, so the caller can store each page before the next is
 * read. Work that must resume from a checkpointed token pages with `searchIssues` itself.
 */
export function searchAllIssues(client: JiraClient, args: Omit<SearchArgs, 'nextPageToken'>): AsyncGenerator<Issue[]> {
  return tokenPages(async (token) => {
    const page = await searchIssues(client, { ...args, ...(token === undefined ? {} : { nextPageToken: token }) });
    return { items: page.issues, nextPageToken: page.nextPageToken, isLast: page.isLast };
  });
}
