import { effectiveMapping } from '../fields/effective-mapping';
import type { JiraClient } from '../jira/client/jira-client';
import { searchIssues } from '../jira/endpoints/search-issues';
import { updatedOf } from '../jira/jira-time';
import { mirrorFields } from '../mirror/issue-from-jira';
import { readValue, writeValue } from '../platform/kvs-store';
import { integrationSettings } from '../settings/integration-settings';
import { KEYS } from '../storage/keys';
import { sweepDeletions } from './deletion-sweep';
import { jqlTime, projectClause } from './jql-time';
import { syncStateSchema } from './sync-records';
import { upsertFromJira } from './upsert-from-jira';

/** Jira compares `updated` to the minute and search trails writes: every run looks this far behind the watermark. */
export const OVERLAP_MS = 5 * 60_000;

export type IncrementalResult = { kind: 'synced'; recovered: number; read: number; deleted: number } | { kind: 'not-ready' } | { kind: 'out-of-time' };

/**
 * Reads every issue updated since the watermark (less the overlap) and brings the mirror to Jira's
 * version. What it had to change, the events had missed: counted as recovered. Then a slice of the
 * mirror is checked for issues Jira no longer has. The watermark moves only when the whole run
 * succeeded, to the newest `updated` it saw.
 */
export async function runIncrementalSync(client: JiraClient, now: () => number, hasTime: () => boolean): Promise<IncrementalResult> {
  const state = await readValue(KEYS.syncState(), syncStateSchema);
  if (state === undefined) return { kind: 'not-ready' };
  const settings = await integrationSettings();
  const mapping = await effectiveMapping();
  const jql = `updated >= ${jqlTime(state.watermark - OVERLAP_MS)}${projectClause(settings.projectKeys)} ORDER BY updated ASC`;
  let nextPageToken: string | undefined;
  let recovered = 0;
  let read = 0;
  let newest = state.watermark;
  do {
    if (!hasTime()) return { kind: 'out-of-time' };
    const page = await searchIssues(client, { jql, fields: mirrorFields(mapping), maxResults: 100, ...(nextPageToken === undefined ? {} : { nextPageToken }) });
    for (const issue of page.issues) {
      const result = await upsertFromJira(issue, mapping);
      if (result === 'created' || result === 'updated') recovered += 1;
      newest = Math.max(newest, updatedOf(issue.fields) ?? 0);
    }
    read += page.issues.length;
    nextPageToken = page.nextPageToken;
  } while (nextPageToken !== undefined);
  const sweep = await sweepDeletions(client, state.sweepAfter);
  const at = now();
  await writeValue(KEYS.syncState(), syncStateSchema, {
    ...state,
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
