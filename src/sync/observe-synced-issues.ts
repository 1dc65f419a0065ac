import { z } from 'zod';
import type { CommentSeen, IssueObservation } from '../alerts/evaluate-issue';
import { compareMentions, type MentionComparison, type MentionSource } from '../alerts/mention-baseline';
import { observeIssues, statusCategoryLookup, transitionsIn } from '../alerts/observe';
import type { JiraClient } from '../jira/client/jira-client';
import { bulkFetchChangelogs } from '../jira/endpoints/bulk-fetch-changelogs';
import { getComments } from '../jira/endpoints/get-comments';
import { commentSchema, type Comment } from '../jira/endpoints/schemas/comment';
import type { Issue } from '../jira/endpoints/schemas/issue';
import { JiraNotFoundError } from '../jira/errors';
import { parseJiraTime } from '../jira/jira-time';
import type { Upserted } from './upsert-from-jira';

/** The original design reads comments two issues at a time. */
const COMMENT_PARALLELISM = 2;

const descriptionField = z.looseObject({ description: z.unknown().optional(), created: z.string().optional() });
const embeddedComments = z.looseObject({ comment: z.looseObject({ comments: z.array(commentSchema), total: z.number().int().optional() }).optional() });

/**
 * The alert rules on a page the incremental sync read: each issue's state, and what the events may
 * have missed since `since`: status transitions and description changes (from one bulk changelog
 * read), and comments (all of each issue's, so deleted ones are noticed too; the search embeds
 * them). Texts written since `since` are compared with their mention baselines, all in one go.
 */
export async function observeSyncedIssues(client: JiraClient, issues: readonly Issue[], upserted: readonly Upserted[], options: { since: number; readComments: boolean }, now: number): Promise<void> {
  const { since } = options;
  if (issues.length === 0) return;
  const histories = new Map((await bulkFetchChangelogs(client, { issueIdsOrKeys: issues.map((i) => i.id), fieldIds: ['status', 'description'] })).map((log) => [log.issueId, log.histories.filter((h) => (parseJiraTime(h.created) ?? 0) >= since)]));
  const categoryOf = await statusCategoryLookup(client);
  const comments = options.readComments ? await commentsOf(client, issues) : new Map<string, Comment[]>();
  const texts = new TextsToCompare();
  const observations: IssueObservation[] = [];
  for (const { issueId, after } of upserted) {
    if (after === undefined) continue;
    const issue = issues.find((i) => i.id === issueId);
    const recent = histories.get(issueId) ?? [];
    const fields = descriptionField.parse(issue?.fields ?? {});
    const createdAt = parseJiraTime(fields.created) ?? 0;
    const describedAt = Math.max(createdAt, ...recent.filter((h) => h.items.some((item) => (item.fieldId ?? item.field) === 'description')).map((h) => parseJiraTime(h.created) ?? 0));
    const body = fields.description ?? null;
    const seenComments = (comments.get(issueId) ?? []).map((comment) => commentSeen(comment, since, texts));
    observations.push({
      issueId,
      issue: after,
      mayHaveAlerts: true,
      transitions: transitionsIn(issueId, after, recent, categoryOf),
      ...(options.readComments ? { comments: { complete: true, items: seenComments } } : {}),
      ...(describedAt >= since ? { description: { body, changedAt: describedAt, newMentions: texts.compare({ kind: 'description', issueId }, body) } } : {}),
    });
  }
  const comparison = await texts.resolve();
  await observeIssues(observations, now);
  await comparison.commit();
}

/** A comment written since the last run may mention someone anew: its baseline tells; an older one cannot. */
function commentSeen(comment: Comment, since: number, texts: TextsToCompare): CommentSeen {
  const at = parseJiraTime(comment.updated) ?? parseJiraTime(comment.created) ?? 0;
  const newMentions = at >= since ? texts.compare({ kind: 'comment', commentId: comment.id }, comment.body) : [];
  return { id: comment.id, authorId: comment.updateAuthor?.accountId ?? comment.author?.accountId, body: comment.body, at, newMentions };
}

/** Collects the texts to compare with their baselines; `resolve` fills every answer handed out, in one batch. */
class TextsToCompare {
  private readonly pending: Array<{ source: MentionSource; body: unknown; answer: string[] }> = [];

  compare(source: MentionSource, body: unknown): string[] {
    const answer: string[] = [];
    this.pending.push({ source, body, answer });
    return answer;
  }

  async resolve(): Promise<MentionComparison> {
    const comparison = await compareMentions(this.pending);
    this.pending.forEach(({ answer }, index) => answer.push(...(comparison.newMentions[index] ?? [])));
    return comparison;
  }
}

/**
 * Each issue's comments: those the search embedded (the page asks for the `comment` field), and
 * for an issue with more than Jira embeds, all of them from its comment pages, two issues at a time.
 */
async function commentsOf(client: JiraClient, issues: readonly Issue[]): Promise<Map<string, Comment[]>> {
  const found = new Map<string, Comment[]>();
  const partial: string[] = [];
  for (const issue of issues) {
    const embedded = embeddedComments.safeParse(issue.fields).data?.comment;
    if (embedded !== undefined && (embedded.total ?? embedded.comments.length) <= embedded.comments.length) found.set(issue.id, embedded.comments);
    else partial.push(issue.id);
  }
  for (let start = 0; start < partial.length; start += COMMENT_PARALLELISM) {
    const batch = partial.slice(start, start + COMMENT_PARALLELISM);
    const pages = await Promise.all(batch.map((id) => getComments(client, id).catch((error: unknown) => (error instanceof JiraNotFoundError ? [] : Promise.reject(error)))));
    batch.forEach((id, index) => found.set(id, pages[index] ?? []));
  }
  return found;
}
