import type { Finding, IssueFacts, RuleContext } from '../model';
import { hours } from './format';

/**
 * A ratio such as 1.15 has no exact binary form, so 100 × 1.15 computes as 114.999…; without this
 * margin a time spent exactly at the limit would count as over it.
 */
const RELATIVE_MARGIN = 1e-9;

export function overEstimateFinding(issue: IssueFacts, context: RuleContext): Finding | undefined {
  const { originalEstimate, timeSpent } = issue;
  const ratio = context.thresholds.overEstimateRatio;
  if (originalEstimate === undefined || timeSpent === undefined || !(originalEstimate > 0)) return undefined;
  if (!(timeSpent > originalEstimate * ratio * (1 + RELATIVE_MARGIN))) return undefined;
  return {
    kind: 'over-estimate',
    subject: issue.issueId,
    cause: 'time',
    severity: 'warning',
    explanation: `${issue.issueKey} has ${hours(timeSpent)} logged against an original estimate of ${hours(originalEstimate)}, more than ${ratio} times the estimate.`,
    facts: { issueKey: issue.issueKey, originalEstimate, timeSpent, overEstimateRatio: ratio },
  };
}
