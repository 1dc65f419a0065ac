import { effectiveMapping } from '../fields/effective-mapping';
import type { JiraClient } from '../jira/client/jira-client';
import { searchIssues } from '../jira/endpoints/search-issues';
import { updatedOf } from '../jira/jira-time';
import { mirrorFields } from '../mirror/issue-from-jira';
import { mirrorIssueSchema } from '../mirror/mirror-issue';
import { entitiesAfter } from '../platform/entity-query';
import { readValue, writeValue } from '../platform/kvs-store';
import { featureOn, integrationSettings } from '../settings/integration-settings';
import { KEYS } from '../storage/keys';
import { sweepDeletions } from './deletion-sweep';
import { jqlTime, projectClause } from './jql-time';
import { queueMissingSprintReports, refreshBoardSprints, sprintsOf } from './board-sprints';
import { syncedBoards } from './sprint-registry';
import { syncStateSchema, type SyncedSprint, type SyncState } from './sync-records';
import { observeIssues } from '../alerts/observe';
import { observeSyncedIssues } from './observe-synced-issues';
import { upsertFromJira } from './upsert-from-jira';

/** Jira compares `updated` to the minute and search trails writes: every run looks this far behind the watermark. */
export const OVERLAP_MS = 5 * 60_000;
/** Jira reads at most 50 `reconcileIssues` at their latest version. */
const RECONCILE_LIMIT = 50;

export type IncrementalResult = { kind: 'synced'; recovered: number; read: number; deleted: number } | { kind: 'not-ready' } | { kind: 'out-of-time' };

/**
 * Reads every issue updated since the watermark (less the overlap) and brings the mirror to Jira's
 * version. What it had to change, the events had missed: counted as recovered. Then a slice of the
 * mirror is checked for issues Jira no longer has. The watermark moves only when the whole run
 * succeeded, to the newest `updated` it saw; a run out of time leaves where it got for the next.
 */
export async function runIncrementalSync(client: JiraClient, now: () => number, hasTime: () => boolean): Promise<IncrementalResult> {
  const state = await readValue(KEYS.syncState(), syncStateSchema);
  if (state === undefined) return { kind: 'not-ready' };
  const settings = await integrationSettings();
  const mapping = await effectiveMapping();
  const from = state.resume?.from ?? state.watermark;
  const jql = `updated >= ${jqlTime(from - OVERLAP_MS)}${projectClause(settings.projectKeys)} ORDER BY updated ASC`;
  const reconcileIssues = await recentlyChangedIds(from - OVERLAP_MS);
  // The description and the comments come with each issue, for the mention alerts the events may have missed.
  const fields = [...mirrorFields(mapping), 'description', ...(featureOn(settings, 'comments') ? ['comment'] : [])];
  let nextPageToken: string | undefined;
  let recovered = state.resume?.recovered ?? 0;
  let read = state.resume?.read ?? 0;
  let newest = from;
  do {
    if (!hasTime()) {
      await saveProgress(state, { from: newest, read, recovered });
      return { kind: 'out-of-time' };
    }
    const page = await searchIssues(client, { jql, fields, maxResults: 100, reconcileIssues, ...(nextPageToken === undefined ? {} : { nextPageToken }) });
    const upserted = await upsertFromJira(page.issues, mapping);
    await observeSyncedIssues(client, page.issues, upserted, { since: from - OVERLAP_MS, readComments: featureOn(settings, 'comments') }, now());
    recovered += upserted.filter(({ result }) => result === 'created' || result === 'updated').length;
    for (const issue of page.issues) newest = Math.max(newest, updatedOf(issue.fields) ?? 0);
    read += page.issues.length;
    nextPageToken = page.nextPageToken;
  } while (nextPageToken !== undefined);
  const sprints: SyncedSprint[] = [];
  for (const board of await syncedBoards()) if (sprintsOf(settings, board.id)) sprints.push(...(await refreshBoardSprints(client, board.id, now())));
  await queueMissingSprintReports(sprints);
  const sweep = await sweepDeletions(client, state.sweepAfter);
  // Jira sent no delete event the app heard: the deleted issues' alerts are closed here.
  await observeIssues(sweep.tombstoned.map(({ issueId, issue }) => ({ issueId, issue, mayHaveAlerts: true })), now());
  const at = now();
  const { resume: _finished, ...rest } = state;
  await writeValue(KEYS.syncState(), syncStateSchema, {
    ...rest,
    watermark: newest,
    lastRunAt: at,
    lastSuccessAt: at,
    lastRead: read,
    lastRecovered: recovered,
    totalRecovered: state.totalRecovered + recovered,
    sweepAfter: sweep.after,
    totalDeleted: state.totalDeleted + sweep.deleted,
  });
  return { kind: 'synced', recovered, read, deleted: sweep.deleted };
}

/**
 * Issues the mirror saw change since `since` (from events or the app's own writes), newest first:
 * search trails writes, so these are read at their latest version even when its index lags.
 */
async function recentlyChangedIds(since: number): Promise<number[]> {
  const recent = await entitiesAfter('mirror-issue', 'updatedAt', since, RECONCILE_LIMIT, mirrorIssueSchema, 'newest-first');
  return recent.map((entry) => Number(entry.key)).filter((id) => Number.isSafeInteger(id));
}

/** Issues are read oldest `updated` first, so all before `from` are upserted; the overlap covers ties. */
async function saveProgress(state: SyncState, resume: NonNullable<SyncState['resume']>): Promise<void> {
  await writeValue(KEYS.syncState(), syncStateSchema, { ...state, resume });
}
