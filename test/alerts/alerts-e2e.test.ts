import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import { CUSTOM_FIELD_IDS } from '../../emulator/jira/model/fields';
import type { SiteChange } from '../../emulator/jira/model/site-change';
import { DEFAULT_THRESHOLDS, dedupKey } from '../../src/alerts/model';
import { alertsInStatus } from '../../src/alerts/store/alert-store';
import { watchingSince } from '../../src/alerts/watching';
import { effectiveMapping } from '../../src/fields/effective-mapping';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';
import { expectedAlerts, type PointsField } from '../../emulator/oracle/expected-alerts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every alert the app holds, as `key → status`. */
async function storedAlerts(cloud: PipelineCloud): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const status of ['open', 'acknowledged', 'resolved'] as const) {
    let cursor: string | undefined;
    do {
      const page = await cloud.inApp(() => alertsInStatus(status, 100, cursor));
      for (const { record } of page.alerts) found.set(dedupKey(record), record.status);
      cursor = page.cursor;
    } while (cursor !== undefined);
  }
  return found;
}

/** The app's mapped story-points field, as the site's field name. */
async function pointsField(cloud: PipelineCloud): Promise<PointsField> {
  const mapping = await cloud.inApp(() => effectiveMapping());
  return mapping.storyPoints === CUSTOM_FIELD_IDS.storyPoints ? 'storyPoints' : 'storyPointEstimate';
}

/** Where the app and the oracle disagree: keys with the app's status, then the oracle's. */
function disagreements(app: ReadonlyMap<string, string>, oracle: ReadonlyArray<{ key: string; status: string }>): string[] {
  const expected = new Map(oracle.map((alert) => [alert.key, alert.status]));
  const keys = [...new Set([...app.keys(), ...expected.keys()])].sort();
  return keys.filter((key) => app.get(key) !== expected.get(key)).map((key) => `${key}: app ${app.get(key) ?? 'none'}, oracle ${expected.get(key) ?? 'none'}`);
}

describe('alerts end to end, against the oracle', () => {
  it.each([
    ['every event delivered', 0],
    ['a tenth of the events lost, repaired by the sync', 0.1],
  ])('raises exactly the alerts the rules give for half a day of site activity, %s', async (_, dropRate) => {
    const cloud = await pipelineCloud(800, 61);
    const changes: SiteChange[] = [];
    cloud.site.state.onChange((change) => changes.push(change));
    try {
      await cloud.inApp(() => requestFullSync());
      await cloud.platform.drain();
      const since = await cloud.inApp(() => watchingSince());
      if (since === undefined) throw new Error('the full sync set when the app started watching');

      cloud.platform.productEvents.policy = { ...cloud.platform.productEvents.policy, dropRate };
      const activity = new SiteActivity(cloud.site.state, { seed: 61, actionsPerHour: 40 });
      await activity.play({ from: cloud.platform.clock.now(), durationMs: 12 * HOUR, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
      await cloud.platform.drain();
      // Past the next sync and tick, so the time-based rules are checked after the last change.
      await cloud.platform.advance(20 * 60_000);
      await cloud.platform.drain();
      const lastTick = Math.max(...cloud.platform.log.all().filter((r) => r.functionKey === 'scheduled-tick').map((r) => r.startedAt));

      const app = await storedAlerts(cloud);
      const oracle = expectedAlerts({ state: cloud.site.state, changes, watchingSince: since, now: lastTick, thresholds: () => DEFAULT_THRESHOLDS, pointsField: await pointsField(cloud), mirroredSince: since - 30 * DAY });
      expect(oracle.length).toBeGreaterThan(20);
      expect(new Set(oracle.map((a) => a.kind)).size).toBeGreaterThanOrEqual(5);
      expect(disagreements(app, oracle)).toEqual([]);
      expect(cloud.platform.productEvents.counters.dropped > 0).toBe(dropRate > 0);
    } finally {
      await cloud.stop();
    }
  });
});
