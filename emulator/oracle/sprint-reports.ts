/**
 * Sprint close reports and sprint alerts (docs/alerts.md "## Sprints").
 *
 * "Reports are computed from Jira's changelog": every issue's Sprint field, points, status and
 * original estimate at any moment come from rewinding its changelog from its current value (for an
 * issue deleted during the run, from its copy at deletion). The changelog reaches back to the issue's
 * creation, so this also covers sprints that started before the first recorded change.
 *
 * A *moment* is a time plus a position among same-millisecond writes: the changelog entries with
 * `created < at`, and those with `created == at` and an id up to `maxHistoryId` (history ids grow
 * across the site in the order of the writes). The moment a sprint starts or closes is the position
 * of its `sprint-started` / `sprint-closed` change among the changes, so "in S at end" is the state
 * just before the close moves unfinished issues to the next sprint (which it does at the same ms).
 * A start with no change (before the recording began) is at its start date, after every write then.
 *
 * An issue *is in S* at a moment when the last id of its Sprint field is S; at the moments considered
 * here S is active (or about to be), so it is the open one.
 *
 * An issue is *unestimated at start* when it was estimable (its type's name, from the site's issue
 * types, among the project's `estimatedIssueTypes`; its status's category at start, from the site's
 * statuses, not `done`) and not estimated then. The emulator never changes an issue's type, so its
 * type at start is its type.
 */
import { CUSTOM_FIELD_IDS } from '../jira/model/fields';
import type { ChangeItem, Issue } from '../jira/model/issue';
import type { SiteChange, SprintChange } from '../jira/model/site-change';
import type { Sprint } from '../jira/model/entities';
import { key, type ExpectedAlert, type ExpectedCloseReport, type OracleInput, type SiteFacts } from './input';
import { isIssueChange } from './replay';

interface Version {
  at: number;
  /** -1 for the values at creation. */
  historyId: number;
  sprintIds: number[];
  points: number | null;
  statusId: string;
  originalEstimate: number | null;
}

interface IssueLine {
  id: string;
  projectId: string;
  issueTypeId: string;
  created: number;
  deletedAt: number | undefined;
  /** Oldest first; the first is the creation. */
  versions: Version[];
}

interface Moment {
  at: number;
  maxHistoryId: number;
}

type Values = Omit<Version, 'at' | 'historyId'>;

function parseSprintIds(value: string | null): number[] {
  return value === null || value.trim() === '' ? [] : value.split(',').map((id) => Number(id.trim()));
}

function parseNumber(value: string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}

/** Sets the values an item names to its `from` (rewinding) or `to` (replaying) side. */
function applyItem(values: Values, item: ChangeItem, side: 'from' | 'to', pointsFieldId: string): void {
  const id = side === 'from' ? item.from : item.to;
  const text = side === 'from' ? item.fromString : item.toString;
  if (item.fieldId === CUSTOM_FIELD_IDS.sprint) values.sprintIds = parseSprintIds(id);
  else if (item.fieldId === pointsFieldId) values.points = parseNumber(text);
  else if (item.field === 'status' && id !== null) values.statusId = id;
  else if (item.fieldId === 'timeoriginalestimate') values.originalEstimate = parseNumber(id);
}

function lineOf(issue: Issue, deletedAt: number | undefined, pointsFieldId: string, points: (issue: Issue) => number | null): IssueLine {
  const values: Values = { sprintIds: [...issue.sprintIds], points: points(issue), statusId: issue.statusId, originalEstimate: issue.originalEstimateSeconds };
  for (let h = issue.changelog.length - 1; h >= 0; h--) {
    const history = issue.changelog[h];
    if (history === undefined) continue;
    for (let i = history.items.length - 1; i >= 0; i--) {
      const item = history.items[i];
      if (item !== undefined) applyItem(values, item, 'from', pointsFieldId);
    }
  }
  const versions: Version[] = [{ at: issue.created, historyId: -1, ...values, sprintIds: [...values.sprintIds] }];
  for (const history of issue.changelog) {
    for (const item of history.items) applyItem(values, item, 'to', pointsFieldId);
    versions.push({ at: history.created, historyId: Number(history.id), ...values, sprintIds: [...values.sprintIds] });
  }
  return { id: issue.id, projectId: issue.projectId, issueTypeId: issue.issueTypeId, created: issue.created, deletedAt, versions };
}

function isBefore(version: Version, moment: Moment): boolean {
  return version.at < moment.at || (version.at === moment.at && version.historyId <= moment.maxHistoryId);
}

/** The issue's values at a moment; undefined when it did not exist then. */
function valuesAt(line: IssueLine, moment: Moment): Version | undefined {
  if (line.created > moment.at || (line.deletedAt !== undefined && line.deletedAt <= moment.at)) return undefined;
  let found: Version | undefined;
  for (const version of line.versions) {
    if (!isBefore(version, moment)) break;
    found = version;
  }
  return found;
}

function inSprint(version: Version | undefined, sprintId: number): boolean {
  return version !== undefined && version.sprintIds[version.sprintIds.length - 1] === sprintId;
}

const sum = (values: Array<number | null>): number => values.reduce<number>((total, v) => total + (v ?? 0), 0);
/** Plain string order, as the alert keys are sorted (the same as numeric order for 5-digit ids). */
const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

interface StartFacts {
  sprint: Sprint;
  committed: Array<{ id: string; version: Version; projectId: string; issueTypeId: string }>;
}

export class SprintHistory {
  private readonly lines: IssueLine[] = [];
  /** Every sprint as last known (the end state, or its copy in a change for one no longer there). */
  private readonly sprints = new Map<number, Sprint>();
  private readonly startChange = new Map<number, { change: SprintChange; index: number }>();
  private readonly closeChange = new Map<number, { change: SprintChange; index: number }>();
  /** For each change index, the smallest history id written at or after it; Infinity when none. */
  private readonly nextHistoryId: number[];
  private readonly changes: readonly SiteChange[];

  constructor(
    private readonly input: OracleInput,
    private readonly facts: SiteFacts,
  ) {
    this.changes = input.changes.filter((change) => change.at <= input.now);
    const pointsFieldId = CUSTOM_FIELD_IDS[input.pointsField];
    const points = (issue: Issue): number | null => issue[input.pointsField];
    for (const issue of input.state.allIssues()) this.lines.push(lineOf(issue, undefined, pointsFieldId, points));
    for (const change of input.changes) {
      if (change.kind === 'issue-deleted') this.lines.push(lineOf(change.before, change.at, pointsFieldId, points));
    }
    for (const sprint of input.state.sprints.values()) this.sprints.set(sprint.id, sprint);
    this.changes.forEach((change, index) => {
      if (isIssueChange(change)) return;
      if (!this.sprints.has(change.sprint.id)) this.sprints.set(change.sprint.id, change.sprint);
      if (change.kind === 'sprint-started') this.startChange.set(change.sprint.id, { change, index });
      if (change.kind === 'sprint-closed') this.closeChange.set(change.sprint.id, { change, index });
    });
    this.nextHistoryId = new Array<number>(this.changes.length + 1).fill(Number.POSITIVE_INFINITY);
    for (let i = this.changes.length - 1; i >= 0; i--) {
      const change = this.changes[i];
      const here = change !== undefined && 'history' in change ? Number(change.history.id) : Number.POSITIVE_INFINITY;
      this.nextHistoryId[i] = Math.min(here, this.nextHistoryId[i + 1] ?? Number.POSITIVE_INFINITY);
    }
  }

  /** Every sprint closed in [watchingSince, now], by sprint id. */
  closeReports(): ExpectedCloseReport[] {
    return [...this.closeChange.values()]
      .filter(({ change }) => change.at >= this.input.watchingSince)
      .map(({ change }) => this.closeReport(change.sprint.id))
      .filter((report): report is ExpectedCloseReport => report !== undefined)
      .sort((a, b) => a.sprintId - b.sprintId);
  }

  /**
   * Sprint alerts for every sprint whose start report the app has: those started in
   * [watchingSince, now], and those already active at watchingSince (the app learns of their start
   * late and computes the report "for start all the same").
   */
  sprintAlerts(activeAtWatchingSince: readonly number[]): ExpectedAlert[] {
    const started = [...this.startChange.values()].filter(({ change }) => change.at >= this.input.watchingSince).map(({ change }) => change.sprint.id);
    const reports = this.closeReports();
    const alerts: ExpectedAlert[] = [];
    for (const sprintId of new Set([...activeAtWatchingSince, ...started])) {
      const start = this.startFacts(sprintId);
      if (start === undefined) continue;
      const projectId = this.facts.boardProjectId(start.sprint.boardId);
      if (projectId === undefined) continue;
      const thresholds = this.facts.thresholds(projectId);
      const status = this.closeChange.has(sprintId) ? 'resolved' : 'open';
      const subject = `sprint:${sprintId}`;
      const committedPoints = sum(start.committed.map((c) => c.version.points));
      const velocity = this.velocity(start.sprint, reports, thresholds.velocitySprints);
      if (velocity !== undefined && committedPoints > velocity * (1 + thresholds.velocityTolerance)) alerts.push({ key: key('sprint-overcommitted', subject, 'start'), kind: 'sprint-overcommitted', status });
      const unestimated = start.committed.some((c) => this.estimableAt(c) && !this.estimatedAt(c.version, c.projectId));
      if (unestimated) alerts.push({ key: key('sprint-unestimated', subject, 'start'), kind: 'sprint-unestimated', status });
    }
    return alerts;
  }

  /** Mean completed points of the board's last `count` sprints closed (with a report) before `sprint` started. */
  private velocity(sprint: Sprint, reports: ExpectedCloseReport[], count: number): number | undefined {
    const start = sprint.startDate ?? Number.POSITIVE_INFINITY;
    const previous = reports
      .map((report) => ({ report, closed: this.closeChange.get(report.sprintId)?.change.at ?? Number.POSITIVE_INFINITY, boardId: this.sprints.get(report.sprintId)?.boardId }))
      .filter(({ closed, boardId }) => boardId === sprint.boardId && closed <= start)
      .sort((a, b) => b.closed - a.closed)
      .slice(0, count);
    if (previous.length === 0) return undefined;
    return sum(previous.map(({ report }) => report.completedPoints)) / previous.length;
  }

  /** Estimable at the version's moment: of an estimated type, and its status then not of category done. */
  private estimableAt(committed: StartFacts['committed'][number]): boolean {
    return this.facts.isEstimable({ issueTypeId: committed.issueTypeId, statusId: committed.version.statusId, projectId: committed.projectId });
  }

  /** A points project's issue is unestimated with no points; a time project's with no original estimate. */
  private estimatedAt(version: Version, projectId: string): boolean {
    return this.facts.estimation(projectId) === 'time' ? version.originalEstimate !== null : version.points !== null;
  }

  private momentOf(at: number, changeIndex: number | undefined): Moment {
    if (changeIndex === undefined) return { at, maxHistoryId: Number.POSITIVE_INFINITY };
    return { at, maxHistoryId: (this.nextHistoryId[changeIndex] ?? Number.POSITIVE_INFINITY) - 1 };
  }

  private startMoment(sprint: Sprint): Moment | undefined {
    const recorded = this.startChange.get(sprint.id);
    const start = recorded?.change.sprint.startDate ?? sprint.startDate;
    if (start === null) return undefined;
    return this.momentOf(start, recorded !== undefined && recorded.change.at === start ? recorded.index : undefined);
  }

  /**
   * The committed issues: in S at start, among the issues that still exist when the app freezes the
   * start report (at start, or at watchingSince for a sprint that started earlier).
   */
  private startFacts(sprintId: number): StartFacts | undefined {
    const sprint = this.startChange.get(sprintId)?.change.sprint ?? this.sprints.get(sprintId);
    if (sprint === undefined) return undefined;
    const moment = this.startMoment(sprint);
    if (moment === undefined) return undefined;
    const frozenAt = Math.max(moment.at, this.input.watchingSince);
    const committed: StartFacts['committed'] = [];
    for (const line of this.lines) {
      if (line.deletedAt !== undefined && line.deletedAt <= frozenAt) continue;
      const version = valuesAt(line, moment);
      if (version !== undefined && inSprint(version, sprintId)) committed.push({ id: line.id, version, projectId: line.projectId, issueTypeId: line.issueTypeId });
    }
    return { sprint, committed };
  }

  /**
   * Added and removed consider only issues that exist at the close (Jira forgets deleted issues, and
   * "left S ... to another sprint or the backlog" names no deletion); committed is the start report's.
   */
  private closeReport(sprintId: number): ExpectedCloseReport | undefined {
    const closed = this.closeChange.get(sprintId);
    const start = this.startFacts(sprintId);
    if (closed === undefined || start === undefined) return undefined;
    const startMoment = this.startMoment(start.sprint);
    if (startMoment === undefined) return undefined;
    const end = this.momentOf(closed.change.at, closed.index);
    const committedIds = new Set(start.committed.map((c) => c.id));
    const completed: Array<{ id: string; points: number | null }> = [];
    const carryOver: string[] = [];
    const added: string[] = [];
    const removed: string[] = [];
    for (const line of this.lines) {
      const atEnd = valuesAt(line, end);
      if (atEnd === undefined) continue;
      const inAtEnd = inSprint(atEnd, sprintId);
      const inAtStart = inSprint(valuesAt(line, startMoment), sprintId);
      const inBetween = line.versions.some((v) => !isBefore(v, startMoment) && isBefore(v, end) && inSprint(v, sprintId));
      if (inAtEnd) {
        if (this.facts.category(atEnd.statusId) === 'done') completed.push({ id: line.id, points: atEnd.points });
        else carryOver.push(line.id);
      }
      if (!inAtStart && (inAtEnd || inBetween)) added.push(line.id);
      if (!inAtEnd && (inAtStart || inBetween)) removed.push(line.id);
    }
    return {
      sprintId,
      committedIssueIds: sorted(committedIds),
      committedPoints: sum(start.committed.map((c) => c.version.points)),
      completedIssueIds: sorted(completed.map((c) => c.id)),
      completedPoints: sum(completed.map((c) => c.points)),
      addedIssueIds: sorted(added),
      removedIssueIds: sorted(removed),
      carryOverIssueIds: sorted(carryOver),
    };
  }
}
