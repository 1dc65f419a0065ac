import type { AppliedAction } from './applied-action';
import { boardSprints, type ActivityContext } from './activity-context';
import { activityLevel } from './working-hours';

const SPRINT_LENGTH = 14 * 86_400_000;
/** Teams keep the next two sprints planned. */
const PLANNED_AHEAD = 2;
const GOALS = ['Finish the checkout rework', 'Cut p95 latency', 'Close out the beta bugs', ''];

/**
 * The one sprint ritual due at `at`, if any, board by board: close the active sprint once its end
 * date has passed (unfinished work to the next sprint, now and then to the backlog), start the next,
 * and keep two future sprints planned. Jira allows one active sprint per board; this never asks for two.
 */
export function dueSprintRitual(ctx: ActivityContext, at: number): AppliedAction | undefined {
  // Sprint reviews and planning happen in working hours, so a sprint ending at night closes next morning.
  if (activityLevel(at) < 1) return undefined;
  for (const view of ctx.views.values()) {
    const board = view.board;
    if (board?.type !== 'scrum') continue;
    const { active, future } = boardSprints(ctx, board.id);
    const next = future[0];
    const actorId = view.actors.includes(view.project.leadAccountId) ? view.project.leadAccountId : (view.actors[0] as string);
    const ritual = { at, actorId, issueId: null, key: null };
    if (next === undefined || future.length < PLANNED_AHEAD) return { ...ritual, kind: 'create-sprint', sprintId: planSprint(ctx, board.id, view.project.key, at, actorId) };
    if (active !== undefined && active.endDate !== null && active.endDate <= at) {
      ctx.state.closeSprint(active.id, actorId, at, ctx.random.chance(0.85) ? next.id : null);
      return { ...ritual, kind: 'close-sprint', sprintId: active.id };
    }
    if (active === undefined) {
      ctx.state.startSprint(next.id, at, at + SPRINT_LENGTH, actorId, at);
      return { ...ritual, kind: 'start-sprint', sprintId: next.id };
    }
  }
  return undefined;
}

function planSprint(ctx: ActivityContext, boardId: number, projectKey: string, at: number, actorId: string): number {
  const number = ctx.state.sprintsOfBoard(boardId).length + 1;
  const sprint = ctx.state.createSprint({ boardId, name: `${projectKey} Sprint ${number}`, goal: ctx.random.pick(GOALS), createdDate: at, startDate: null, endDate: null }, actorId);
  return sprint.id;
}
