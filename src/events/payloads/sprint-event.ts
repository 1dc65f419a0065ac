import { z } from 'zod';
import { eventBaseOf, eventBaseShape } from './event-base';
import { SPRINT_EVENT_TYPES } from './event-types';
import { agileId, jiraTime, optional } from './primitives';
import type { SprintEvent, SprintFields } from './types';

/** Lower case in the events and REST; upper case in the sprint custom field's text, so both are read. */
const sprintState = z.preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(['future', 'active', 'closed']));

const sprintFieldsShape = {
  originBoardId: optional(agileId),
  name: optional(z.string()),
  state: optional(sprintState),
  goal: optional(z.string()),
  startDate: optional(jiraTime),
  endDate: optional(jiraTime),
  completeDate: optional(jiraTime),
  createDate: optional(jiraTime),
  createdDate: optional(jiraTime),
};

type ParsedSprintFields = z.output<z.ZodObject<typeof sprintFieldsShape>>;

function sprintFieldsOf(sprint: ParsedSprintFields): SprintFields {
  return {
    originBoardId: sprint.originBoardId,
    name: sprint.name,
    state: sprint.state,
    goal: sprint.goal,
    startDate: sprint.startDate,
    endDate: sprint.endDate,
    completeDate: sprint.completeDate,
    createdDate: sprint.createDate ?? sprint.createdDate,
  };
}

export const sprintEventSchema = z
  .looseObject({
    ...eventBaseShape(SPRINT_EVENT_TYPES),
    sprint: z.looseObject({ id: agileId, ...sprintFieldsShape }),
    // Only the fields that changed, so no id and nothing required.
    oldValue: optional(z.looseObject(sprintFieldsShape)),
  })
  .transform(
    (event): SprintEvent => ({
      family: 'sprint',
      ...eventBaseOf(event),
      sprint: { id: event.sprint.id, ...sprintFieldsOf(event.sprint) },
      previous: event.oldValue === undefined ? undefined : sprintFieldsOf(event.oldValue),
    }),
  );
