import { allSprints, syncedBoards } from '../sync/sprint-registry';
import { alertSettings, thresholdsFor, type AlertSettings } from './alert-settings';
import type { Estimation, RuleContext } from './model';
import { watchingSince } from './watching';

/** Jira's time-tracking field: a board that estimates with it estimates in time. */
const TIME_ESTIMATION_FIELD = 'timeoriginalestimate';

/** What every rule evaluation of one invocation shares; `forProject` gives a rule's context. */
export interface AlertEnvironment {
  settings: AlertSettings;
  watchingSince: number;
  activeSprintIds: ReadonlySet<number>;
  forProject(projectKey: string, now: number): RuleContext;
}

/**
 * Reads the settings, the sprints and the boards once. Undefined before the first full sync: the
 * app raises no alert about a site it has not read yet.
 */
export async function loadAlertEnvironment(): Promise<AlertEnvironment | undefined> {
  const since = await watchingSince();
  if (since === undefined) return undefined;
  const [settings, sprints, boards] = await Promise.all([alertSettings(), allSprints(), syncedBoards()]);
  const activeSprintIds = new Set(sprints.filter((s) => s.state === 'active').map((s) => s.id));
  const sprintNames = new Map(sprints.map((s) => [s.id, s.name]));
  const timeProjects = new Set(boards.filter((b) => b.estimationFieldId === TIME_ESTIMATION_FIELD && b.projectKey !== undefined).map((b) => b.projectKey));
  const estimationOf = (projectKey: string): Estimation => (timeProjects.has(projectKey) ? 'time' : 'points');
  return {
    settings,
    watchingSince: since,
    activeSprintIds,
    forProject: (projectKey, now) => ({ now, thresholds: thresholdsFor(settings, projectKey), estimation: estimationOf(projectKey), activeSprintIds, sprintNames, watchingSince: since }),
  };
}
