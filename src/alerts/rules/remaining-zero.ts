import type { Finding, IssueFacts } from '../model';
import { hours } from './format';

/** Work logged on an issue with nothing left to do, yet not done: its remaining estimate is stale. */
export function remainingZeroFinding(issue: IssueFacts): Finding | undefined {
  const { remainingEstimate, timeSpent } = issue;
  if (remainingEstimate !== 0 || issue.statusCategory === 'done') return undefined;
  if (timeSpent === undefined || !(timeSpent > 0)) return undefined;
  return {
    kind: 'remaining-zero',
    subject: issue.issueId,
    cause: 'time',
    severity: 'info',
    explanation: `${issue.issueKey} has ${hours(0)} remaining and ${hours(timeSpent)} logged, but is not done.`,
    facts: { issueKey: issue.issueKey, remainingEstimate, timeSpent },
  };
}
