import type { MirrorIssue } from '../mirror/mirror-issue';
import { dedupKey, type Finding, type IssueFacts } from './model';
import type { AlertEnvironment } from './rule-context';
import { commentMentionCause, commentMentionFindings, descriptionMentionFindings, goneCommentMentionCauses, goneDescriptionMentionCauses, mentionedAccountIds } from './rules/mentions';
import { stateFindings } from './rules/state-rules';
import { statusCategoryOf } from './rules/status-category';
import { transitionCauseGone, transitionFindings, type StatusTransition } from './rules/transition-rules';
import { familyOf, type AlertRecord } from './store/alert-record';
import { alertsOf, raise, resolveByRule } from './store/alert-store';

export interface CommentSeen {
  id: string;
  /** The last editor. */
  authorId: string | undefined;
  body: unknown;
  /** Created or last edited, epoch ms. */
  at: number;
  /**
   * Who the comment newly mentions, when only some of its mentions are news: an edit mentions again
   * whoever it mentioned before, and alerts only for the others. `all` for a new comment.
   */
  newMentions: 'all' | readonly string[];
}

/** What the app learnt about an issue: always its mirrored state, and whatever else the caller read. */
export interface IssueObservation {
  issueId: string;
  /** The mirror entry after the change; undefined when the issue is not mirrored. */
  issue: MirrorIssue | undefined;
  transitions?: readonly StatusTransition[];
  /** `complete` when these are all the issue's comments, so a missing one was deleted. */
  comments?: { complete: boolean; items: readonly CommentSeen[] };
  /** A comment deleted in Jira. */
  deletedCommentId?: string;
  /** The description as it is now, and when it last changed. */
  description?: { body: unknown; changedAt: number };
  /** False for an issue the mirror has just met (a full sync): it cannot have alerts yet. */
  mayHaveAlerts: boolean;
}

/** Alerts that opened for the first time: what notifications are sent for. */
export type NewAlerts = Array<{ id: string; projectKey: string }>;

/**
 * Brings an issue's alerts up to what the app knows of it: findings of the rules raise alerts, and
 * alerts whose cause went away are resolved. Writes only what changes.
 */
export async function evaluateIssue(observation: IssueObservation, environment: AlertEnvironment, at: number): Promise<NewAlerts> {
  const { issue, issueId } = observation;
  if (issue === undefined) return [];
  const stored = observation.mayHaveAlerts ? await alertsOf(issueId) : [];
  const context = environment.forProject(issue.projectKey, at);
  const facts = factsOf(issueId, issue);
  const findings: Finding[] = [...stateFindings(facts, context), ...(observation.transitions ?? []).flatMap((t) => transitionFindings(t, context)), ...mentionFindings(observation, issue, context)];
  const fresh: NewAlerts = [];
  const seen = new Map(stored.map(({ record }) => [dedupKey(record), record]));
  const cooldownMs = context.thresholds.cooldownMinutes * 60_000;
  for (const finding of findings) {
    const current = seen.get(dedupKey(finding));
    if (current !== undefined && current.status !== 'resolved' && current.explanation === finding.explanation) continue;
    const outcome = await raise(finding, { projectKey: issue.projectKey, title: issue.issueKey }, at, cooldownMs);
    if (outcome.isNew) fresh.push({ id: outcome.id, projectKey: issue.projectKey });
  }
  const holding = new Set(findings.map(dedupKey));
  for (const { id, record } of stored) {
    if (goneAway(record, holding, observation, issue)) await resolveByRule(id, at);
  }
  return fresh;
}

function factsOf(issueId: string, issue: MirrorIssue): IssueFacts {
  return { ...issue, issueId };
}

function mentionFindings(observation: IssueObservation, issue: MirrorIssue, context: ReturnType<AlertEnvironment['forProject']>): Finding[] {
  if (issue.deleted) return [];
  const comments = (observation.comments?.items ?? []).flatMap((comment) =>
    commentMentionFindings({ issueId: observation.issueId, issueKey: issue.issueKey, commentId: comment.id, authorId: comment.authorId, body: comment.body, at: comment.at }, context).filter(
      (finding) => comment.newMentions === 'all' || comment.newMentions.some((accountId) => finding.cause === commentMentionCause(comment.id, accountId)),
    ),
  );
  const description = observation.description === undefined ? [] : descriptionMentionFindings({ issueId: observation.issueId, issueKey: issue.issueKey, body: observation.description.body, at: observation.description.changedAt }, context);
  return [...comments, ...description];
}

/** Whether a stored alert's cause went away, from what this observation shows. */
function goneAway(record: AlertRecord, holding: ReadonlySet<string>, observation: IssueObservation, issue: MirrorIssue): boolean {
  const live = record.status !== 'resolved' || record.resolvedBy === 'person';
  if (!live) return false;
  if (issue.deleted) return record.status !== 'resolved';
  if (holding.has(dedupKey(record))) return false;
  switch (familyOf(record.kind)) {
    case 'state':
      return true;
    case 'sprint':
      return false;
    case 'event':
      return record.status !== 'resolved' && eventCauseGone(record, observation, issue);
  }
}

function eventCauseGone(record: AlertRecord, observation: IssueObservation, issue: MirrorIssue): boolean {
  if (record.kind !== 'mention') return transitionCauseGone(record, statusCategoryOf(issue.statusCategory), false);
  if (record.cause.startsWith('description:')) {
    return observation.description !== undefined && goneDescriptionMentionCauses([record.cause], mentionedAccountIds(observation.description.body)).length > 0;
  }
  const commentId = record.cause.split(':')[1] ?? '';
  if (observation.deletedCommentId === commentId) return true;
  const comment = observation.comments?.items.find((c) => c.id === commentId);
  if (comment === undefined) return observation.comments?.complete === true;
  return goneCommentMentionCauses([record.cause], commentId, mentionedAccountIds(comment.body)).length > 0;
}
