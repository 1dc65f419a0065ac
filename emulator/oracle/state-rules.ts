/**
 * The state rules of docs/alerts.md ("## State rules"), and the bookkeeping of which of them held at
 * some moment of [watchingSince, now] and which hold at `now`.
 *
 * Time between changes. An issue's state (its fields, its category date) and the sprints' states
 * only change at changes. Between two changes, the only thing that moves is the clock, and the two
 * time-based conditions only ever become true as it moves:
 * - `missing-estimate` / `created` holds from `created + grace` on (`now ≥ created + grace`);
 * - `stuck` holds from the first millisecond after `since + stuckDays` (`now − since > stuckDays`).
 * So for a stretch of time in which the issue and the sprints stay the same, each rule has one
 * earliest moment `from` (−∞ for rules without a time condition) and holds from it on. The tracker
 * keeps one *segment* per live issue: the time since the issue (or any sprint) last changed. When a
 * segment [a, b) ends (a change of the issue or of a sprint at b), every finding with `from < b`
 * held at some moment of it; the last segment [a, now] counts findings with `from ≤ now`, and those
 * are the ones holding at `now`. Times are integer epoch ms, as everywhere in the emulator.
 *
 * Several changes at the same millisecond are applied together before the next segment starts: an
 * issue state that existed for no time at all is not a state the issue was in at any moment.
 */
import type { StateKind } from '../../src/alerts/model';
import { DAY, MINUTE, key, type ExpectedAlert, type SiteFacts } from './input';
import type { LiveIssue, SiteReplay } from './replay';

export interface StateFinding {
  key: string;
  kind: StateKind;
  /** The earliest moment the rule holds while the issue and the sprints stay as they are. */
  from: number;
}

/** What holds for one live issue, given the sprints' states. */
export function stateFindings(live: LiveIssue, replay: SiteReplay, facts: SiteFacts): StateFinding[] {
  const { issue, categoryChangedAt } = live;
  const thresholds = facts.thresholds(issue.projectId);
  const category = facts.category(issue.statusId);
  const estimable = facts.isEstimable(issue);
  const estimated = facts.isEstimated(issue);
  const spent = issue.timeSpentSeconds ?? 0;
  const findings: StateFinding[] = [];
  const add = (kind: StateKind, cause: string, from = Number.NEGATIVE_INFINITY) => findings.push({ key: key(kind, issue.id, cause), kind, from });

  if (estimable && !estimated) {
    if (issue.created >= facts.watchingSince) add('missing-estimate', 'created', Math.ceil(issue.created + thresholds.missingEstimateGraceMinutes * MINUTE));
    const sprint = replay.openSprintOf(issue);
    if (sprint !== undefined && replay.isActive(sprint)) add('missing-estimate', `sprint:${sprint}`);
    if (spent > 0) add('unestimated-work', 'time');
  }
  if (category === 'indeterminate') {
    // The first integer ms t with t − since > stuckDays days.
    add('stuck', `since:${categoryChangedAt}`, Math.floor(categoryChangedAt + thresholds.stuckDays * DAY) + 1);
  }
  const original = issue.originalEstimateSeconds;
  if (original !== null && original > 0 && spent > original * thresholds.overEstimateRatio) add('over-estimate', 'time');
  if (issue.remainingEstimateSeconds === 0 && category !== 'done' && spent > 0) add('remaining-zero', 'time');
  return findings;
}

/** Which state alerts held at some moment of [watchingSince, now], and which hold at `now`. */
export class StateAlertTracker {
  /** Per live issue: when its current segment started. */
  private readonly segmentStart = new Map<string, number>();
  private readonly everHeld = new Map<string, StateKind>();
  private readonly holdingNow = new Set<string>();

  constructor(
    private readonly replay: SiteReplay,
    private readonly facts: SiteFacts,
    private readonly mirroredSince = -Infinity,
  ) {}

  /** Starts a segment at `at` for the issue as the replay has it now; nothing for a deleted or unmirrored issue. */
  open(issueId: string, at: number): void {
    const live = this.replay.issues.get(issueId);
    if (live !== undefined && live.issue.updated >= this.mirroredSince) this.segmentStart.set(issueId, at);
  }

  /** Ends the issue's segment at `until` (exclusive): the issue or a sprint changes at `until`. */
  close(issueId: string, until: number): void {
    const live = this.replay.issues.get(issueId);
    if (live === undefined || !this.segmentStart.delete(issueId)) return;
    for (const finding of stateFindings(live, this.replay, this.facts)) {
      if (finding.from < until) this.everHeld.set(finding.key, finding.kind);
    }
  }

  /** Ends every segment at `now` (inclusive); what holds then is what is open. */
  finish(now: number): void {
    for (const issueId of this.segmentStart.keys()) {
      const live = this.replay.issues.get(issueId);
      if (live === undefined) continue;
      for (const finding of stateFindings(live, this.replay, this.facts)) {
        if (finding.from > now) continue;
        this.everHeld.set(finding.key, finding.kind);
        this.holdingNow.add(finding.key);
      }
    }
    this.segmentStart.clear();
  }

  results(): ExpectedAlert[] {
    return [...this.everHeld].map(([alertKey, kind]) => ({ key: alertKey, kind, status: this.holdingNow.has(alertKey) ? 'open' : 'resolved' }));
  }
}
