/**
 * The oracle's input and output types, and the site facts every rule reads (categories, names,
 * estimation mode, thresholds). Written from docs/alerts.md and the emulator's model only.
 */
import type { Issue } from '../jira/model/issue';
import type { SiteChange } from '../jira/model/site-change';
import type { JiraSiteState } from '../jira/model/site-state';
import type { AlertKind, AlertThresholds, Estimation, StatusCategory } from '../../src/alerts/model';

export type PointsField = 'storyPoints' | 'storyPointEstimate';

export interface OracleInput {
  /** The site at the end. */
  state: JiraSiteState;
  /** Every change since the site was seeded, in order. */
  changes: readonly SiteChange[];
  /** Epoch ms: when the app's first full sync started. */
  watchingSince: number;
  /** Epoch ms: when the comparison is made. Changes after it are ignored. */
  now: number;
  thresholds: (projectKey: string) => AlertThresholds;
  /** Which EditableFields member is the mapped story points field. */
  pointsField: PointsField;
  /**
   * The app mirrors issues updated since the full sync's window opened (30 days before it started),
   * and every issue changed after; state rules concern mirrored issues only. Default: every issue.
   */
  mirroredSince?: number;
}

export interface ExpectedAlert {
  /** `kind|subject|cause`, as `dedupKey` in src/alerts/model.ts. */
  key: string;
  kind: AlertKind;
  status: 'open' | 'resolved';
}

export interface ExpectedCloseReport {
  sprintId: number;
  committedIssueIds: string[];
  committedPoints: number;
  completedIssueIds: string[];
  completedPoints: number;
  addedIssueIds: string[];
  removedIssueIds: string[];
  carryOverIssueIds: string[];
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;

export const RANK: Readonly<Record<StatusCategory, number>> = { new: 0, indeterminate: 1, done: 2 };

/** Field id the board configuration uses for time estimates. */
const TIME_ESTIMATION_FIELD = 'timeoriginalestimate';

export function key(kind: AlertKind, subject: string, cause: string): string {
  return `${kind}|${subject}|${cause}`;
}

/** Reference data of the site (it does not change over a run), read through the docs' words. */
export class SiteFacts {
  private readonly thresholdCache = new Map<string, AlertThresholds>();
  private readonly estimationCache = new Map<string, Estimation>();

  constructor(private readonly input: OracleInput) {}

  get pointsField(): PointsField {
    return this.input.pointsField;
  }

  get watchingSince(): number {
    return this.input.watchingSince;
  }

  category(statusId: string): StatusCategory | undefined {
    return this.input.state.statuses.get(statusId)?.category;
  }

  rank(statusId: string): number | undefined {
    const category = this.category(statusId);
    return category === undefined ? undefined : RANK[category];
  }

  statusName(statusId: string): string | undefined {
    return this.input.state.statuses.get(statusId)?.name;
  }

  typeName(issueTypeId: string): string | undefined {
    return this.input.state.issueTypes.get(issueTypeId)?.name;
  }

  projectKey(projectId: string): string {
    return this.input.state.projects.get(projectId)?.key ?? projectId;
  }

  thresholds(projectId: string): AlertThresholds {
    let found = this.thresholdCache.get(projectId);
    if (found === undefined) this.thresholdCache.set(projectId, (found = this.input.thresholds(this.projectKey(projectId))));
    return found;
  }

  /** Time when the project's scrum board estimates with the original estimate, else points. */
  estimation(projectId: string): Estimation {
    let found = this.estimationCache.get(projectId);
    if (found === undefined) {
      const board = [...this.input.state.boards.values()].find((b) => b.projectId === projectId && b.type === 'scrum');
      found = board?.estimationFieldId === TIME_ESTIMATION_FIELD ? 'time' : 'points';
      this.estimationCache.set(projectId, found);
    }
    return found;
  }

  /** The project of a board, for sprint thresholds. */
  boardProjectId(boardId: number): string | undefined {
    return this.input.state.boards.get(boardId)?.projectId;
  }

  /** Any number, 0 included, counts; null is "no value". */
  isEstimated(issue: Pick<Issue, PointsField | 'originalEstimateSeconds' | 'projectId'>): boolean {
    return this.estimation(issue.projectId) === 'time' ? issue.originalEstimateSeconds !== null : issue[this.pointsField] !== null;
  }

  /** Type among the project's estimated types, and category not done. */
  isEstimable(issue: Pick<Issue, 'issueTypeId' | 'statusId' | 'projectId'>): boolean {
    const type = this.typeName(issue.issueTypeId);
    return type !== undefined && this.thresholds(issue.projectId).estimatedIssueTypes.includes(type) && this.category(issue.statusId) !== 'done';
  }
}

/** Every `{"type": "mention", "attrs": {"id": ...}}` node anywhere in an ADF document, deduplicated. */
export function mentionedUsers(doc: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'mention') {
      const attrs = record['attrs'];
      const id = attrs !== null && typeof attrs === 'object' ? (attrs as Record<string, unknown>)['id'] : undefined;
      if (typeof id === 'string') found.add(id);
    }
    for (const value of Object.values(record)) if (value !== null && typeof value === 'object') walk(value);
  };
  walk(doc);
  return found;
}
