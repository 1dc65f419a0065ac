import type { JiraClient } from '../jira/client/jira-client';
import { getStatuses } from '../jira/endpoints/get-statuses';
import type { ChangelogEntry } from '../jira/endpoints/schemas/changelog';
import type { MirrorIssue } from '../mirror/mirror-issue';
import { applyAlertPlans, evaluateIssue, type IssueObservation } from './evaluate-issue';
import { queueNotifications } from './notify';
import { loadAlertEnvironment } from './rule-context';
import { statusCategoryOf } from './rules/status-category';
import { statusTransitionsOf, type CategoryLookup, type StatusTransition } from './rules/transition-rules';

/**
 * Evaluates the alert rules on what the app just learnt about some issues, and queues the
 * notifications of alerts that opened. Nothing happens before the first full sync has started.
 */
export async function observeIssues(observations: readonly IssueObservation[], now: number): Promise<void> {
  if (observations.length === 0) return;
  const environment = await loadAlertEnvironment();
  if (environment === undefined) return;
  const plans = [];
  for (const observation of observations) plans.push(await evaluateIssue(observation, environment, now));
  await queueNotifications(await applyAlertPlans(plans, now), environment, now);
}

/** Status id → category, from Jira's statuses (cached by the client). */
export async function statusCategoryLookup(client: JiraClient): Promise<CategoryLookup> {
  const byId = new Map((await getStatuses(client)).map((status) => [status.id, statusCategoryOf(status.statusCategory.key)]));
  return (statusId) => byId.get(statusId);
}

/** The status transitions in an issue's changelog entries. */
export function transitionsIn(issueId: string, issue: MirrorIssue, histories: readonly ChangelogEntry[], categoryOf: CategoryLookup): StatusTransition[] {
  return statusTransitionsOf({ issueId, issueKey: issue.issueKey, projectKey: issue.projectKey }, histories, categoryOf);
}
