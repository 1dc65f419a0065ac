import type { Finding, IssueFacts, RuleContext } from '../model';
import { utcMinute } from './format';

const DAY_MS = 86_400_000;

/** The cause names the moment the issue entered the category, so each stay in progress is its own alert. */
export function stuckFinding(issue: IssueFacts, context: RuleContext): Finding | undefined {
  const since = issue.statusCategoryChangedAt;
  const { stuckDays } = context.thresholds;
  if (issue.statusCategory !== 'indeterminate' || since === undefined) return undefined;
  if (context.now - since <= stuckDays * DAY_MS) return undefined;
  const status = issue.status === undefined ? '' : ` (status "${issue.status}")`;
  return {
    kind: 'stuck',
    subject: issue.issueId,
    cause: `since:${since}`,
    severity: 'warning',
    explanation: `${issue.issueKey} has been in progress${status} since ${utcMinute(since)}, more than ${stuckDays} days.`,
    facts: { issueKey: issue.issueKey, since, stuckDays, ...(issue.status === undefined ? {} : { status: issue.status }) },
  };
}
