import type { Issue } from '../model/issue';
import { drawTarget, isEpic, issueAction, openSprintOf, type Action, type ActivityContext } from './activity-context';
import type { ProjectView } from './project-views';

/** Work moves one column on, mostly; sometimes back a column (review bounced, started too early). */
export const transition: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue, view) => !ctx.state.isDone(issue) && inPlay(ctx, issue, view));
  if (target === undefined) return undefined;
  const { statusIds } = target.view;
  const index = statusIds.indexOf(target.issue.statusId);
  const back = index > 0 && ctx.random.chance(0.15);
  const statusId = statusIds[back ? index - 1 : index + 1];
  if (statusId === undefined) return undefined;
  ctx.state.transitionIssue(target.issue.id, statusId, target.actorId, at);
  return issueAction('transition', at, target);
};

/** A done issue turns out not to be: back to To Do, or straight back into progress. */
export const reopen: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue) => ctx.state.isDone(issue));
  if (target === undefined) return undefined;
  const statusId = ctx.random.chance(0.6) ? target.view.todo : target.view.inProgress;
  ctx.state.transitionIssue(target.issue.id, statusId, target.actorId, at);
  return issueAction('reopen', at, target);
};

/** On scrum boards people start what is in the running sprint; epics and kanban work have no sprint to wait for. */
function inPlay(ctx: ActivityContext, issue: Issue, view: ProjectView): boolean {
  if (view.board?.type !== 'scrum' || isEpic(ctx, issue)) return true;
  return openSprintOf(ctx, issue)?.state === 'active' || issue.statusId !== view.todo;
}
