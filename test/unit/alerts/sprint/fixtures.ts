import type { ChangeItem, ChangelogEntry } from '../../../../src/jira/endpoints/schemas/changelog';
import { IssueTimeline, type IssueNow, type TimelineFieldIds } from '../../../../src/alerts/sprint/issue-timeline';
import type { StatusCategory } from '../../../../src/alerts/model';

export const FIELDS: TimelineFieldIds = { sprintFieldId: 'customfield_10020', pointsFieldId: 'customfield_10016' };

export const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

/** Minutes after T0, so scenarios read as a timeline. */
export function at(minutes: number): number {
  return T0 + minutes * 60_000;
}

export const TODO = '10000';
export const IN_PROGRESS = '3';
export const DONE = '10001';

const CATEGORIES: Record<string, StatusCategory> = { [TODO]: 'new', [IN_PROGRESS]: 'indeterminate', [DONE]: 'done' };

export function categoryOfStatus(statusId: string): StatusCategory | undefined {
  return CATEGORIES[statusId];
}

/** Jira's own date format, which `Date.parse` is not required to read. */
export function jiraTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}

/** Items as the emulator writes them (emulator/jira/model/change-items.ts). */
export function sprintItem(from: readonly number[], to: readonly number[]): ChangeItem {
  const text = (ids: readonly number[]): string | null => (ids.length === 0 ? null : ids.join(', '));
  return { field: 'Sprint', fieldtype: 'custom', fieldId: FIELDS.sprintFieldId, from: text(from), fromString: text(from), to: text(to), toString: text(to) };
}

export function pointsItem(from: number | undefined, to: number | undefined): ChangeItem {
  const text = (points: number | undefined): string | null => (points === undefined ? null : String(points));
  return { field: 'Story point estimate', fieldtype: 'custom', fieldId: FIELDS.pointsFieldId, from: null, fromString: text(from), to: null, toString: text(to) };
}

export function originalEstimateItem(from: number | undefined, to: number | undefined): ChangeItem {
  const text = (seconds: number | undefined): string | null => (seconds === undefined ? null : String(seconds));
  return { field: 'timeoriginalestimate', fieldtype: 'jira', fieldId: 'timeoriginalestimate', from: text(from), fromString: text(from), to: text(to), toString: text(to) };
}

export function statusItem(from: string, to: string): ChangeItem {
  return { field: 'status', fieldtype: 'jira', fieldId: 'status', from, fromString: `status ${from}`, to, toString: `status ${to}` };
}

export function assigneeItem(from: string | undefined, to: string | undefined): ChangeItem {
  return { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: from ?? null, fromString: from ?? null, to: to ?? null, toString: to ?? null };
}

let nextEntryId = 1000;

export function entry(when: number, ...items: ChangeItem[]): ChangelogEntry {
  return { id: String(nextEntryId++), created: jiraTime(when), items };
}

interface Values {
  /** Not in the changelog: the timeline takes the current type. */
  issueType: string;
  sprintIds: number[];
  points: number | undefined;
  originalEstimate: number | undefined;
  statusId: string;
  assigneeId: string | undefined;
}

/**
 * An issue's life told forwards, as Jira records it: each edit becomes a changelog entry and the
 * last values are the current ones, so the timeline has to rewind what the story wound.
 */
export class IssueStory {
  private values: Values;
  private readonly changelog: ChangelogEntry[] = [];

  constructor(
    private readonly issueKey: string,
    private readonly createdAt: number | undefined,
    initial: Partial<Values> = {},
  ) {
    this.values = { issueType: 'Story', sprintIds: [], points: undefined, originalEstimate: undefined, statusId: TODO, assigneeId: undefined, ...initial };
  }

  change(when: number, changes: Partial<Values>): this {
    const next = { ...this.values, ...changes };
    const items: ChangeItem[] = [];
    if ('sprintIds' in changes) items.push(sprintItem(this.values.sprintIds, next.sprintIds));
    if ('points' in changes) items.push(pointsItem(this.values.points, next.points));
    if ('originalEstimate' in changes) items.push(originalEstimateItem(this.values.originalEstimate, next.originalEstimate));
    if ('statusId' in changes) items.push(statusItem(this.values.statusId, next.statusId));
    if ('assigneeId' in changes) items.push(assigneeItem(this.values.assigneeId, next.assigneeId));
    this.changelog.push(entry(when, ...items));
    this.values = next;
    return this;
  }

  now(): IssueNow {
    const issueId = this.issueKey.replace(/\D/g, '');
    return { issueId, issueKey: this.issueKey, createdAt: this.createdAt, ...this.values };
  }

  entries(): ChangelogEntry[] {
    return [...this.changelog];
  }

  timeline(): IssueTimeline {
    return new IssueTimeline(this.now(), this.changelog, FIELDS);
  }
}
