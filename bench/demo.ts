/**
 * `npm start`: the app end to end on the local cloud. A seeded Jira site, the app installed, the
 * suggested mapping confirmed by the admin, a full sync with its progress, a week of site
 * activity with faults (Jira 5xx and a 429 storm, events lost, duplicated and reordered), then what
 * the admin page would show: alerts, a sprint report, health, and the cloud's counters.
 */
import { SiteActivity } from '../emulator/jira/activity/site-activity';
import { JiraSite } from '../emulator/jira/site/jira-site';
import { ForgePlatform } from '../emulator/platform/forge-platform';
import type { AlertView, MappingView, OverviewView, SprintReportRow } from '../src/resolvers/api';
import type { SprintCloseReport } from '../src/alerts/sprint/reports';
import { eventTotals } from '../src/events/event-counters';
import { adminCall } from './demo/admin-calls';
import { committedVersusCompleted, progressBar } from './demo/text-charts';
import { formatTable } from './format';

const DAY = 86_400_000;
/** A week: long enough for sprints to start and close. */
const ACTIVITY_DAYS = 7;

/** The app's own log lines (one JSON object each) would drown the story; they are counted instead. */
function quietAppLogs(): () => number {
  const print = console.log;
  let hidden = 0;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && (args[0].startsWith('{"source"') || args[0].startsWith('['))) hidden += 1;
    else print(...args);
  };
  return () => hidden;
}

async function main(): Promise<void> {
  const hiddenLogLines = quietAppLogs();
  const platform = new ForgePlatform();
  const site = await JiraSite.start({ clock: platform.clock, issues: 3_000, seed: 42 });
  try {
    const { state } = site;
    console.log(`Local Jira site on ${site.baseUrl}: ${state.issueCount} issues in ${state.projects.size} projects, ${state.boards.size} boards, ${state.sprints.size} sprints, ${state.users.size} users`);
    const admin = site.admin().accountId;
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId, installerAccountId: admin });
    await platform.drain();
    console.log(`Installed SIAS for Jira on ${installation.siteUrl}; the bootstrap checked the connection and discovered the fields.`);
    const admin$ = <T>(action: string, payload?: unknown): Promise<T> => adminCall<T>(platform, installation, admin, action, payload);

    const mapping = await admin$<MappingView>('getMapping');
    console.log('\nSuggested field mapping, confirmed as is by the admin');
    console.log(formatTable(['field', 'Jira field', 'confidence', 'note'], mapping.fields.map((f) => [f.label, mapping.options.find((o) => o.fieldId === f.selected)?.name ?? '-', f.suggestion === null ? '' : `${Math.round(f.suggestion.confidence * 100)} %`, f.suggestion?.ambiguous === true ? 'ambiguous' : ''])));
    await admin$('saveMapping', { mapping: Object.fromEntries(mapping.fields.map((f) => [f.logical, f.selected])) });

    console.log('\nFull sync (projects, boards and sprints, then the issues of the last 30 days)');
    const stopWatching = installation.kvs.addFault((path, body) => {
      const checkpoint = (body as { key?: unknown; value?: { phase?: string; issuesDone?: number; issuesEstimated?: number } }).value;
      if (path === '/api/v1/set' && (body as { key?: unknown }).key === 'sync:full:v1' && checkpoint?.phase === 'issues') console.log(`  ${progressBar(checkpoint.issuesDone ?? 0, checkpoint.issuesEstimated ?? 0)}  ${checkpoint.issuesDone ?? 0} of about ${checkpoint.issuesEstimated ?? '?'} issues`);
      return undefined;
    });
    await admin$('startFullSync');
    await platform.drain();
    stopWatching();
    const synced = await admin$<OverviewView>('getOverview');
    console.log(`  done: ${synced.sync.full?.issuesDone ?? 0} issues mirrored, phase ${synced.sync.full?.phase ?? '-'}`);

    console.log(`\n${ACTIVITY_DAYS} days of site activity, with faults: 2 % of Jira calls fail, a 429 storm, 5 % of events lost, 5 % duplicated, delivery delayed up to 20 s`);
    site.deliverEventsTo(platform);
    platform.productEvents.policy = { latencyMs: { min: 0, max: 20_000 }, duplicateRate: 0.05, dropRate: 0.05 };
    const start = platform.clock.now();
    site.faults.add({ match: 'all', trigger: { probability: 0.02 }, fault: { kind: 'error', status: 503 } });
    site.faults.add({ match: 'all', trigger: { between: [start + 0.5 * DAY, start + 0.5 * DAY + 120_000] }, fault: { kind: 'storm', reason: 'jira-burst-based' } });
    const activity = new SiteActivity(state, { seed: 42, actionsPerHour: 30 });
    for (let day = 1; day <= ACTIVITY_DAYS; day++) {
      await activity.play({ from: platform.clock.now(), durationMs: DAY, advanceTo: (at) => platform.advance(at - platform.clock.now()) });
      const c = platform.productEvents.counters;
      console.log(`  day ${day}: ${activity.log.length} changes so far; events published ${c.published}, lost ${c.dropped}, duplicated ${c.duplicated}`);
    }
    await platform.drain();
    await platform.advance(20 * 60_000);
    await platform.drain();

    const alerts: AlertView[] = [];
    let cursor: string | null = null;
    do {
      const page: { alerts: AlertView[]; cursor: string | null } = await admin$('listAlerts', { status: 'open', ...(cursor === null ? {} : { cursor }) });
      alerts.push(...page.alerts);
      cursor = page.cursor;
    } while (cursor !== null);
    const byKind = new Map<string, number>();
    for (const alert of alerts) byKind.set(alert.kind, (byKind.get(alert.kind) ?? 0) + 1);
    console.log(`\nOpen alerts: ${alerts.length}`);
    console.log(formatTable(['kind', 'open'], [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => [kind, String(n)])));
    console.log('\nA few of them');
    for (const alert of [...new Map(alerts.map((a) => [a.kind, a])).values()].slice(0, 6)) console.log(`  [${alert.severity}] ${alert.explanation}`);

    const reports = await admin$<SprintReportRow[]>('listSprintReports');
    console.log(`\nSprint reports (frozen at each close): ${reports.length}`);
    if (reports.length > 0) {
      console.log(committedVersusCompleted(reports.map((r) => ({ name: r.name, committed: r.committedPoints, completed: r.completedPoints }))));
      const latest = await admin$<SprintCloseReport>('getSprintReport', { sprintId: reports[0]?.sprintId });
      console.log(`\n${latest.sprintName}: committed ${latest.committedPoints} points in ${latest.committed.length} issues, completed ${latest.completedPoints}` + (latest.completionRatio === undefined ? '' : ` (${Math.round(latest.completionRatio * 100)} %)`));
      console.log(`  added after the start: ${latest.added.length} issues, ${latest.addedPoints} points; removed: ${latest.removed.length} issues, ${latest.removedPoints} points; re-estimates: ${latest.reestimates.length} (${latest.reestimateDelta >= 0 ? '+' : ''}${latest.reestimateDelta} points); carried over: ${latest.carryOver.length} issues, ${latest.carryOverPoints} points`);
    }

    const overview = await admin$<OverviewView>('getOverview');
    const { health } = overview;
    console.log('\nHealth');
    console.log(formatTable(['component', 'status', 'reason'], [['Jira client', health.jiraClient.status, health.jiraClient.reason], ['event processing', health.events.status, health.events.reason], ['sync', health.sync.status, health.sync.reason]]));
    console.log(`  queue depth ${health.queueDepth}, event error rate ${(health.errorRate * 100).toFixed(2)} %, breaker ${health.breaker}, points this hour ${health.points.used} of ${health.points.budget}; events recovered by the sync ${overview.sync.incremental?.totalRecovered ?? 0}`);

    const totals = await platform.run(installation, () => eventTotals());
    const outcomes = new Map<string, number>();
    if (totals.outcome === 'success') for (const counts of Object.values((totals.value as Awaited<ReturnType<typeof eventTotals>>).byType)) for (const [k, v] of Object.entries(counts)) outcomes.set(k, (outcomes.get(k) ?? 0) + (v ?? 0));
    const traffic = Object.values(site.traffic()).reduce((sum, e) => ({ requests: sum.requests + e.requests, points: sum.points + e.points, failed: sum.failed + e.serverErrors + e.tooManyRequests + e.resets }), { requests: 0, points: 0, failed: 0 });
    const usage = installation.kvs.usage();
    console.log('\nCloud counters');
    console.log(
      formatTable(
        ['Jira requests', 'Jira points', 'failed by faults', 'KVS read units', 'KVS write units', 'invocations', 'GB-seconds', 'events processed', 'duplicates'],
        [[String(traffic.requests), String(traffic.points), String(traffic.failed), String(usage.readUnits), String(usage.writeUnits), String(platform.log.count()), platform.log.gbSeconds().toFixed(2), String(outcomes.get('processed') ?? 0), String(outcomes.get('duplicate') ?? 0)]],
      ),
    );
    console.log(`\n(${hiddenLogLines()} log lines of the app were hidden.)`);
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
