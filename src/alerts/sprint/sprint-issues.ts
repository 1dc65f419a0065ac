import type { IssueTimeline, SprintWindow } from './issue-timeline';
import type { IssueRef, SprintIssue } from './reports';

/** Numeric order, so PROJ-9 comes before PROJ-10 and a report reads like Jira's lists. */
const issueKeyOrder = new Intl.Collator('en', { numeric: true });

export function byIssueKey(a: IssueTimeline, b: IssueTimeline): number {
  return issueKeyOrder.compare(a.issueKey, b.issueKey);
}

export function issueRef(issue: IssueTimeline): IssueRef {
  return { issueId: issue.issueId, issueKey: issue.issueKey };
}

/** Points are left out rather than undefined, so the report reads back from JSON unchanged. */
export function sprintIssue(issue: IssueTimeline, points: number | undefined): SprintIssue {
  return points === undefined ? issueRef(issue) : { ...issueRef(issue), points };
}

/** Unestimated issues count for nothing. */
export function totalPoints(issues: ReadonlyArray<{ points?: number | undefined }>): number {
  return issues.reduce((sum, issue) => sum + (issue.points ?? 0), 0);
}

/** The issues in the sprint at its start, in key order. */
export function committedIssues(sprint: SprintWindow, startedAt: number, issues: readonly IssueTimeline[]): IssueTimeline[] {
  return issues.filter((issue) => issue.inSprintAt(sprint, startedAt)).sort(byIssueKey);
}
