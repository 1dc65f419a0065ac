import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import type { Issue } from '../../emulator/jira/model/issue';
import { KvsFailure } from '../../emulator/platform/kvs';
import { readValue, writeValue } from '../../src/platform/kvs-store';
import { pushToQueue, QUEUES } from '../../src/platform/queues';
import { storedJiraSettingsSchema } from '../../src/settings/jira-settings';
import { KEYS } from '../../src/storage/keys';
import { fullSyncCheckpointSchema, syncStateSchema, type FullSyncCheckpoint } from '../../src/sync/sync-records';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

/** The issue's size: a 5,000-issue site, about 1,500 of them in the full sync's 30-day window. */
const SITE = 5_000;
const HOUR = 3_600_000;

/** Issues the mirror must hold as Jira has them: those in the window, and every one changed since. */
function expectedIssues(cloud: PipelineCloud, since: number): Issue[] {
  return [...cloud.site.state.allIssues()].filter((issue) => issue.updated >= since);
}

/** Differences between the mirror and Jira on what the mirror keeps, and deleted issues not tombstoned. */
async function mismatches(cloud: PipelineCloud, since: number): Promise<string[]> {
  const { state } = cloud.site;
  const found: string[] = [];
  for (const issue of expectedIssues(cloud, since)) {
    const mirror = await cloud.mirror(issue.id);
    const openSprint = [...issue.sprintIds].reverse().find((id) => state.sprints.get(id)?.state !== 'closed') ?? 0;
    const status = state.statuses.get(issue.statusId);
    const expected = {
      issueKey: issue.key,
      status: status?.name,
      statusCategory: status?.category,
      assigneeId: issue.assigneeId ?? undefined,
      storyPoints: issue.storyPointEstimate ?? undefined,
      sprintId: openSprint,
      originalEstimate: issue.originalEstimateSeconds ?? undefined,
      remainingEstimate: issue.remainingEstimateSeconds ?? undefined,
      updatedAt: issue.updated,
      deleted: false,
    };
    const actual =
      mirror === undefined
        ? undefined
        : {
            issueKey: mirror.issueKey,
            status: mirror.status,
            statusCategory: mirror.statusCategory,
            assigneeId: mirror.assigneeId,
            storyPoints: mirror.storyPoints,
            sprintId: mirror.sprintId,
            originalEstimate: mirror.originalEstimate,
            remainingEstimate: mirror.remainingEstimate,
            updatedAt: mirror.updatedAt,
            deleted: mirror.deleted,
          };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) found.push(issue.key);
  }
  for (const deletion of state.deletions) {
    const mirror = await cloud.mirror(deletion.issueId);
    if (mirror !== undefined && !mirror.deleted) found.push(`${deletion.key} (deleted in Jira)`);
  }
  return found;
}

async function fullSync(cloud: PipelineCloud): Promise<FullSyncCheckpoint> {
  await cloud.inApp(() => requestFullSync());
  await cloud.platform.drain();
  const checkpoint = await cloud.inApp(() => readValue(KEYS.fullSync(), fullSyncCheckpointSchema));
  if (checkpoint?.phase !== 'done') throw new Error(`the full sync ended in phase ${checkpoint?.phase ?? 'none'}`);
  return checkpoint;
}

/** Plays the site's activity, its changes reaching the app as events, with the scheduled ticks running. */
async function play(cloud: PipelineCloud, hours: number, seed: number): Promise<void> {
  const activity = new SiteActivity(cloud.site.state, { seed, actionsPerHour: 60 });
  await activity.play({ from: cloud.platform.clock.now(), durationMs: hours * HOUR, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
  await cloud.platform.drain();
}

const syncState = (cloud: PipelineCloud) => cloud.inApp(() => readValue(KEYS.syncState(), syncStateSchema));

const jobFailures = (cloud: PipelineCloud): number => cloud.platform.log.count((r) => r.functionKey === 'consume-job' && r.outcome !== 'success');

describe(`sync on a ${SITE.toLocaleString('en')}-issue site`, () => {
  it('keeps the mirror equal to Jira through activity, and restores it when a tenth of the events are lost', async () => {
    const cloud = await pipelineCloud(SITE, 51);
    try {
      const checkpoint = await fullSync(cloud);
      expect(checkpoint.issuesDone).toBe(expectedIssues(cloud, checkpoint.issuesSince).length);
      expect(checkpoint.issuesDone).toBeGreaterThan(1_000);

      // Every event delivered: the events alone keep the mirror right, and the syncs find nothing missed.
      await play(cloud, 6, 51);
      await cloud.platform.advance(20 * 60_000);
      await cloud.platform.drain();
      expect(await mismatches(cloud, checkpoint.issuesSince)).toEqual([]);
      expect((await syncState(cloud))?.totalRecovered).toBe(0);

      cloud.platform.productEvents.policy = { ...cloud.platform.productEvents.policy, dropRate: 0.1 };
      await play(cloud, 6, 52);
      expect(cloud.platform.productEvents.counters.dropped).toBeGreaterThan(10);
      await cloud.platform.advance(20 * 60_000);
      await cloud.platform.drain();
      expect(await mismatches(cloud, checkpoint.issuesSince)).toEqual([]);
      expect((await syncState(cloud))?.totalRecovered).toBeGreaterThan(0);
      expect(jobFailures(cloud)).toBe(0);
    } finally {
      await cloud.stop();
    }
  });

  it('resumes after a crash at every checkpoint to the same mirror and the same count', async () => {
    /** A crash right after the n-th checkpoint is saved: the next KVS request fails, and the job with it. */
    const run = async (crashAfter: number | undefined): Promise<{ done: number; mismatched: string[]; checkpoints: number; crashed: number }> => {
      const cloud = await pipelineCloud(SITE, 53);
      try {
        cloud.disconnect();
        let checkpoints = 0;
        let armed = false;
        let crashed = 0;
        cloud.installation.kvs.addFault((path, body) => {
          if (armed) {
            armed = false;
            crashed += 1;
            return new KvsFailure(500, 'INTERNAL_SERVER_ERROR', 'injected crash');
          }
          if (path === '/api/v1/set' && (body as { key?: unknown }).key === KEYS.fullSync() && ++checkpoints === crashAfter) armed = true;
          return undefined;
        });
        const checkpoint = await fullSync(cloud);
        return { done: checkpoint.issuesDone, mismatched: await mismatches(cloud, checkpoint.issuesSince), checkpoints, crashed };
      } finally {
        await cloud.stop();
      }
    };
    const clean = await run(undefined);
    expect(clean).toMatchObject({ mismatched: [], crashed: 0 });
    // The start, projects, sprints and several steps of issue pages.
    expect(clean.checkpoints).toBeGreaterThanOrEqual(6);
    // The last checkpoint ends the sync: nothing follows it to crash.
    for (let crashAfter = 1; crashAfter < clean.checkpoints; crashAfter++) {
      const crashedRun = await run(crashAfter);
      expect({ crashAfter, done: crashedRun.done, mismatched: crashedRun.mismatched, crashed: crashedRun.crashed }).toEqual({ crashAfter, done: clean.done, mismatched: [], crashed: 1 });
    }
  });

  it('hands an incremental run that runs out of time over to the next job, which finishes from where it stopped', async () => {
    const cloud = await pipelineCloud(SITE, 54);
    try {
      await fullSync(cloud);
      cloud.disconnect();
      // A watermark lost in the past: every issue is due, 50 search pages, each slowed to 25 s.
      // One run, queued here; the scheduled ticks queue no other while the interval is a day.
      await cloud.inApp(async () => {
        const state = await readValue(KEYS.syncState(), syncStateSchema);
        if (state === undefined) throw new Error('the full sync left the sync state');
        await writeValue(KEYS.syncState(), syncStateSchema, { ...state, watermark: 0 });
        await writeValue(KEYS.jiraSettings(), storedJiraSettingsSchema, { defaultSyncIntervalMinutes: 1_440 });
        await pushToQueue(QUEUES.jobs, [{ v: 1, kind: 'incremental-sync', runId: 'catch-up' }]);
      });
      cloud.site.faults.add({ match: { route: '/rest/api/3/search/jql' }, trigger: { always: true }, fault: { kind: 'latency', distribution: { type: 'fixed', ms: 25_000 }, clock: 'virtual' } });
      const before = cloud.platform.log.all().length;
      await cloud.platform.drain();
      const runs = cloud.platform.log.all().slice(before).filter((r) => r.functionKey === 'consume-job');
      // The client's points budget may defer a run (a requested retry); none fails or times out.
      expect(runs.filter((r) => r.outcome === 'error' || r.outcome === 'timeout').map((r) => r.errorMessage ?? r.outcome)).toEqual([]);
      // More work than one invocation's 900 s holds: at least two runs searched.
      expect(runs.reduce((sum, r) => sum + r.virtualMs, 0)).toBeGreaterThan(900_000);
      const state = await syncState(cloud);
      const live = [...cloud.site.state.allIssues()].length;
      // Read once each, give or take the overlap re-read where one run handed over to the next.
      expect(state?.lastRead).toBeGreaterThanOrEqual(live);
      expect(state?.lastRead).toBeLessThan(live + 200);
      expect(state?.resume).toBeUndefined();
      expect(state?.watermark).toBeGreaterThan(0);
    } finally {
      await cloud.stop();
    }
  });
});
