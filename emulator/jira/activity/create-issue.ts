import type { IssueType } from '../model/entities';
import type { Issue, NewIssue } from '../model/issue';
import { LABELS, summary } from '../seed/text';
import { boardSprints, type Action, type ActivityContext } from './activity-context';
import { drawPoints, drawSeconds, pointsField } from './estimates';
import type { ProjectView } from './project-views';
import { describe } from './text';

const TYPE_WEIGHTS: ReadonlyArray<readonly [IssueType['name'], number]> = [['Story', 40], ['Task', 25], ['Bug', 20], ['Subtask', 10], ['Epic', 5]];

/** A new issue of a random type: sometimes estimated, sometimes straight into the active sprint (scope creep). */
export const createIssue: Action = (ctx, at) => {
  const { random, state } = ctx;
  const view = random.weighted(ctx.projectWeights);
  let typeName = random.weighted(TYPE_WEIGHTS);
  let parent: Issue | undefined;
  if (typeName === 'Subtask') {
    parent = drawInProject(ctx, view, (issue) => state.issueTypes.get(issue.issueTypeId)?.hierarchyLevel === 0);
    if (parent === undefined) typeName = 'Task';
  } else if (typeName !== 'Epic' && random.chance(0.4)) {
    parent = drawInProject(ctx, view, (issue) => state.issueTypes.get(issue.issueTypeId)?.hierarchyLevel === 1);
  }
  const issueTypeId = view.types[typeName];
  if (issueTypeId === undefined) return undefined;

  const { sprintIds, sprintId } = placement(ctx, view, typeName, parent);
  const fields: NewIssue = { projectId: view.project.id, issueTypeId, summary: summary(random, typeName === 'Epic'), statusId: view.todo, sprintIds, priorityId: drawPriority(ctx) };
  if (parent !== undefined) fields.parentId = parent.id;
  if (random.chance(0.7)) fields.description = describe(state, random, random.chance(0.15) ? random.pick(view.people) : null);
  if (random.chance(0.4)) fields.assigneeId = random.pick(view.people);
  if (random.chance(0.25)) fields.labels = [random.pick(LABELS)];
  if (typeName !== 'Subtask' && state.teams.size > 0 && random.chance(0.5)) fields.teamId = random.pick([...state.teams.keys()]);
  const points = pointsField(view.board);
  if (points !== undefined && typeName !== 'Epic' && typeName !== 'Subtask' && random.chance(0.5)) fields[points] = drawPoints(random);
  if (typeName !== 'Epic' && random.chance(typeName === 'Subtask' ? 0.4 : 0.15)) {
    const seconds = drawSeconds(random);
    fields.originalEstimateSeconds = seconds;
    fields.remainingEstimateSeconds = seconds;
  }

  const actorId = random.pick(view.actors);
  const issue = state.createIssue(fields, actorId, at);
  ctx.work.add(issue.id);
  return { kind: 'create-issue', at, actorId, issueId: issue.id, key: issue.key, sprintId };
};

/** Subtasks share their parent's sprints; other work lands in the active sprint, the next one, or the backlog. */
function placement(ctx: ActivityContext, view: ProjectView, typeName: IssueType['name'], parent: Issue | undefined): { sprintIds: number[]; sprintId: number | null } {
  if (typeName === 'Subtask') return { sprintIds: [...(parent?.sprintIds ?? [])], sprintId: null };
  if (typeName === 'Epic' || view.board?.type !== 'scrum') return { sprintIds: [], sprintId: null };
  const { active, future } = boardSprints(ctx, view.board.id);
  const roll = ctx.random.float();
  const sprint = roll < 0.2 ? active : roll < 0.55 ? future[0] : undefined;
  return sprint === undefined ? { sprintIds: [], sprintId: null } : { sprintIds: [sprint.id], sprintId: sprint.id };
}

function drawInProject(ctx: ActivityContext, view: ProjectView, accept: (issue: Issue) => boolean): Issue | undefined {
  return ctx.work.draw((issue) => issue.projectId === view.project.id && !ctx.state.isDone(issue) && accept(issue));
}

/** Most issues keep the default priority. */
function drawPriority(ctx: ActivityContext): string {
  return ctx.random.weighted([...ctx.state.priorities.values()].map((p) => [p.id, p.isDefault ? 6 : 1] as const));
}
