import { sprintSubject, type AlertThresholds, type Estimation, type Finding, type StatusCategory } from '../model';
import type { IssueTimeline } from './issue-timeline';
import type { AssigneeLoad, SprintCloseReport, SprintIssue, SprintStartReport, Workload } from './reports';
import { committedIssues, issueRef, sprintIssue, totalPoints } from './sprint-issues';
import { velocityBefore } from './velocity';

export interface StartedSprint {
  id: number;
  boardId: number;
  name: string;
  startedAt: number;
}

function addTo(load: Workload, points: number | undefined): void {
  load.issues += 1;
  load.points += points ?? 0;
}

function loadPerAssignee(committed: readonly IssueTimeline[], startedAt: number): { load: AssigneeLoad[]; unassigned: Workload } {
  const byAssignee = new Map<string, Workload>();
  const unassigned: Workload = { issues: 0, points: 0 };
  for (const issue of committed) {
    const assigneeId = issue.assigneeAt(startedAt);
    const points = issue.pointsAt(startedAt);
    if (assigneeId === undefined) {
      addTo(unassigned, points);
      continue;
    }
    const load = byAssignee.get(assigneeId) ?? { issues: 0, points: 0 };
    addTo(load, points);
    byAssignee.set(assigneeId, load);
  }
  const load = [...byAssignee].map(([assigneeId, work]) => ({ assigneeId, ...work })).sort((a, b) => (a.assigneeId < b.assigneeId ? -1 : 1));
  return { load, unassigned };
}

/** Estimated as docs/alerts.md says: points (0 included) in a points project, an original estimate in a time project. */
function estimatedAt(issue: IssueTimeline, t: number, estimation: Estimation): boolean {
  return (estimation === 'time' ? issue.originalEstimateAt(t) : issue.pointsAt(t)) !== undefined;
}

/**
 * Estimable as docs/alerts.md says: of one of the project's estimated types (the current type, see
 * `IssueNow.issueType`) and not done at t. A status of unknown category is not done.
 */
function estimableAt(issue: IssueTimeline, t: number, estimatedIssueTypes: readonly string[], categoryOfStatus: (statusId: string) => StatusCategory | undefined): boolean {
  if (issue.issueType === undefined || !estimatedIssueTypes.includes(issue.issueType)) return false;
  const statusId = issue.statusIdAt(t);
  return statusId === undefined || categoryOfStatus(statusId) !== 'done';
}

/**
 * What the sprint took on when it started, read at `startedAt` however late it is computed. Points
 * are story points whatever the estimation; `estimation` only decides which issues are unestimated.
 * Unestimated are the committed issues estimable and not estimated at the start: sub-tasks, epics
 * and issues already done are not expected to carry an estimate.
 */
export function sprintStartReport(
  sprint: StartedSprint,
  issues: readonly IssueTimeline[],
  previousCloseReports: readonly SprintCloseReport[],
  thresholds: Pick<AlertThresholds, 'velocitySprints' | 'estimatedIssueTypes'>,
  categoryOfStatus: (statusId: string) => StatusCategory | undefined,
  estimation: Estimation = 'points',
): SprintStartReport {
  const { startedAt } = sprint;
  const committed = committedIssues({ id: sprint.id }, startedAt, issues);
  const committedList: SprintIssue[] = committed.map((issue) => sprintIssue(issue, issue.pointsAt(startedAt)));
  const { velocity, sprintIds } = velocityBefore(sprint, previousCloseReports, thresholds.velocitySprints);
  const notEstimated = committed.filter(
    (issue) => estimableAt(issue, startedAt, thresholds.estimatedIssueTypes, categoryOfStatus) && !estimatedAt(issue, startedAt, estimation),
  );
  return {
    sprintId: sprint.id,
    boardId: sprint.boardId,
    sprintName: sprint.name,
    startedAt,
    committed: committedList,
    committedPoints: totalPoints(committedList),
    unestimated: notEstimated.map(issueRef),
    ...loadPerAssignee(committed, startedAt),
    ...(velocity === undefined ? {} : { velocity }),
    velocitySprintIds: sprintIds,
  };
}

/** Explanations show at most two decimals; a mean of points rarely needs more. */
function figure(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Sums of decimal points carry rounding noise, which must not turn "equal to the limit" into "over it". */
function exceeds(value: number, limit: number): boolean {
  return value - limit > 1e-9 * Math.max(1, Math.abs(limit));
}

function overcommitted(report: SprintStartReport, tolerance: number): Finding | undefined {
  const { velocity } = report;
  if (velocity === undefined) return undefined;
  const limit = velocity * (1 + tolerance);
  if (!exceeds(report.committedPoints, limit)) return undefined;
  const sprints = report.velocitySprintIds.length;
  return {
    kind: 'sprint-overcommitted',
    subject: sprintSubject(report.sprintId),
    cause: 'start',
    severity: 'warning',
    explanation: `Sprint "${report.sprintName}" started with ${figure(report.committedPoints)} committed points, more than its velocity of ${figure(velocity)} (mean of the last ${sprints} sprint${sprints === 1 ? '' : 's'}) plus ${figure(tolerance * 100)} %.`,
    facts: { sprintName: report.sprintName, committedPoints: report.committedPoints, velocity, velocityTolerance: tolerance, limit, velocitySprints: sprints },
  };
}

function unestimated(report: SprintStartReport): Finding | undefined {
  const count = report.unestimated.length;
  if (count === 0) return undefined;
  const keys = report.unestimated.map((issue) => issue.issueKey).join(', ');
  return {
    kind: 'sprint-unestimated',
    subject: sprintSubject(report.sprintId),
    cause: 'start',
    severity: 'warning',
    explanation: `Sprint "${report.sprintName}" started with ${count} of its ${report.committed.length} committed issues unestimated: ${keys}.`,
    facts: { sprintName: report.sprintName, unestimatedIssues: count, committedIssues: report.committed.length, issueKeys: keys },
  };
}

/** The sprint alerts a start report calls for (docs/alerts.md, "Sprints"). */
export function sprintStartFindings(report: SprintStartReport, thresholds: Pick<AlertThresholds, 'velocityTolerance'>): Finding[] {
  return [overcommitted(report, thresholds.velocityTolerance), unestimated(report)].filter((finding): finding is Finding => finding !== undefined);
}
