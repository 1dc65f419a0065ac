/**
 * The test oracle for SIAS's alerts: from the emulated site's ground truth (its end state and every
 * change since it was seeded), the alerts docs/alerts.md says the app should hold at `now`, and the
 * sprint close reports it should have frozen. Written from the docs alone, independently of
 * src/alerts/rules/. Nobody acknowledges or resolves by hand in the runs it checks, so persons and
 * cooldowns play no part.
 *
 * - State alerts: `open` when the rule holds at `now`; `resolved` when it held at some moment of
 *   [watchingSince, now] but not at `now` (see state-rules.ts for the time between changes).
 * - Event alerts: fired by changes at or after watchingSince, `resolved` once undone (event-rules.ts).
 * - Sprint alerts: from the start report, `resolved` once the sprint closed (sprint-reports.ts).
 */
import type { SiteChange } from '../jira/model/site-change';
import { EventAlertTracker } from './event-rules';
import { SiteFacts, type ExpectedAlert, type ExpectedCloseReport, type OracleInput } from './input';
import { isIssueChange, SiteReplay } from './replay';
import { SprintHistory } from './sprint-reports';
import { StateAlertTracker } from './state-rules';

export type { ExpectedAlert, ExpectedCloseReport, OracleInput, PointsField } from './input';

export function expectedAlerts(input: OracleInput): ExpectedAlert[] {
  const facts = new SiteFacts(input);
  const replay = new SiteReplay(input, facts);
  const stateAlerts = new StateAlertTracker(replay, facts, input.mirroredSince);
  const eventAlerts = new EventAlertTracker(facts);
  const changes = input.changes.filter((change) => change.at <= input.now);

  // Up to watchingSince: the history that makes the starting state (events at watchingSince count).
  for (const change of changes.filter((c) => c.at <= input.watchingSince)) {
    replay.apply(change);
    eventAlerts.observe(change);
  }
  const activeAtWatchingSince = [...replay.sprintStates].filter(([, state]) => state === 'active').map(([id]) => id);
  for (const issueId of replay.issues.keys()) stateAlerts.open(issueId, input.watchingSince);

  // Then one millisecond at a time: end the segments of what changes then, apply, start new segments.
  // Changes come in time order; should one be stamped earlier than the one before, it counts as then.
  let at = input.watchingSince;
  for (const group of byMillisecond(changes.filter((c) => c.at > input.watchingSince))) {
    at = Math.max(at, group[0]?.at ?? at);
    const touched = new Set<string>(group.some((change) => !isIssueChange(change)) ? replay.issues.keys() : []);
    for (const change of group) if (isIssueChange(change)) touched.add(change.issueId);
    for (const issueId of touched) stateAlerts.close(issueId, at);
    for (const change of group) {
      replay.apply(change);
      eventAlerts.observe(change);
    }
    for (const issueId of touched) stateAlerts.open(issueId, at);
  }
  stateAlerts.finish(input.now);

  const sprintAlerts = new SprintHistory(input, facts).sprintAlerts(activeAtWatchingSince);
  return [...stateAlerts.results(), ...eventAlerts.results(), ...sprintAlerts].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Consecutive changes with the same `at`, in order. */
function byMillisecond(changes: readonly SiteChange[]): SiteChange[][] {
  const groups: SiteChange[][] = [];
  for (const change of changes) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]?.at === change.at) last.push(change);
    else groups.push([change]);
  }
  return groups;
}

export function expectedCloseReports(input: OracleInput): ExpectedCloseReport[] {
  return new SprintHistory(input, new SiteFacts(input)).closeReports();
}
