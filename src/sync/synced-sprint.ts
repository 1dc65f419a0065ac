import type { Sprint } from '../jira/endpoints/schemas/sprint';
import { parseJiraTime } from '../jira/jira-time';
import type { SyncedSprint } from './sync-records';

/** A sprint as Jira's agile API returns it, reduced to what the app keeps. */
export function syncedSprintOf(sprint: Sprint, boardId: number): SyncedSprint {
  const startDate = parseJiraTime(sprint.startDate);
  const endDate = parseJiraTime(sprint.endDate);
  const completeDate = parseJiraTime(sprint.completeDate);
  return {
    id: sprint.id,
    boardId,
    name: sprint.name,
    state: sprint.state,
    ...(startDate === undefined ? {} : { startDate }),
    ...(endDate === undefined ? {} : { endDate }),
    ...(completeDate === undefined ? {} : { completeDate }),
  };
}
