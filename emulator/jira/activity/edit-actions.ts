import { mentionedAccountIds } from '../model/adf';
import { summary } from '../seed/text';
import { drawTarget, isEpic, isSubtask, issueAction, type Action } from './activity-context';
import { drawPoints, drawSeconds, originalEstimate, pointsChange, pointsField } from './estimates';
import { describe } from './text';

export const editSummary: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue) => !ctx.state.isDone(issue));
  if (target === undefined) return undefined;
  const title = summary(ctx.random, isEpic(ctx, target.issue));
  if (title === target.issue.summary) return undefined;
  ctx.state.editIssueFields(target.issue.id, { summary: title }, target.actorId, at);
  return issueAction('edit-summary', at, target);
};

/** A rewritten description, often pulling someone in with an @-mention. */
export const editDescription: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue) => !ctx.state.isDone(issue));
  if (target === undefined) return undefined;
  const mentioned = new Set(target.issue.description === null ? [] : mentionedAccountIds(target.issue.description));
  const candidates = target.view.people.filter((id) => !mentioned.has(id) && id !== target.actorId);
  const mention = candidates.length > 0 && ctx.random.chance(0.5) ? ctx.random.pick(candidates) : null;
  ctx.state.editIssueFields(target.issue.id, { description: describe(ctx.state, ctx.random, mention) }, target.actorId, at);
  return issueAction('edit-description', at, target);
};

/** Hands the issue to someone else, or now and then back to nobody. */
export const assign: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue) => !ctx.state.isDone(issue));
  if (target === undefined) return undefined;
  const current = target.issue.assigneeId;
  const unassign = current !== null && ctx.random.chance(0.1);
  const others = target.view.people.filter((id) => id !== current);
  if (!unassign && others.length === 0) return undefined;
  const assigneeId = unassign ? null : ctx.random.pick(others);
  ctx.state.editIssueFields(target.issue.id, { assigneeId }, target.actorId, at);
  return issueAction('assign', at, target);
};

/** Re-estimates with the board's estimation field, or sometimes (and on kanban, always) the original estimate. */
export const estimate: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue) => !ctx.state.isDone(issue) && !isEpic(ctx, issue));
  if (target === undefined) return undefined;
  const { issue } = target;
  const points = isSubtask(ctx, issue) ? undefined : pointsField(target.view.board);
  const changes =
    points !== undefined && ctx.random.chance(0.75)
      ? pointsChange(points, drawPoints(ctx.random, issue[points]))
      : originalEstimate(issue, drawSeconds(ctx.random, issue.originalEstimateSeconds));
  ctx.state.editIssueFields(issue.id, changes, target.actorId, at);
  return issueAction('estimate', at, target);
};

/** Rare: a duplicate or a mistake goes away, subtasks with it. */
export const deleteIssue: Action = (ctx, at) => {
  const target = drawTarget(ctx, () => true);
  if (target === undefined) return undefined;
  ctx.state.deleteIssue(target.issue.id, target.actorId, at);
  return issueAction('delete-issue', at, target);
};
