import { mentionedAccountIds } from '../model/adf';
import { commentBody } from '../seed/text';
import { drawTarget, issueAction, type Action } from './activity-context';
import { amend } from './text';

const HOUR = 3_600_000;

/** A comment, often addressed to a colleague with an @-mention. */
export const comment: Action = (ctx, at) => {
  const target = drawTarget(ctx, () => true);
  if (target === undefined) return undefined;
  const mention = ctx.random.chance(0.35) ? (ctx.state.users.get(ctx.random.pick(target.view.people)) ?? null) : null;
  ctx.state.addComment(target.issue.id, commentBody(ctx.random, mention), target.actorId, at);
  return issueAction('comment', at, target);
};

/** Someone amends a recent comment, their own if they can, sometimes pulling in a new person. */
export const editComment: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue) => issue.comments.length > 0);
  if (target === undefined) return undefined;
  const { issue, view } = target;
  const edited = ctx.random.pick(issue.comments.slice(-5));
  const actorId = view.actors.includes(edited.authorId) ? edited.authorId : target.actorId;
  const already = new Set(mentionedAccountIds(edited.body));
  const newcomers = view.people.filter((id) => !already.has(id));
  const mention = newcomers.length > 0 && ctx.random.chance(0.4) ? ctx.random.pick(newcomers) : null;
  ctx.state.editComment(issue.id, edited.id, amend(ctx.state, ctx.random, edited.body, mention), actorId, at);
  return issueAction('edit-comment', at, { ...target, actorId });
};

/** Work logged on something in progress: usually a few hours, sometimes enough to overrun the estimate. */
export const logWork: Action = (ctx, at) => {
  const target = drawTarget(ctx, (issue) => ctx.state.statuses.get(issue.statusId)?.category === 'indeterminate');
  if (target === undefined) return undefined;
  const { issue } = target;
  const remaining = issue.remainingEstimateSeconds;
  const overrun = remaining !== null && ctx.random.chance(0.2);
  const timeSpentSeconds = overrun ? remaining + ctx.random.int(1, 8) * 1800 : ctx.random.int(1, 8) * 1800;
  const started = Math.max(issue.created, at - timeSpentSeconds * 1000 - ctx.random.int(0, 4) * HOUR);
  ctx.state.addWorklog(issue.id, { started, timeSpentSeconds }, target.actorId, at);
  return issueAction('log-work', at, target);
};
