import type { StatusCategory } from '../model';
import type { IssueTimeline, SprintStint, SprintWindow } from './issue-timeline';
import type { AddedIssue, Reestimate, RemovedIssue, SprintCloseReport, SprintIssue } from './reports';
import { byIssueKey, committedIssues, issueRef, sprintIssue, totalPoints } from './sprint-issues';

export interface ClosedSprint {
  id: number;
  boardId: number;
  name: string;
  startedAt: number;
  completedAt: number;
}

/** Where an issue stood in the sprint between its start and its close. */
interface SprintCourse {
  issue: IssueTimeline;
  atStart: boolean;
  /** In S the instant before it closed: at `completedAt` itself S is closed. */
  atEnd: boolean;
  /** Stays in S that reach past the start, oldest first; none begins at or after the close. */
  stints: SprintStint[];
}

function courseOf(issue: IssueTimeline, window: SprintWindow, startedAt: number, completedAt: number): SprintCourse {
  return {
    issue,
    atStart: issue.inSprintAt(window, startedAt),
    atEnd: issue.inSprintJustBefore(window, completedAt),
    stints: issue.sprintStints(window).filter((stint) => stint.leftAt === undefined || stint.leftAt > startedAt),
  };
}

/** The first entry after the start, for an issue not there at the start; undefined for any other. */
function addedAt(course: SprintCourse, startedAt: number): number | undefined {
  return course.atStart ? undefined : course.stints.find((stint) => stint.enteredAt > startedAt)?.enteredAt;
}

function added(course: SprintCourse, startedAt: number): AddedIssue | undefined {
  const at = addedAt(course, startedAt);
  return at === undefined ? undefined : { ...sprintIssue(course.issue, course.issue.pointsAt(at)), addedAt: at };
}

/** An issue that was part of the sprint and was not in it when it closed; it left at the end of its last stay. */
function removed(course: SprintCourse, startedAt: number): RemovedIssue | undefined {
  const wasPart = course.atStart || addedAt(course, startedAt) !== undefined;
  const leftAt = course.stints.at(-1)?.leftAt;
  if (!wasPart || course.atEnd || leftAt === undefined) return undefined;
  return { ...sprintIssue(course.issue, course.issue.pointsAt(leftAt)), removedAt: leftAt, toSprintId: course.issue.sprintIdsAt(leftAt).at(-1) ?? 0 };
}

/**
 * Changes strictly inside the sprint: one at the start is part of the commitment, and from the close
 * on nobody is in S. The issue must be in S on both sides of the change: one made with the move that
 * adds or removes it is already in the points it was added or removed with.
 */
function reestimates(course: SprintCourse, window: SprintWindow, startedAt: number): Reestimate[] {
  const { issue } = course;
  return issue.pointsChanges
    .filter((change) => change.at > startedAt && issue.inSprintJustBefore(window, change.at) && issue.inSprintAt(window, change.at))
    .map((change) => ({
      ...issueRef(issue),
      at: change.at,
      ...(change.from === undefined ? {} : { from: change.from }),
      ...(change.to === undefined ? {} : { to: change.to }),
      delta: (change.to ?? 0) - (change.from ?? 0),
    }));
}

function present<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/**
 * What became of the sprint, from the changelog alone, so later edits never change it. The issues in
 * S at the close are read the instant before it (see `SprintCourse.atEnd`); their status and points
 * at `completedAt` itself.
 */
export function sprintCloseReport(sprint: ClosedSprint, issues: readonly IssueTimeline[], categoryOfStatus: (statusId: string) => StatusCategory | undefined): SprintCloseReport {
  const { startedAt, completedAt } = sprint;
  const window: SprintWindow = { id: sprint.id, completedAt };
  const courses = [...issues].sort(byIssueKey).map((issue) => courseOf(issue, window, startedAt, completedAt));
  const isDone = (issue: IssueTimeline): boolean => {
    const statusId = issue.statusIdAt(completedAt);
    return statusId !== undefined && categoryOfStatus(statusId) === 'done';
  };
  const atEnd = courses.filter((course) => course.atEnd).map((course) => course.issue);
  const atCompletion = (issue: IssueTimeline): SprintIssue => sprintIssue(issue, issue.pointsAt(completedAt));

  const committed = committedIssues(window, startedAt, issues).map((issue) => sprintIssue(issue, issue.pointsAt(startedAt)));
  const completed = atEnd.filter(isDone).map(atCompletion);
  const addedIssues = courses.map((course) => added(course, startedAt)).filter(present);
  const removedIssues = courses.map((course) => removed(course, startedAt)).filter(present);
  const changes = courses.flatMap((course) => reestimates(course, window, startedAt)).sort((a, b) => a.at - b.at);
  const carryOver = atEnd.filter((issue) => !isDone(issue)).map(atCompletion);
  const committedPoints = totalPoints(committed);
  const completedPoints = totalPoints(completed);
  return {
    sprintId: sprint.id,
    boardId: sprint.boardId,
    sprintName: sprint.name,
    startedAt,
    completedAt,
    committed,
    committedPoints,
    completed,
    completedPoints,
    added: addedIssues,
    addedPoints: totalPoints(addedIssues),
    removed: removedIssues,
    removedPoints: totalPoints(removedIssues),
    reestimates: changes,
    reestimateDelta: changes.reduce((sum, change) => sum + change.delta, 0),
    carryOver,
    carryOverPoints: totalPoints(carryOver),
    ...(committedPoints === 0 ? {} : { completionRatio: completedPoints / committedPoints }),
  };
}
