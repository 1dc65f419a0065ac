import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { Installation } from '../../emulator/platform/installation';
import type { InvocationRecord } from '../../emulator/platform/invocation-log';
import { readValue, writeValue } from '../../src/platform/kvs-store';
import { storedJiraSettingsSchema } from '../../src/settings/jira-settings';
import { KEYS } from '../../src/storage/keys';
import { fullSyncCheckpointSchema } from '../../src/sync/sync-records';
import { withJiraClient } from '../../src/jira/client/open-client';
import { now } from '../../src/platform/clock';
import { runIncrementalSync } from '../../src/sync/incremental-sync';
import { requestFullSync } from '../../src/sync/sync-jobs';
import type { BenchSection } from '../section';

/** About 30 % of a seeded site was updated in the last 30 days: this site puts 10,000 issues in the full sync's window. */
const SITE_ISSUES = 33_000;
const LATENCY_MS = 30;
/** The original design's parallelism for issue pages. */
const FULL_SYNC_PARALLELISM = 5;
const PAGE = 100;
/** KVS writes at most 25 entries a request, and every request costs at least one unit. */
const KVS_BATCH = 25;

interface Snapshot {
  requests: number;
  points: number;
  writeUnits: number;
  bytesWritten: number;
  bytesRead: number;
  invocations: number;
}

function snapshot(site: JiraSite, installation: Installation, platform: ForgePlatform): Snapshot {
  const traffic = Object.values(site.traffic()).reduce((sum, e) => ({ requests: sum.requests + e.requests, points: sum.points + e.points }), { requests: 0, points: 0 });
  const kvs = installation.kvs.usage();
  return { ...traffic, writeUnits: kvs.writeUnits, bytesWritten: kvs.bytesWritten, bytesRead: kvs.bytesRead, invocations: platform.log.all().length };
}

/** Requests, points, KVS writes, invocations, time and compute of the sync jobs since `before`. */
function measure(
  site: JiraSite,
  installation: Installation,
  platform: ForgePlatform,
  before: Snapshot,
  ofSync: (record: InvocationRecord) => boolean,
): { requests: number; points: number; kvsWriteUnits: number; kvsBytesWritten: number; kvsBytesRead: number; invocations: number; wallMs: number; gbSeconds: number } {
  const after = snapshot(site, installation, platform);
  const jobs = new Set<InvocationRecord>(platform.log.all().slice(before.invocations).filter(ofSync));
  const wallMs = [...jobs].reduce((sum, r) => sum + r.durationMs, 0);
  return {
    requests: after.requests - before.requests,
    points: after.points - before.points,
    kvsWriteUnits: after.writeUnits - before.writeUnits,
    kvsBytesWritten: after.bytesWritten - before.bytesWritten,
    kvsBytesRead: after.bytesRead - before.bytesRead,
    invocations: jobs.size,
    wallMs,
    gbSeconds: platform.log.gbSeconds((r) => jobs.has(r)),
  };
}

async function inApp<T>(platform: ForgePlatform, installation: Installation, work: () => Promise<T>): Promise<T> {
  const result = await platform.run(installation, work);
  if (result.outcome !== 'success') throw new Error(`the invocation ended ${result.outcome}`);
  return result.value as T;
}

let measured: { full: Record<string, number>; incremental: Record<string, number> } | undefined;

/** One run measures both sections: the incremental sync needs a site the full sync has mirrored. */
async function runSyncs(): Promise<NonNullable<typeof measured>> {
  const platform = new ForgePlatform();
  const site = await JiraSite.start({ clock: platform.clock, issues: SITE_ISSUES, seed: 13 });
  try {
    site.faults.add({ match: 'all', trigger: { always: true }, fault: { kind: 'latency', distribution: { type: 'fixed', ms: LATENCY_MS }, clock: 'virtual' } });
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
    await platform.drain();

    const beforeFull = snapshot(site, installation, platform);
    await inApp(platform, installation, () => requestFullSync());
    await platform.drain();
    const checkpoint = await inApp(platform, installation, () => readValue(KEYS.fullSync(), fullSyncCheckpointSchema));
    const issues = checkpoint?.issuesDone ?? 0;
    const jobs = measure(site, installation, platform, beforeFull, (r) => r.functionKey === 'consume-job');
    // Start to finish, with the minute-long pauses KVS's write limit imposes between jobs.
    const full = { ...jobs, computeMs: jobs.wallMs, wallMs: (checkpoint?.finishedAt ?? 0) - (checkpoint?.startedAt ?? 0) };
    const issuePages = Math.ceil(issues / PAGE);
    // The reference reads (projects, boards, each board's sprints, the count) are one request each at best.
    const referenceFloor = 2 + site.state.boards.size + 1;

    // An hour of activity reaches the app as events, a tenth of them lost; the scheduled syncs wait.
    await inApp(platform, installation, () => writeValue(KEYS.jiraSettings(), storedJiraSettingsSchema, { defaultSyncIntervalMinutes: 1_440 }));
    platform.productEvents.policy = { ...platform.productEvents.policy, dropRate: 0.1 };
    site.deliverEventsTo(platform);
    const activity = new SiteActivity(site.state, { seed: 13, actionsPerHour: 200 });
    await activity.play({ from: platform.clock.now(), durationMs: 3_600_000, advanceTo: (at) => platform.advance(at - platform.clock.now()) });
    await platform.drain();
    const beforeIncremental = snapshot(site, installation, platform);
    const result = await inApp(platform, installation, () => withJiraClient({ priority: 'background' }, (client) => runIncrementalSync(client, now, () => true)));
    const incremental = measure(site, installation, platform, beforeIncremental, (r) => r.functionKey === 'script');
    if (result.kind !== 'synced') throw new Error(`the incremental sync ended ${result.kind}`);
    // An hour of scheduled ticks with no sync due: what the app costs while nothing happens.
    const beforeTicks = platform.log.all().length;
    await platform.advance(3_600_000);
    const ticks = new Set(platform.log.all().slice(beforeTicks).filter((r) => r.functionKey === 'scheduled-tick'));
    const read = result.read;
    const recovered = result.recovered;
    // One search page per 100 issues read, and the deletion sweep's one bulk fetch.
    const readPages = Math.max(1, Math.ceil(read / PAGE)) + 1;
    return {
      full: {
        issues,
        ...full,
        requestsFloor: issuePages + referenceFloor,
        pointsFloor: issues + issuePages,
        kvsWriteUnitsFloor: Math.ceil(issues / KVS_BATCH),
        wallMsFloor: Math.round(((issuePages + referenceFloor) * LATENCY_MS) / FULL_SYNC_PARALLELISM),
      },
      incremental: {
        issues: read,
        recovered,
        ...incremental,
        requestsFloor: readPages,
        pointsFloor: read + readPages,
        kvsWriteUnitsFloor: Math.ceil(recovered / KVS_BATCH),
        wallMsFloor: readPages * LATENCY_MS,
        tickGbSeconds: platform.log.gbSeconds((r) => ticks.has(r)) / Math.max(1, ticks.size),
      },
    };
  } finally {
    await site.stop();
  }
}

export const fullSyncSection: BenchSection = {
  name: 'fullSync',
  async run() {
    measured ??= await runSyncs();
    return measured.full;
  },
};

export const incrementalSyncSection: BenchSection = {
  name: 'incrementalSync',
  async run() {
    measured ??= await runSyncs();
    return measured.incremental;
  },
};
