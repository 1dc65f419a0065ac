import { fetchDescription } from '../../alerts/description';
import type { CommentSeen, IssueObservation } from '../../alerts/evaluate-issue';
import { observeIssues, statusCategoryLookup, transitionsIn } from '../../alerts/observe';
import { withJiraClient } from '../../jira/client/open-client';
import type { MirrorIssue } from '../../mirror/mirror-issue';
import { readMirrorIssue } from '../../mirror/mirror-store';
import type { CommentEvent, IssueEvent, MentionEvent } from '../payloads';
import { compareMentions } from '../../alerts/mention-baseline';

/**
 * The alert rules on what an issue event showed: the issue's new state (as the mirror now holds
 * it), the status transition its changelog records, and the description's mentions when it changed.
 */
export async function alertOnIssueEvent(event: IssueEvent, issue: MirrorIssue, now: number): Promise<void> {
  const items = event.changelog?.items ?? [];
  const transitioned = items.some((item) => item.field === 'status');
  const describedAgain = !issue.deleted && items.some((item) => (item.fieldId ?? item.field) === 'description');
  const at = event.issue.updated ?? now;
  const observation: IssueObservation = { issueId: event.issue.id, issue, mayHaveAlerts: true };
  if (!transitioned && !describedAgain) return observeIssues([observation], now);
  await withJiraClient({ priority: 'background' }, async (client) => {
    const entry = { id: event.changelog?.id ?? '0', created: new Date(at).toISOString(), items: items.map((item) => ({ ...item })) };
    const transitions = transitioned ? transitionsIn(event.issue.id, issue, [entry], await statusCategoryLookup(client)) : [];
    const body = describedAgain ? await fetchDescription(client, event.issue.id) : undefined;
    const comparison = body === undefined ? undefined : await compareMentions([{ source: { kind: 'description', issueId: event.issue.id }, body }]);
    const description = body === undefined ? undefined : { body, changedAt: at, newMentions: comparison?.newMentions[0] ?? [] };
    await observeIssues([{ ...observation, transitions, ...(description === undefined ? {} : { description }) }], now);
    await comparison?.commit();
  });
}

/** A comment created, edited or deleted, or a mention in a comment or the description. */
export async function alertOnCommentEvent(event: CommentEvent | MentionEvent, now: number): Promise<void> {
  const issue = await readMirrorIssue(event.issue.id);
  if (issue === undefined || issue.deleted) return;
  const base: IssueObservation = { issueId: event.issue.id, issue, mayHaveAlerts: true };
  if (event.eventType === 'avi:jira:deleted:comment' && event.family === 'comment') return observeIssues([{ ...base, deletedCommentId: event.comment.id }], now);
  const comment = event.comment;
  if (comment !== undefined) {
    // The comment and mention events of one edit both carry the text: the first to come raises the new mentions.
    const body = comment.body ?? null;
    const comparison = await compareMentions([{ source: { kind: 'comment', commentId: comment.id }, body }]);
    const seen: CommentSeen = { id: comment.id, authorId: comment.updateAuthorId ?? comment.authorId, body, at: comment.updated ?? comment.created ?? now, newMentions: comparison.newMentions[0] ?? [] };
    await observeIssues([{ ...base, comments: { complete: false, items: [seen] } }], now);
    return comparison.commit();
  }
  // A mention in the description: the payload names who, the description says whether they still are.
  const changedAt = event.issue.updated ?? now;
  await withJiraClient({ priority: 'background' }, async (client) => {
    const body = await fetchDescription(client, event.issue.id);
    const comparison = await compareMentions([{ source: { kind: 'description', issueId: event.issue.id }, body }]);
    await observeIssues([{ ...base, description: { body, changedAt, newMentions: comparison.newMentions[0] ?? [] } }], now);
    await comparison.commit();
  });
}
