/**
 * The vocabulary of alerts, as docs/alerts.md defines it. Rules are pure functions from these
 * facts (time included) to findings; the alert store turns findings into records.
 */

export type StatusCategory = 'new' | 'indeterminate' | 'done';

export type Severity = 'info' | 'warning';

/** Alerts about an issue's current state: resolved automatically when they stop holding. */
export const STATE_KINDS = ['missing-estimate', 'stuck', 'over-estimate', 'remaining-zero', 'unestimated-work'] as const;
/** Alerts about one event (a transition, a mention). */
export const EVENT_KINDS = ['reopened', 'moved-backwards', 'transition-skipped', 'mention'] as const;
/** Alerts about a sprint's start, resolved when it closes. */
export const SPRINT_KINDS = ['sprint-overcommitted', 'sprint-unestimated'] as const;

export type StateKind = (typeof STATE_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type SprintKind = (typeof SPRINT_KINDS)[number];
export type AlertKind = StateKind | EventKind | SprintKind;

export type Estimation = 'points' | 'time';

export interface AlertThresholds {
  estimatedIssueTypes: readonly string[];
  missingEstimateGraceMinutes: number;
  stuckDays: number;
  overEstimateRatio: number;
  skippedTransitions: ReadonlyArray<{ from: string; to: string }>;
  velocitySprints: number;
  velocityTolerance: number;
  notify: boolean;
  cooldownMinutes: number;
}

export const DEFAULT_THRESHOLDS: AlertThresholds = {
  estimatedIssueTypes: ['Story', 'Task', 'Bug'],
  missingEstimateGraceMinutes: 60,
  stuckDays: 5,
  overEstimateRatio: 1.2,
  skippedTransitions: [],
  velocitySprints: 3,
  velocityTolerance: 0.1,
  notify: false,
  cooldownMinutes: 60,
};

/** An issue as the state rules see it (from the mirror). Times are epoch ms, estimates seconds. */
export interface IssueFacts {
  issueId: string;
  issueKey: string;
  projectKey: string;
  issueType?: string | undefined;
  status?: string | undefined;
  statusCategory?: string | undefined;
  assigneeId?: string | undefined;
  /** The open sprint the issue is in; 0 for none. */
  sprintId: number;
  storyPoints?: number | undefined;
  originalEstimate?: number | undefined;
  remainingEstimate?: number | undefined;
  timeSpent?: number | undefined;
  createdAt?: number | undefined;
  /** Jira's `statuscategorychangedate`. */
  statusCategoryChangedAt?: number | undefined;
  deleted: boolean;
}

/** What the rules know besides the issue: the clock, the project's thresholds, the sprints. */
export interface RuleContext {
  now: number;
  thresholds: AlertThresholds;
  estimation: Estimation;
  activeSprintIds: ReadonlySet<number>;
  /** Names sprints in explanations; a sprint without a known name is shown by its id. */
  sprintNames?: ReadonlyMap<number, string>;
  /** When the app's first full sync started; event rules ignore earlier events. */
  watchingSince: number;
}

/** A rule's verdict that an alert should be open. */
export interface Finding {
  kind: AlertKind;
  /** The issue id, or `sprint:<id>`. */
  subject: string;
  cause: string;
  severity: Severity;
  /** One sentence a person understands without the docs. */
  explanation: string;
  facts: Readonly<Record<string, string | number | boolean>>;
}

export function dedupKey(finding: Pick<Finding, 'kind' | 'subject' | 'cause'>): string {
  return `${finding.kind}|${finding.subject}|${finding.cause}`;
}

export function sprintSubject(sprintId: number): string {
  return `sprint:${sprintId}`;
}
