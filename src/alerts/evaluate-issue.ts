import type { MirrorIssue } from '../mirror/mirror-issue';
import { dedupKey, type Finding, type IssueFacts } from './model';
import type { AlertEnvironment } from './rule-context';
import { commentMentionCause, commentMentionFindings, descriptionMentionCause, descriptionMentionFindings, goneCommentMentionCauses, goneDescriptionMentionCauses, mentionedAccountIds } from './rules/mentions';
import { stateFindings } from './rules/state-rules';
import { statusCategoryOf } from './rules/status-category';
import { transitionCauseGone, transitionFindings, type StatusTransition } from './rules/transition-rules';
import { familyOf, type AlertRecord } from './store/alert-record';
import { alertsOf, raiseAll, resolveByRule, type Raising } from './store/alert-store';

export interface CommentSeen {
  id: string;
  /** The last editor. */
  authorId: string | undefined;
  body: unknown;
  /** Created or last edited, epoch ms. */
  at: number;
  /** Who the comment newly mentions: an edit mentions again whoever it mentioned before, and alerts only for the others. */
  newMentions: readonly string[];
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
  /** The description as it is now, when it last changed, and whom it newly mentions. */
  description?: { body: unknown; changedAt: number; newMentions: readonly string[] };
  /** False for an issue the mirror has just met (a full sync): it cannot have alerts yet. */
  mayHaveAlerts: boolean;
}

/** Alerts that opened for the first time: what notifications are sent for. */
export type NewAlerts = Array<{ id: string; projectKey: string }>;

/** What an evaluation decided: alerts to raise (or see again) and alerts to resolve. */
export interface AlertPlan {
  raisings: Raising[];
  resolutions: string[];
}

/**
 * Brings an issue's alerts up to what the app knows of it: findings of the rules are to be raised,
 * and alerts whose cause went away resolved. Reads the issue's alerts; writes nothing.
 */
export async function evaluateIssue(observation: IssueObservation, environment: AlertEnvironment, at: number): Promise<AlertPlan> {
  const { issue, issueId } = observation;
  if (issue === undefined) return { raisings: [], resolutions: [] };
  const stored = observation.mayHaveAlerts ? await alertsOf(issueId) : [];
  const context = environment.forProject(issue.projectKey, at);
  const facts = factsOf(issueId, issue);
  const findings: Finding[] = [...stateFindings(facts, context), ...(observation.transitions ?? []).flatMap((t) => transitionFindings(t, context)), ...mentionFindings(observation, issue, context)];
  const seen = new Map(stored.map(({ record }) => [dedupKey(record), record]));
  const cooldownMs = context.thresholds.cooldownMinutes * 60_000;
  const raisings = findings
    .filter((finding) => {
      const current = seen.get(dedupKey(finding));
      return current === undefined || current.status === 'resolved' || current.explanation !== finding.explanation;
    })
    .map((finding) => ({ finding, origin: { projectKey: issue.projectKey, title: issue.issueKey }, cooldownMs }));
  const holding = new Set(findings.map(dedupKey));
  const resolutions = stored.filter(({ record }) => goneAway(record, holding, observation, issue)).map(({ id }) => id);
  return { raisings, resolutions };
}

/** Carries out the plans of many evaluations at once: raisings in batches, then resolutions. */
export async function applyAlertPlans(plans: readonly AlertPlan[], at: number): Promise<NewAlerts> {
  const raisings = plans.flatMap((plan) => plan.raisings);
  const outcomes = raisings.length === 0 ? [] : await raiseAll(raisings, at);
  for (const id of plans.flatMap((plan) => plan.resolutions)) await resolveByRule(id, at);
  return outcomes.filter((outcome) => outcome.isNew && outcome.record !== undefined).map((outcome) => ({ id: outcome.id, projectKey: outcome.record?.projectKey ?? '' }));
}

function factsOf(issueId: string, issue: MirrorIssue): IssueFacts {
  return { ...issue, issueId };
}

function mentionFindings(observation: IssueObservation, issue: MirrorIssue, context: ReturnType<AlertEnvironment['forProject']>): Finding[] {
  if (issue.deleted) return [];
  const comments = (observation.comments?.items ?? []).flatMap((comment) =>
    commentMentionFindings({ issueId: observation.issueId, issueKey: issue.issueKey, commentId: comment.id, authorId: comment.authorId, body: comment.body, at: comment.at }, context).filter(
      (finding) => comment.newMentions.some((accountId) => finding.cause === commentMentionCause(comment.id, accountId)),
    ),
  );
  const { description: seen } = observation;
  const description =
    seen === undefined
      ? []
      : descriptionMentionFindings({ issueId: observation.issueId, issueKey: issue.issueKey, body: seen.body, at: seen.changedAt }, context).filter((finding) =>
          seen.newMentions.some((accountId) => finding.cause === descriptionMentionCause(accountId)),
        );
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
