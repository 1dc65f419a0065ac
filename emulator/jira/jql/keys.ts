import type { Issue } from '../model/issue';

const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;

/** Whether the text has an issue key's shape (project key, dash, number); JQL accepts it in any case. */
export function isIssueKey(text: string): boolean {
  return ISSUE_KEY.test(text);
}

export function projectKeyOf(issue: Issue): string {
  return issue.key.slice(0, issue.key.lastIndexOf('-'));
}

export function keyNumber(issue: Issue): number {
  return Number(issue.key.slice(issue.key.lastIndexOf('-') + 1));
}
