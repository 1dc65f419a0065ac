import type { Sprint } from '../model/entities';
import { boardSprints, drawTarget, isEpic, isSubtask, issueAction, openSprintOf, type Action } from './activity-context';

/**
 * Backlog grooming and scope changes: an issue moves between the active sprint, a future one and
 * the backlog. Subtasks follow their parent, so only standard issues are moved.
 */
export const moveSprint: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue, view) => view.board?.type === 'scrum' && !ctx.state.isDone(issue) && !isEpic(ctx, issue) && !isSubtask(ctx, issue));
  const board = target?.view.board;
  if (target === undefined || board === undefined) return undefined;
  const { active, future } = boardSprints(ctx, board.id);
  const current = openSprintOf(ctx, target.issue);
  const sprints = [active, ...future.slice(0, 2)].filter((sprint): sprint is Sprint => sprint !== undefined && sprint.id !== current?.id);
  // Undefined is the backlog, a destination only for issues in a sprint.
  const choices: Array<Sprint | undefined> = current === undefined ? sprints : [...sprints, undefined];
  if (choices.length === 0) return undefined;
  const destination = ctx.random.pick(choices);
  // The Sprint field keeps closed sprints; only the open one is replaced.
  const closed = target.issue.sprintIds.filter((id) => ctx.state.sprints.get(id)?.state === 'closed');
  const sprintIds = destination === undefined ? closed : [...closed, destination.id];
  if (ctx.state.editIssueFields(target.issue.id, { sprintIds }, target.actorId, at) === null) return undefined;
  return issueAction('move-sprint', at, target, destination?.id ?? null);
};
