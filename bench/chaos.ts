/**
 * `npm run chaos` (`-- --json` for the figures alone, `-- --seed N` for another run): site activity under the issue's fault
 * profile, then the proof that nothing was lost: the mirror equals Jira, the alerts equal the
 * oracle's, every event is accounted for, and no invocation ran past its time limit. Exits
 * non-zero on any loss or mismatch.
 */
import { SiteActivity } from '../emulator/jira/activity/site-activity';
import { CUSTOM_FIELD_IDS } from '../emulator/jira/model/fields';
import type { SiteChange } from '../emulator/jira/model/site-change';
import { JiraSite } from '../emulator/jira/site/jira-site';
import { seededRandom } from '../emulator/platform/delivery-policy';
import { ForgePlatform } from '../emulator/platform/forge-platform';
import type { Installation } from '../emulator/platform/installation';
import { expectedAlerts } from '../emulator/oracle/expected-alerts';
import { mirrorMismatches } from '../emulator/oracle/mirror-mismatches';
import { ALERT_SETTINGS_DEFAULTS } from '../src/alerts/alert-settings';
import { dedupKey } from '../src/alerts/model';
import { alertsInStatus } from '../src/alerts/store/alert-store';
import { watchingSince } from '../src/alerts/watching';
import { eventTotals } from '../src/events/event-counters';
import { effectiveMapping } from '../src/fields/effective-mapping';
import { readMirrorIssue } from '../src/mirror/mirror-store';
import { readValue } from '../src/platform/kvs-store';
import { KEYS } from '../src/storage/keys';
import { syncStateSchema } from '../src/sync/sync-records';
import { requestFullSync } from '../src/sync/sync-jobs';
import { injectFaults } from './chaos/fault-profile';
import { formatTable } from './format';

const HOUR = 3_600_000;
const ACTIVITY_HOURS = 48;
const DAY = 24 * HOUR;

async function inApp<T>(platform: ForgePlatform, installation: Installation, work: () => Promise<T>): Promise<T> {
  const result = await platform.run(installation, work);
  if (result.outcome !== 'success') throw new Error(`the invocation ended ${result.outcome}`);
  return result.value as T;
}

/** `--seed N` replays another run; each seed gives one repeatable run. */
function seedOf(argv: readonly string[]): number {
  const at = argv.indexOf('--seed');
  const seed = at < 0 ? 7 : Number(argv[at + 1]);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed takes a whole number, not ${argv[at + 1] ?? 'nothing'}`);
  return seed;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const seed = seedOf(process.argv);
  const say = console.log;
  // The app's log lines go to stderr: stdout is the report.
  console.log = (...args: unknown[]) => console.error(...args);
  const platform = new ForgePlatform();
  const site = await JiraSite.start({ clock: platform.clock, issues: 2_000, seed, searchLagMs: 30_000 });
  try {
    const changes: SiteChange[] = [];
    site.state.onChange((change) => changes.push(change));
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId, installerAccountId: site.admin().accountId });
    await platform.drain();
    await inApp(platform, installation, () => requestFullSync());
    await platform.drain();
    const since = await inApp(platform, installation, () => watchingSince());
    if (since === undefined) throw new Error('the full sync did not start watching');

    site.deliverEventsTo(platform);
    const start = platform.clock.now();
    const faults = injectFaults(site, platform, installation, start, seededRandom(seed));
    const activity = new SiteActivity(site.state, { seed, actionsPerHour: 40 });
    await activity.play({ from: start, durationMs: ACTIVITY_HOURS * HOUR, advanceTo: (at) => platform.advance(at - platform.clock.now()) });
    faults.stop();
    // The faults stop; retries, replays and the next syncs catch up.
    await platform.drain();
    await platform.advance(40 * 60_000);
    await platform.drain();
    const lastTick = Math.max(...platform.log.all().filter((r) => r.functionKey === 'scheduled-tick').map((r) => r.startedAt));

    const totals = await inApp(platform, installation, () => eventTotals());
    const sum = (outcome: string): number => Object.values(totals.byType).reduce((n, counts) => n + ((counts as Record<string, number | undefined>)[outcome] ?? 0), 0);
    const received = sum('received');
    const accounted = sum('processed') + sum('duplicate') + sum('stale') + sum('deadLettered') + sum('filtered');
    const delivered = platform.log.count((r) => r.functionKey === 'product-event');
    const deliveredNotReceived = Math.max(0, delivered - received);
    const syncState = await inApp(platform, installation, () => readValue(KEYS.syncState(), syncStateSchema));

    const mapping = await inApp(platform, installation, () => effectiveMapping());
    const pointsField = mapping.storyPoints === CUSTOM_FIELD_IDS.storyPoints ? 'storyPoints' : 'storyPointEstimate';
    const mirror = await mirrorMismatches(site.state, since - 30 * DAY, pointsField, (id) => inApp(platform, installation, () => readMirrorIssue(id)));

    const app = new Map<string, string>();
    for (const status of ['open', 'acknowledged', 'resolved'] as const) {
      let cursor: string | undefined;
      do {
        const page = await inApp(platform, installation, () => alertsInStatus(status, 100, cursor));
        for (const { record } of page.alerts) app.set(dedupKey(record), record.status);
        cursor = page.cursor;
      } while (cursor !== undefined);
    }
    const oracle = expectedAlerts({ state: site.state, changes, watchingSince: since, now: lastTick, thresholds: () => ALERT_SETTINGS_DEFAULTS.defaults, pointsField, mirroredSince: since - 30 * DAY });
    const expected = new Map(oracle.map((a) => [a.key, a.status]));
    const alertMismatches = [...new Set([...app.keys(), ...expected.keys()])].filter((key) => app.get(key) !== expected.get(key));

    const figures = {
      received,
      processed: sum('processed'),
      duplicates: sum('duplicate'),
      stale: sum('stale'),
      deadLettered: sum('deadLettered'),
      recoveredBySync: syncState?.totalRecovered ?? 0,
      lost: deliveredNotReceived + Math.max(0, received + sum('replayed') - accounted) + totals.queueDepth,
      mirrorMismatches: mirror.length,
      alertMismatches: alertMismatches.length,
      timeLimitExceeded: platform.log.count((r) => r.outcome === 'timeout'),
    };
    const failed = figures.lost > 0 || figures.mirrorMismatches > 0 || figures.alertMismatches > 0 || figures.timeLimitExceeded > 0;
    if (json) {
      say(JSON.stringify(figures));
    } else {
      say(`Chaos run (seed ${seed}): ${ACTIVITY_HOURS} hours of activity on a ${site.state.issueCount}-issue site (${changes.length} changes, ${platform.productEvents.counters.published} events published)`);
      for (const line of faults.describe) say(`  ${line}`);
      say(`  alerts compared: ${expected.size} expected by the oracle, ${app.size} held by the app`);
      say('');
      say(formatTable(['figure', 'value'], Object.entries(figures).map(([k, v]) => [k, String(v)])));
      if (mirror.length > 0) say(`\nmirror mismatches: ${mirror.slice(0, 10).join(', ')}`);
      if (alertMismatches.length > 0) say(`\nalert mismatches: ${alertMismatches.slice(0, 10).map((k) => `${k} (app ${app.get(k) ?? 'none'}, oracle ${expected.get(k) ?? 'none'})`).join('\n  ')}`);
      say(failed ? '\nFAILED: something was lost or differs.' : '\nNothing lost: the mirror equals Jira and the alerts equal the oracle.');
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
