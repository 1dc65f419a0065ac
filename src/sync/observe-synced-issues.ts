import { z } from 'zod';
import type { CommentSeen, IssueObservation } from '../alerts/evaluate-issue';
import { observeIssues, statusCategoryLookup, transitionsIn } from '../alerts/observe';
import type { JiraClient } from '../jira/client/jira-client';
import { bulkFetchChangelogs } from '../jira/endpoints/bulk-fetch-changelogs';
import { getComments } from '../jira/endpoints/get-comments';
import type { Issue } from '../jira/endpoints/schemas/issue';
import { JiraNotFoundError } from '../jira/errors';
import { parseJiraTime } from '../jira/jira-time';
import type { Upserted } from './upsert-from-jira';
import { watchingSince } from '../alerts/watching';

/** The original design reads comments two issues at a time. */
const COMMENT_PARALLELISM = 2;

const descriptionField = z.looseObject({ description: z.unknown().optional(), created: z.string().optional() });

/**
 * The alert rules on a page the incremental sync read: each issue's state, and what the events may
 * have missed since `since`: status transitions and description changes (from one bulk changelog
 * read) and comments (all of each issue's, so deleted ones are noticed too).
 */
export async function observeSyncedIssues(client: JiraClient, issues: readonly Issue[], upserted: readonly Upserted[], options: { since: number; readComments: boolean }, now: number): Promise<void> {
  const { since } = options;
  if (issues.length === 0) return;
  const histories = new Map((await bulkFetchChangelogs(client, { issueIdsOrKeys: issues.map((i) => i.id), fieldIds: ['status', 'description'] })).map((log) => [log.issueId, log.histories.filter((h) => (parseJiraTime(h.created) ?? 0) >= since)]));
  const categoryOf = await statusCategoryLookup(client);
  const comments = options.readComments ? await commentsOf(client, issues.map((i) => i.id), (await watchingSince()) ?? now) : undefined;
  const observations: IssueObservation[] = [];
  for (const { issueId, after } of upserted) {
    if (after === undefined) continue;
    const issue = issues.find((i) => i.id === issueId);
    const recent = histories.get(issueId) ?? [];
    const fields = descriptionField.parse(issue?.fields ?? {});
    const createdAt = parseJiraTime(fields.created) ?? 0;
    const describedAt = Math.max(createdAt, ...recent.filter((h) => h.items.some((item) => (item.fieldId ?? item.field) === 'description')).map((h) => parseJiraTime(h.created) ?? 0));
    observations.push({
      issueId,
      issue: after,
      mayHaveAlerts: true,
      transitions: transitionsIn(issueId, after, recent, categoryOf),
      ...(comments === undefined ? {} : { comments: { complete: true, items: comments.get(issueId) ?? [] } }),
      ...(describedAt >= since ? { description: { body: fields.description ?? null, changedAt: describedAt } } : {}),
    });
  }
  await observeIssues(observations, now);
}

async function commentsOf(client: JiraClient, issueIds: readonly string[], watchingSince: number): Promise<Map<string, CommentSeen[]>> {
  const found = new Map<string, CommentSeen[]>();
  for (let start = 0; start < issueIds.length; start += COMMENT_PARALLELISM) {
    const batch = issueIds.slice(start, start + COMMENT_PARALLELISM);
    const pages = await Promise.all(batch.map((id) => getComments(client, id).catch((error: unknown) => (error instanceof JiraNotFoundError ? [] : Promise.reject(error)))));
    batch.forEach((id, index) =>
      found.set(
        id,
        (pages[index] ?? []).map((c) => {
          const created = parseJiraTime(c.created) ?? 0;
          // Only the comment as it is now is known: a comment older than the watch may have mentioned these users before.
          const newMentions = created >= watchingSince ? 'all' : [];
          return { id: c.id, authorId: c.updateAuthor?.accountId ?? c.author?.accountId, body: c.body, at: parseJiraTime(c.updated) ?? created, newMentions } satisfies CommentSeen;
        }),
      ),
    );
  }
  return found;
}
