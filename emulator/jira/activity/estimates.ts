import type { Board } from '../model/entities';
import { CUSTOM_FIELD_IDS } from '../model/fields';
import type { Issue, IssueChanges } from '../model/issue';
import type { Random } from '../seed/random';

/** Planning-poker values, the middle ones most used. */
const POINTS: ReadonlyArray<readonly [number, number]> = [[1, 3], [2, 4], [3, 5], [5, 4], [8, 2], [13, 1]];

export type PointsField = 'storyPoints' | 'storyPointEstimate';

/** The issue field behind the board's estimation field; undefined when the board has none (kanban). */
export function pointsField(board: Board | undefined): PointsField | undefined {
  if (board?.estimationFieldId === CUSTOM_FIELD_IDS.storyPoints) return 'storyPoints';
  if (board?.estimationFieldId === CUSTOM_FIELD_IDS.storyPointEstimate) return 'storyPointEstimate';
  return undefined;
}

export function pointsChange(field: PointsField, value: number): IssueChanges {
  return field === 'storyPoints' ? { storyPoints: value } : { storyPointEstimate: value };
}

/** A points value other than `current`, so a re-estimate always changes something. */
export function drawPoints(random: Random, current: number | null = null): number {
  const choices = POINTS.filter(([value]) => value !== current);
  return random.weighted(choices);
}

/** Half-hour steps from half an hour to two days of work. */
export function drawSeconds(random: Random, current: number | null = null): number {
  const seconds = random.int(1, 32) * 1800;
  return seconds === current ? seconds + 1800 : seconds;
}

/** The original estimate, moving the remaining one along while no work is logged, as Jira's time tracking does. */
export function originalEstimate(issue: Pick<Issue, 'remainingEstimateSeconds' | 'timeSpentSeconds'>, seconds: number): IssueChanges {
  return issue.timeSpentSeconds === null || issue.remainingEstimateSeconds === null
    ? { originalEstimateSeconds: seconds, remainingEstimateSeconds: seconds }
    : { originalEstimateSeconds: seconds };
}
