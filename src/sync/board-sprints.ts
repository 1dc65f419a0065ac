import { watchingSince } from '../alerts/watching';
import type { JiraClient } from '../jira/client/jira-client';
import { getBoardSprints } from '../jira/endpoints/get-board-sprints';
import type { Job } from '../jobs/job';
import { readValue, writeValue } from '../platform/kvs-store';
import { pushToQueue, QUEUES } from '../platform/queues';
import { featureOn, type IntegrationSettings } from '../settings/integration-settings';
import { KEYS } from '../storage/keys';
import { sprintCloseReportSchema, sprintStartReportSchema } from '../alerts/sprint/reports';
import { syncedSprintsSchema, type SyncedSprint } from './sync-records';
import { syncedSprintOf } from './synced-sprint';

const DAY = 86_400_000;
/** The original design: sprints of the last 6 months. */
const SPRINTS_WINDOW_MS = 183 * DAY;

/** Whether the app follows this board's sprints: the feature is on, and the board is chosen (or none is). */
export function sprintsOf(settings: IntegrationSettings, boardId: number): boolean {
  return featureOn(settings, 'sprints') && (settings.sprintBoards.length === 0 || settings.sprintBoards.includes(boardId));
}

/** A board's active, future and recent closed sprints, read from Jira and stored as its list. */
export async function refreshBoardSprints(client: JiraClient, boardId: number, now: number): Promise<SyncedSprint[]> {
  const sprints = (await getBoardSprints(client, boardId, ['active', 'future', 'closed'])).map((sprint) => syncedSprintOf(sprint, boardId));
  const recent = sprints.filter((s) => s.state !== 'closed' || (s.completeDate ?? s.endDate ?? 0) >= now - SPRINTS_WINDOW_MS);
  await writeValue(KEYS.syncedSprints(boardId), syncedSprintsSchema, recent);
  return recent;
}

/**
 * Sprints whose report is due but missing (a sprint event lost, or a sprint already running when
 * the app started watching) get a job to freeze it; reports are computed from the changelog, so a
 * late one is the same as a timely one.
 */
export async function queueMissingSprintReports(sprints: readonly SyncedSprint[]): Promise<void> {
  const since = await watchingSince();
  if (since === undefined) return;
  const jobs: Job[] = [];
  for (const sprint of sprints) {
    if (sprint.state === 'active' && (await readValue(KEYS.sprintStartReport(sprint.id), sprintStartReportSchema)) === undefined) {
      jobs.push({ v: 1, kind: 'sprint-report', sprintId: sprint.id, moment: 'start' });
    }
    if (sprint.state === 'closed' && (sprint.completeDate ?? 0) >= since && (await readValue(KEYS.sprintCloseReport(sprint.id), sprintCloseReportSchema)) === undefined) {
      jobs.push({ v: 1, kind: 'sprint-report', sprintId: sprint.id, moment: 'close' });
    }
  }
  if (jobs.length > 0) await pushToQueue(QUEUES.jobs, jobs);
}
