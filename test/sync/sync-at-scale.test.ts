import { readValue, writeValue } from '../../src/platform/kvs-store';
import { pushToQueue, QUEUES } from '../../src/platform/queues';
import { INTEGRATION_DEFAULTS, integrationSettingsSchema } from '../../src/settings/integration-settings';
import { storedJiraSettingsSchema } from '../../src/settings/jira-settings';
import { KEYS } from '../../src/storage/keys';
import { syncStateSchema } from '../../src/sync/sync-records';
import { pipelineCloud } from '../events/pipeline-cloud';
import { expectedIssues, fullSync, jobFailures, mismatches, play, SITE, syncState } from './scale-site';

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
        // Comments off: this test is about the search's pages, not the 5,000 comment reads.
        await writeValue(KEYS.integrationSettings(), integrationSettingsSchema, { ...INTEGRATION_DEFAULTS, enabledFeatures: ['sprints'] });
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
