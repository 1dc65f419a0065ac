import type { ChangelogEntry } from '../../jira/endpoints/schemas/changelog';
import { datedEntries, fieldChanges, idOf, numberOf, sprintIdsOf } from './changelog-reading';
import { FieldHistory, type FieldChange } from './field-history';

/** An issue as Jira holds it now, the point the changelog is rewound from. */
export interface IssueNow {
  issueId: string;
  issueKey: string;
  /**
   * The issue type's name as it is now. The changelog is not rewound for it: a type rarely changes,
   * and an issue of unknown type is of none of the project's estimated types.
   */
  issueType?: string | undefined;
  /** Before it the issue did not exist: no sprint, points, estimate, status or assignee. Unknown: it always existed. */
  createdAt?: number | undefined;
  /** Every sprint the Sprint field holds, oldest first. */
  sprintIds: readonly number[];
  points: number | undefined;
  /** Seconds; what "estimated" means in a project that estimates in time. */
  originalEstimate?: number | undefined;
  statusId: string | undefined;
  assigneeId: string | undefined;
}

/** Where the site keeps sprints and points; status, assignee and original estimate are system fields with fixed ids. */
export interface TimelineFieldIds {
  sprintFieldId: string;
  pointsFieldId: string;
}

/**
 * A sprint as far as membership goes. Only its completion matters: a future sprint is already open
 * (planned issues are in it), and once closed it holds nobody, whatever the Sprint field says.
 */
export interface SprintWindow {
  id: number;
  completedAt?: number | undefined;
}

/** A stay in a sprint: `enteredAt` is −∞ when it began before anything the changelog shows; `leftAt` is undefined while it lasts. */
export interface SprintStint {
  enteredAt: number;
  leftAt: number | undefined;
}

/** An issue's sprint, points, original estimate, status and assignee at any moment, from its current values and changelog. */
export class IssueTimeline {
  readonly issueId: string;
  readonly issueKey: string;
  /** The current type's name (see `IssueNow.issueType`). */
  readonly issueType: string | undefined;
  private readonly createdAt: number | undefined;
  private readonly sprints: FieldHistory<readonly number[]>;
  private readonly points: FieldHistory<number | undefined>;
  private readonly originalEstimate: FieldHistory<number | undefined>;
  private readonly status: FieldHistory<string | undefined>;
  private readonly assignee: FieldHistory<string | undefined>;

  constructor(now: IssueNow, changelog: readonly ChangelogEntry[], fields: TimelineFieldIds) {
    const entries = datedEntries(changelog);
    this.issueId = now.issueId;
    this.issueKey = now.issueKey;
    this.issueType = now.issueType;
    this.createdAt = now.createdAt;
    this.sprints = new FieldHistory(now.sprintIds, fieldChanges(entries, fields.sprintFieldId, (item) => ({ from: sprintIdsOf(item.from), to: sprintIdsOf(item.to) })));
    this.points = new FieldHistory(now.points, fieldChanges(entries, fields.pointsFieldId, (item) => ({ from: numberOf(item.fromString), to: numberOf(item.toString) })));
    this.originalEstimate = new FieldHistory(now.originalEstimate, fieldChanges(entries, 'timeoriginalestimate', (item) => ({ from: numberOf(item.from), to: numberOf(item.to) })));
    this.status = new FieldHistory(now.statusId, fieldChanges(entries, 'status', (item) => ({ from: idOf(item.from), to: idOf(item.to) })));
    this.assignee = new FieldHistory(now.assigneeId, fieldChanges(entries, 'assignee', (item) => ({ from: idOf(item.from), to: idOf(item.to) })));
  }

  existsAt(t: number): boolean {
    return this.createdAt === undefined || t >= this.createdAt;
  }

  sprintIdsAt(t: number): readonly number[] {
    return this.existsAt(t) ? this.sprints.valueAt(t) : [];
  }

  pointsAt(t: number): number | undefined {
    return this.existsAt(t) ? this.points.valueAt(t) : undefined;
  }

  originalEstimateAt(t: number): number | undefined {
    return this.existsAt(t) ? this.originalEstimate.valueAt(t) : undefined;
  }

  statusIdAt(t: number): string | undefined {
    return this.existsAt(t) ? this.status.valueAt(t) : undefined;
  }

  assigneeAt(t: number): string | undefined {
    return this.existsAt(t) ? this.assignee.valueAt(t) : undefined;
  }

  /** Every change of the points, oldest first. */
  get pointsChanges(): ReadonlyArray<FieldChange<number | undefined>> {
    return this.points.changes;
  }

  /** In S at t: S is the last sprint of the field, so the open one, and S has not closed yet. */
  inSprintAt(sprint: SprintWindow, t: number): boolean {
    const open = sprint.completedAt === undefined || t < sprint.completedAt;
    return open && this.sprintIdsAt(t).at(-1) === sprint.id;
  }

  /**
   * In S during the instant before t. A sprint's content as it closes is read this way: at the
   * completion time itself S is closed, and Jira stamps its moves of unfinished issues with that time.
   */
  inSprintJustBefore(sprint: SprintWindow, t: number): boolean {
    return this.sprintStints(sprint).some((stint) => stint.enteredAt < t && (stint.leftAt === undefined || stint.leftAt >= t));
  }

  /** The stays in S, oldest first. Membership can only change when the issue is created, its Sprint field changes, or S closes. */
  sprintStints(sprint: SprintWindow): SprintStint[] {
    const moments = [...this.sprints.changes.map((change) => change.at), this.createdAt, sprint.completedAt]
      .filter((at): at is number => at !== undefined)
      .sort((a, b) => a - b);
    const stints: SprintStint[] = [];
    let enteredAt: number | undefined = this.inSprintAt(sprint, Number.NEGATIVE_INFINITY) ? Number.NEGATIVE_INFINITY : undefined;
    for (const at of moments) {
      const inside = this.inSprintAt(sprint, at);
      if (inside && enteredAt === undefined) enteredAt = at;
      if (!inside && enteredAt !== undefined) {
        stints.push({ enteredAt, leftAt: at });
        enteredAt = undefined;
      }
    }
    if (enteredAt !== undefined) stints.push({ enteredAt, leftAt: undefined });
    return stints;
  }
}
