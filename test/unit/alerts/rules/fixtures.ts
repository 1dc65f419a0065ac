import { DEFAULT_THRESHOLDS, type IssueFacts, type RuleContext } from '../../../../src/alerts/model';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** When the app started watching; NOW is ten days later. */
export const WATCHING_SINCE = Date.UTC(2026, 10, 2, 9, 0);
export const NOW = WATCHING_SINCE + 10 * DAY;
export const ACTIVE_SPRINT = 7;
export const FUTURE_SPRINT = 8;

/** An estimated Story in progress for a day, in no sprint, with no time tracked: no rule holds. */
export function issue(overrides: Partial<IssueFacts> = {}): IssueFacts {
  return {
    issueId: '10001',
    issueKey: 'SIAS-1',
    projectKey: 'SIAS',
    issueType: 'Story',
    status: 'In Progress',
    statusCategory: 'indeterminate',
    sprintId: 0,
    storyPoints: 3,
    createdAt: WATCHING_SINCE - DAY,
    statusCategoryChangedAt: NOW - DAY,
    deleted: false,
    ...overrides,
  };
}

export function context(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    now: NOW,
    thresholds: DEFAULT_THRESHOLDS,
    estimation: 'points',
    activeSprintIds: new Set([ACTIVE_SPRINT]),
    watchingSince: WATCHING_SINCE,
    ...overrides,
  };
}
