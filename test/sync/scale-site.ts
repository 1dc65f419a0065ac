/** Helpers of the sync tests on a site of the issue's size. */
import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import type { Issue } from '../../emulator/jira/model/issue';
import { issuesToMirror, mirrorMismatches } from '../../emulator/oracle/mirror-mismatches';
import { readValue } from '../../src/platform/kvs-store';
import { KEYS } from '../../src/storage/keys';
import { fullSyncCheckpointSchema, syncStateSchema, type FullSyncCheckpoint, type SyncState } from '../../src/sync/sync-records';
import { requestFullSync } from '../../src/sync/sync-jobs';
import type { PipelineCloud } from '../events/pipeline-cloud';

/** The issue's size: a 5,000-issue site, about 1,500 of them in the full sync's 30-day window. */
export const SITE = 5_000;
const HOUR = 3_600_000;

/** Issues the mirror must hold as Jira has them: those in the window, and every one changed since. */
export function expectedIssues(cloud: PipelineCloud, since: number): Issue[] {
  return issuesToMirror(cloud.site.state, since);
}

/** Differences between the mirror and Jira on what the mirror keeps, and deleted issues not tombstoned. */
export function mismatches(cloud: PipelineCloud, since: number): Promise<string[]> {
  return mirrorMismatches(cloud.site.state, since, 'storyPointEstimate', (issueId) => cloud.mirror(issueId));
}

export async function fullSync(cloud: PipelineCloud): Promise<FullSyncCheckpoint> {
  await cloud.inApp(() => requestFullSync());
  await cloud.platform.drain();
  const checkpoint = await cloud.inApp(() => readValue(KEYS.fullSync(), fullSyncCheckpointSchema));
  if (checkpoint?.phase !== 'done') throw new Error(`the full sync ended in phase ${checkpoint?.phase ?? 'none'}`);
  return checkpoint;
}

/** Plays the site's activity, its changes reaching the app as events, with the scheduled ticks running. */
export async function play(cloud: PipelineCloud, hours: number, seed: number): Promise<void> {
  const activity = new SiteActivity(cloud.site.state, { seed, actionsPerHour: 60 });
  await activity.play({ from: cloud.platform.clock.now(), durationMs: hours * HOUR, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
  await cloud.platform.drain();
}

export const syncState = (cloud: PipelineCloud): Promise<SyncState | undefined> => cloud.inApp(() => readValue(KEYS.syncState(), syncStateSchema));

export const jobFailures = (cloud: PipelineCloud): number => cloud.platform.log.count((r) => r.functionKey === 'consume-job' && r.outcome !== 'success');

