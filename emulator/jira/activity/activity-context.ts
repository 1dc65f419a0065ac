import type { Sprint } from '../model/entities';
import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import type { Random } from '../seed/random';
import type { ActionKind, AppliedAction } from './applied-action';
import type { ProjectView } from './project-views';
import type { WorkingSet } from './working-set';

/** What every action reads and draws from. */
export interface ActivityContext {
  state: JiraSiteState;
  random: Random;
  views: ReadonlyMap<string, ProjectView>;
  /** Where new issues go: busy projects get more. */
  projectWeights: ReadonlyArray<readonly [ProjectView, number]>;
  work: WorkingSet;
}

/** One action at `at`; undefined when the site offers nothing to act on. */
export type Action = (ctx: ActivityContext, at: number) => AppliedAction | undefined;

export interface Target {
  issue: Issue;
  view: ProjectView;
  actorId: string;
}

/** A live issue in a project the actors can work in, with who acts on it. */
export function drawTarget(ctx: ActivityContext, accept: (issue: Issue, view: ProjectView) => boolean): Target | undefined {
  let view: ProjectView | undefined;
  const issue = ctx.work.draw((candidate) => {
    view = ctx.views.get(candidate.projectId);
    return view !== undefined && accept(candidate, view);
  });
  if (issue === undefined || view === undefined) return undefined;
  return { issue, view, actorId: ctx.random.pick(view.actors) };
}

export function issueAction(kind: ActionKind, at: number, target: Target, sprintId: number | null = null): AppliedAction {
  return { kind, at, actorId: target.actorId, issueId: target.issue.id, key: target.issue.key, sprintId };
}

export function isSubtask(ctx: ActivityContext, issue: Issue): boolean {
  return ctx.state.issueTypes.get(issue.issueTypeId)?.subtask === true;
}

export function isEpic(ctx: ActivityContext, issue: Issue): boolean {
  return ctx.state.issueTypes.get(issue.issueTypeId)?.hierarchyLevel === 1;
}

/** The sprint the issue is in now: the last of its Sprint field, unless that one is closed. */
export function openSprintOf(ctx: ActivityContext, issue: Issue): Sprint | undefined {
  const last = issue.sprintIds[issue.sprintIds.length - 1];
  const sprint = last === undefined ? undefined : ctx.state.sprints.get(last);
  return sprint?.state === 'closed' ? undefined : sprint;
}

/** The board's active sprint and its future ones, soonest first. */
export function boardSprints(ctx: ActivityContext, boardId: number): { active: Sprint | undefined; future: Sprint[] } {
  const sprints = ctx.state.sprintsOfBoard(boardId).sort((a, b) => a.id - b.id);
  return { active: sprints.find((s) => s.state === 'active'), future: sprints.filter((s) => s.state === 'future') };
}
