import type { Board, Sprint } from '../model/entities';
import type { JiraSiteState } from '../model/site-state';
import type { Random } from './random';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
const SPRINT_LENGTH = 14 * DAY;
/** 14 closed two-week sprints plus half the active one reach back more than six months. */
const CLOSED_SPRINTS = 14;

const GOALS = ['Ship the onboarding flow', 'Stabilise the release pipeline', 'Pay down alerting debt', 'Beta feedback fixes', 'Performance pass', ''];

export interface PlannedSprint {
  sprint: Sprint;
  start: number;
  end: number;
}

/** How far back seeded history reaches. */
export function historyStart(now: number): number {
  return now - (CLOSED_SPRINTS * 14 + 14) * DAY;
}

/**
 * Two-week sprints for a scrum board: closed ones, exactly one active around `now`, then one or two
 * future ones. Boards are staggered by a day so their sprint boundaries differ. Sprints are created
 * in the store as future; the timeline starts and closes them.
 */
export function planSprints(state: JiraSiteState, random: Random, board: Board, boardIndex: number, now: number, projectKey: string): PlannedSprint[] {
  const activeStart = now - 7 * DAY + (boardIndex % 4) * DAY - HOUR * 3;
  const count = CLOSED_SPRINTS + 1 + random.int(1, 2);
  const planned: PlannedSprint[] = [];
  for (let k = 0; k < count; k++) {
    const start = activeStart + (k - CLOSED_SPRINTS) * SPRINT_LENGTH;
    const end = start + SPRINT_LENGTH - HOUR;
    const sprint = state.createSprint({
      boardId: board.id,
      name: `${projectKey} Sprint ${k + 1}`,
      goal: random.pick(GOALS),
      createdDate: Math.min(start - SPRINT_LENGTH, activeStart + DAY),
      startDate: null,
      endDate: null,
    });
    planned.push({ sprint, start, end });
  }
  return planned;
}
