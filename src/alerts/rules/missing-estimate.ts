import type { Finding, IssueFacts, RuleContext } from '../model';
import { estimateName, isEstimable, isEstimated } from './estimation';
import { utcMinute } from './format';

const MINUTE_MS = 60_000;

function lacksEstimate(issue: IssueFacts, context: RuleContext): boolean {
  return isEstimable(issue, context.thresholds) && !isEstimated(issue, context.estimation);
}

function typeOf(issue: IssueFacts): string {
  return issue.issueType ?? 'issue';
}

/** Issues created before the app watched are left to the sprint rule: their creation is not news. */
export function missingEstimateSinceCreation(issue: IssueFacts, context: RuleContext): Finding | undefined {
  const { createdAt } = issue;
  const graceMinutes = context.thresholds.missingEstimateGraceMinutes;
  if (createdAt === undefined || createdAt < context.watchingSince) return undefined;
  if (context.now < createdAt + graceMinutes * MINUTE_MS || !lacksEstimate(issue, context)) return undefined;
  return {
    kind: 'missing-estimate',
    subject: issue.issueId,
    cause: 'created',
    severity: 'info',
    explanation: `${issue.issueKey} (${typeOf(issue)}) has no ${estimateName(context.estimation)} ${graceMinutes} minutes after it was created at ${utcMinute(createdAt)}.`,
    facts: { issueKey: issue.issueKey, estimation: context.estimation, createdAt, graceMinutes },
  };
}

function sprintLabel(sprintId: number, context: RuleContext): string {
  const name = context.sprintNames?.get(sprintId);
  return name === undefined ? String(sprintId) : `"${name}"`;
}

export function missingEstimateInSprint(issue: IssueFacts, context: RuleContext): Finding | undefined {
  const { sprintId } = issue;
  if (!context.activeSprintIds.has(sprintId) || !lacksEstimate(issue, context)) return undefined;
  return {
    kind: 'missing-estimate',
    subject: issue.issueId,
    cause: `sprint:${sprintId}`,
    severity: 'warning',
    explanation: `${issue.issueKey} (${typeOf(issue)}) is in active sprint ${sprintLabel(sprintId, context)} with no ${estimateName(context.estimation)}.`,
    facts: { issueKey: issue.issueKey, estimation: context.estimation, sprintId },
  };
}
