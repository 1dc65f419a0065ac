import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { chunksOf } from './chunks';
import { tokenPages } from './paging';
import { changelogEntrySchema, type ChangelogEntry } from './schemas/changelog';
import { tokenPageFields } from './schemas/page';

const pageSchema = z.looseObject({
  issueChangeLogs: z.array(z.looseObject({ issueId: z.string(), changeHistories: z.array(changelogEntrySchema) })),
  ...tokenPageFields,
});

export interface BulkChangelogArgs {
  issueIdsOrKeys: string[];
  /** Only entries touching these fields (at most 10), with only their items. */
  fieldIds?: string[];
}

export interface IssueChangelog {
  issueId: string;
  /** Oldest first. */
  histories: ChangelogEntry[];
}

/** Jira's limits on one request. */
const MAX_ISSUES = 1000;
const MAX_FIELDS = 10;

/**
 * `POST /rest/api/3/changelog/bulkfetch`: the histories of many issues, 1,000 issues a request,
 * every page of each. Issues the actor cannot see, or without matching entries, are absent.
 */
export async function bulkFetchChangelogs(client: JiraClient, args: BulkChangelogArgs): Promise<IssueChangelog[]> {
  const fieldIds = args.fieldIds ?? [];
  // Splitting the fields over requests would split an entry's items between answers; refuse instead.
  if (fieldIds.length > MAX_FIELDS) throw new RangeError(`bulkFetchChangelogs takes at most ${MAX_FIELDS} field ids, got ${fieldIds.length}`);
  const byIssue = new Map<string, ChangelogEntry[]>();
  for (const issueIdsOrKeys of chunksOf([...new Set(args.issueIdsOrKeys)], MAX_ISSUES)) {
    const pages = tokenPages(async (token) => {
      const page = await client.call({
        operation: 'bulkFetchChangelogs',
        path: route`/rest/api/3/changelog/bulkfetch`,
        body: { issueIdsOrKeys, ...(fieldIds.length === 0 ? {} : { fieldIds }), ...(token === undefined ? {} : { nextPageToken: token }) },
        schema: pageSchema,
      });
      const next = page.nextPageToken ?? undefined;
      return { items: page.issueChangeLogs, nextPageToken: next, isLast: page.isLast ?? next === undefined };
    });
    for await (const logs of pages) {
      for (const log of logs) {
        const histories = byIssue.get(log.issueId);
        if (histories === undefined) byIssue.set(log.issueId, [...log.changeHistories]);
        else histories.push(...log.changeHistories);
      }
    }
  }
  return [...byIssue].map(([issueId, histories]) => ({ issueId, histories }));
}
