import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import type { Issue } from '../../emulator/jira/model/issue';
import { raise, readAlert } from '../../src/alerts/store/alert-store';
import { readValue } from '../../src/platform/kvs-store';
import { KEYS } from '../../src/storage/keys';
import { fullSyncCheckpointSchema, syncStateSchema, type FullSyncCheckpoint } from '../../src/sync/sync-records';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

const SEARCH = '/rest/api/3/search/jql';

/** Issues the full sync must mirror: updated in the last 30 days. */
function inWindow(cloud: PipelineCloud, since: number): Issue[] {
  return [...cloud.site.state.allIssues()].filter((issue) => issue.updated >= since);
}

/** Differences between the mirror and Jira on what the mirror keeps. */
async function mismatches(cloud: PipelineCloud, issues: Issue[]): Promise<string[]> {
  const { state } = cloud.site;
  const found: string[] = [];
  for (const issue of issues) {
    const mirror = await cloud.mirror(issue.id);
    const openSprint = [...issue.sprintIds].reverse().find((id) => state.sprints.get(id)?.state !== 'closed') ?? 0;
    const expected = {
      issueKey: issue.key,
      status: state.statuses.get(issue.statusId)?.name,
      assigneeId: issue.assigneeId ?? undefined,
      storyPoints: issue.storyPointEstimate ?? undefined,
      sprintId: openSprint,
      updatedAt: issue.updated,
      deleted: false,
    };
    const actual = mirror === undefined ? undefined : { issueKey: mirror.issueKey, status: mirror.status, assigneeId: mirror.assigneeId, storyPoints: mirror.storyPoints, sprintId: mirror.sprintId, updatedAt: mirror.updatedAt, deleted: mirror.deleted };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) found.push(issue.key);
  }
  return found;
}

async function fullSync(cloud: PipelineCloud): Promise<FullSyncCheckpoint> {
  await cloud.inApp(() => requestFullSync());
  await cloud.platform.drain();
  const checkpoint = await cloud.inApp(() => readValue(KEYS.fullSync(), fullSyncCheckpointSchema));
  if (checkpoint === undefined) throw new Error('the full sync left its checkpoint');
  return checkpoint;
}

describe('full and incremental sync', () => {
  it('mirrors every issue updated in the last 30 days, with progress against the approximate count', async () => {
    const cloud = await pipelineCloud(600, 31);
    try {
      const checkpoint = await fullSync(cloud);
      const issues = inWindow(cloud, checkpoint.issuesSince);
      expect(checkpoint).toMatchObject({ phase: 'done', issuesDone: issues.length, issuesEstimated: issues.length });
      expect(issues.length).toBeGreaterThan(100);
      expect(await mismatches(cloud, issues)).toEqual([]);
    } finally {
      await cloud.stop();
    }
  });

  it('repairs what dropped events missed, on the configured interval, and counts it as recovered', async () => {
    const cloud = await pipelineCloud(400, 32);
    try {
      const checkpoint = await fullSync(cloud);
      cloud.platform.productEvents.policy = { ...cloud.platform.productEvents.policy, dropRate: 0.1 };
      const activity = new SiteActivity(cloud.site.state, { seed: 32, actionsPerHour: 40 });
      await activity.play({ from: cloud.platform.clock.now(), durationMs: 6 * 3_600_000, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
      await cloud.platform.drain();
      expect(cloud.platform.productEvents.counters.dropped).toBeGreaterThan(0);
      // The scheduled tick runs every five minutes; the sync is due after 15.
      await cloud.platform.advance(20 * 60_000);
      await cloud.platform.drain();
      const state = await cloud.inApp(() => readValue(KEYS.syncState(), syncStateSchema));
      expect(state?.totalRecovered).toBeGreaterThan(0);
      expect(await mismatches(cloud, inWindow(cloud, checkpoint.issuesSince))).toEqual([]);
    } finally {
      await cloud.stop();
    }
  });

  it('pauses for a minute when KVS refuses more writes, and finishes with the same mirror', async () => {
    // A two-hundredth of Forge's 4,000 write units a minute: even batched, the window's few hundred issues hit it.
    const cloud = await pipelineCloud(1_200, 35, { kvsLimits: { writeUnitsPerMinute: 20 } });
    try {
      const checkpoint = await fullSync(cloud);
      const issues = inWindow(cloud, checkpoint.issuesSince);
      expect(issues.length).toBeGreaterThan(300);
      expect(checkpoint).toMatchObject({ phase: 'done', issuesDone: issues.length });
      expect(cloud.installation.kvs.usage().rateLimited).toBeGreaterThan(0);
      expect(cloud.platform.log.count((r) => r.functionKey === 'consume-job' && r.outcome === 'error')).toBe(0);
      expect(await mismatches(cloud, issues)).toEqual([]);
    } finally {
      await cloud.stop();
    }
  });

  it('tombstones issues Jira no longer has though no event said so, and closes their alerts', async () => {
    const cloud = await pipelineCloud(300, 34);
    try {
      const checkpoint = await fullSync(cloud);
      cloud.disconnect();
      const gone = inWindow(cloud, checkpoint.issuesSince).slice(0, 5);
      const first = gone[0];
      if (first === undefined) throw new Error('the window has issues');
      const { id: alertId } = await cloud.inApp(() => raise({ kind: 'stuck', subject: first.id, cause: 'since:1', severity: 'warning', explanation: 'stuck', facts: {} }, { projectKey: 'X', title: first.key }, cloud.platform.clock.now(), 0));
      for (const issue of gone) if (cloud.site.state.issue(issue.id) !== undefined) cloud.site.state.deleteIssue(issue.id, cloud.site.admin().accountId, cloud.platform.clock.now());
      await cloud.platform.advance(20 * 60_000);
      await cloud.platform.drain();
      for (const issue of gone) expect(await cloud.mirror(issue.id)).toMatchObject({ deleted: true });
      expect(await cloud.inApp(() => readAlert(alertId))).toMatchObject({ status: 'resolved', resolvedBy: 'rule' });
      const state = await cloud.inApp(() => readValue(KEYS.syncState(), syncStateSchema));
      expect(state?.totalDeleted).toBeGreaterThanOrEqual(gone.length);
    } finally {
      await cloud.stop();
    }
  });

  it('resumes from its checkpoint after a failure at any page, to the same mirror', async () => {
    const pages = async (failAt: number | undefined): Promise<{ done: number; mismatched: string[]; failures: number }> => {
      const cloud = await pipelineCloud(1_200, 33);
      try {
        await cloud.inApp(async () => (await import('@forge/kvs')).kvs.set(KEYS.jiraSettings(), { maxRetries: 0 }));
        let searches = 0;
        if (failAt !== undefined) cloud.site.faults.add({ match: (request) => request.route === SEARCH && ++searches === failAt, trigger: { always: true }, fault: { kind: 'error', status: 500 } });
        const checkpoint = await fullSync(cloud);
        const failures = cloud.site.traffic()[`POST ${SEARCH}`]?.serverErrors ?? 0;
        return { done: checkpoint.issuesDone, mismatched: await mismatches(cloud, inWindow(cloud, checkpoint.issuesSince)), failures };
      } finally {
        await cloud.stop();
      }
    };
    const clean = await pages(undefined);
    expect(clean).toMatchObject({ mismatched: [], failures: 0 });
    expect(clean.done).toBeGreaterThan(300);
    for (const failAt of [1, 2, 3]) expect(await pages(failAt)).toEqual({ ...clean, failures: 1 });
  });
});

