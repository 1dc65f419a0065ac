import type { SprintCloseReport } from './reports';

export interface Velocity {
  /** Mean completed points; undefined when no close report qualifies. */
  velocity: number | undefined;
  /** The sprints it is the mean of, latest first. */
  sprintIds: number[];
}

/**
 * The mean completed points of the board's last `sprintCount` sprints closed by the time this one
 * started (the sprint itself among the later ones). Later closes are left out so that a report
 * computed late says what it would have said on time.
 */
export function velocityBefore(sprint: { boardId: number; startedAt: number }, closeReports: readonly SprintCloseReport[], sprintCount: number): Velocity {
  const last = closeReports
    .filter((report) => report.boardId === sprint.boardId && report.completedAt <= sprint.startedAt)
    .sort((a, b) => b.completedAt - a.completedAt || b.sprintId - a.sprintId)
    .slice(0, Math.max(0, sprintCount));
  const velocity = last.length === 0 ? undefined : last.reduce((sum, report) => sum + report.completedPoints, 0) / last.length;
  return { velocity, sprintIds: last.map((report) => report.sprintId) };
}
