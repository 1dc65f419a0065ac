import { fetchDescription } from '../../alerts/description';
import type { CommentSeen, IssueObservation } from '../../alerts/evaluate-issue';
import { observeIssues, statusCategoryLookup, transitionsIn } from '../../alerts/observe';
import { withJiraClient } from '../../jira/client/open-client';
import { readMirrorIssue } from '../../mirror/mirror-store';
import { isCommentEdit, type CommentEvent, type IssueEvent, type MentionEvent } from '../payloads';

/**
 * The alert rules on what an issue event showed: the issue's new state, the status transition its
 * changelog records, and the description's mentions when it changed.
 */
export async function alertOnIssueEvent(event: IssueEvent, now: number): Promise<void> {
  const issue = await readMirrorIssue(event.issue.id);
  if (issue === undefined) return;
  const items = event.changelog?.items ?? [];
  const transitioned = items.some((item) => item.field === 'status');
  const describedAgain = !issue.deleted && items.some((item) => (item.fieldId ?? item.field) === 'description');
  const at = event.issue.updated ?? now;
  const observation: IssueObservation = { issueId: event.issue.id, issue, mayHaveAlerts: true };
  if (!transitioned && !describedAgain) return observeIssues([observation], now);
  await withJiraClient({ priority: 'background' }, async (client) => {
    const entry = { id: event.changelog?.id ?? '0', created: new Date(at).toISOString(), items: items.map((item) => ({ ...item })) };
    const transitions = transitioned ? transitionsIn(event.issue.id, issue, [entry], await statusCategoryLookup(client)) : [];
    const description = describedAgain ? { body: await fetchDescription(client, event.issue.id), changedAt: at } : undefined;
    await observeIssues([{ ...observation, transitions, ...(description === undefined ? {} : { description }) }], now);
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
    // A new comment's mentions are all news; an edit's are told by the mention event that comes with it.
    const newMentions = event.family === 'mention' ? event.mentionedAccountIds : isCommentEdit(comment) ? [] : 'all';
    const seen: CommentSeen = { id: comment.id, authorId: comment.updateAuthorId ?? comment.authorId, body: comment.body ?? null, at: comment.updated ?? comment.created ?? now, newMentions };
    return observeIssues([{ ...base, comments: { complete: false, items: [seen] } }], now);
  }
  // A mention in the description: the payload names who, the description says whether they still are.
  const changedAt = event.issue.updated ?? now;
  await withJiraClient({ priority: 'background' }, async (client) => observeIssues([{ ...base, description: { body: await fetchDescription(client, event.issue.id), changedAt } }], now));
}
