import type { Sprint } from '../../model/entities';
import { isoDate } from '../../render/refs';

/** The agile API's sprint (`SprintBean`): dates a sprint has not reached yet are left out, not null. */
export function sprintBean(siteUrl: string, sprint: Sprint): Record<string, unknown> {
  return {
    id: sprint.id,
    self: `${siteUrl}/rest/agile/1.0/sprint/${sprint.id}`,
    state: sprint.state,
    name: sprint.name,
    ...(sprint.startDate === null ? {} : { startDate: isoDate(sprint.startDate) }),
    ...(sprint.endDate === null ? {} : { endDate: isoDate(sprint.endDate) }),
    ...(sprint.completeDate === null ? {} : { completeDate: isoDate(sprint.completeDate) }),
    createdDate: isoDate(sprint.createdDate),
    originBoardId: sprint.boardId,
    goal: sprint.goal,
  };
}
