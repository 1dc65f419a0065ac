import type { Finding, IssueFacts, RuleContext } from '../model';
import { estimateName, isEstimable, isEstimated } from './estimation';
import { hours } from './format';

export function unestimatedWorkFinding(issue: IssueFacts, context: RuleContext): Finding | undefined {
  const { timeSpent } = issue;
  if (timeSpent === undefined || !(timeSpent > 0)) return undefined;
  if (!isEstimable(issue, context.thresholds) || isEstimated(issue, context.estimation)) return undefined;
  return {
    kind: 'unestimated-work',
    subject: issue.issueId,
    cause: 'time',
    severity: 'info',
    explanation: `${issue.issueKey} has ${hours(timeSpent)} logged but no ${estimateName(context.estimation)}.`,
    facts: { issueKey: issue.issueKey, estimation: context.estimation, timeSpent },
  };
}
