import type { FieldMapping } from '../fields/logical-fields';
import type { ChangeItem, IssueEvent } from '../events/payloads';
import { NO_SPRINT, type MirrorIssue } from './mirror-issue';

type MirrorEntry = Omit<MirrorIssue, 'version'>;

export type IssueEffect =
  /**
   * An older version than the mirror holds, or an issue already deleted: the event changes nothing.
   * `repair` when it carries changes the mirror keeps: arriving late, it shows events came out of
   * order, and the newer event applied before it did not carry this change; Jira has the truth.
   */
  | { kind: 'stale'; repair: boolean }
  /** The next entry; its `version` is the store's to set. */
  | { kind: 'write'; next: MirrorEntry }
  /** The payload lacks what the mirror needs (a new issue's custom fields): read the issue from Jira. */
  | { kind: 'fetch' };

/**
 * What an issue event does to the mirror, from the payload and its changelog alone. Pure: the
 * consumer reads the current entry and the mapping, and writes what this returns.
 */
export function applyIssueEvent(current: MirrorIssue | undefined, event: IssueEvent, mapping: Partial<FieldMapping>): IssueEffect {
  const { issue, changelog } = event;
  const updatedAt = issue.updated ?? current?.updatedAt ?? 0;
  const changelogId = changelogNumber(changelog?.id) ?? current?.changelogId ?? 0;
  if (current !== undefined && isStale(current, updatedAt, changelogId, event)) {
    return { kind: 'stale', repair: !current.deleted && (changelog?.items ?? []).some((item) => keptByMirror(item, mapping)) };
  }
  if (event.eventType === 'avi:jira:deleted:issue') {
    const base = current === undefined ? fromPayload(event, updatedAt, changelogId) : withoutVersion(current);
    return { kind: 'write', next: { ...base, deleted: true } };
  }
  // A new issue's custom fields, or the rest of an issue first seen through an update, are not in the payload.
  if (current === undefined) return { kind: 'fetch' };
  let next: MirrorEntry = { ...withoutVersion(current), ...fromPayloadFields(event), updatedAt: Math.max(updatedAt, current.updatedAt), changelogId: Math.max(changelogId, current.changelogId) };
  for (const item of changelog?.items ?? []) next = applyItem(next, item, mapping);
  // Jira stamps the category change with the write that made it, which is this event's.
  if (next.statusCategory !== current.statusCategory && issue.updated !== undefined) next = { ...next, statusCategoryChangedAt: issue.updated };
  return { kind: 'write', next };
}

function isStale(current: MirrorIssue, updatedAt: number, changelogId: number, event: IssueEvent): boolean {
  if (current.deleted) return true;
  if (event.eventType === 'avi:jira:deleted:issue') return false;
  if (updatedAt < current.updatedAt) return true;
  return updatedAt === current.updatedAt && changelogId <= current.changelogId;
}

/** The fields every issue event carries, where present. */
function fromPayloadFields(event: IssueEvent): Partial<MirrorEntry> {
  const { issue } = event;
  return {
    issueKey: issue.key,
    ...(issue.projectKey === undefined ? {} : { projectKey: issue.projectKey }),
    ...(issue.issueTypeName === undefined ? {} : { issueType: issue.issueTypeName }),
    ...(issue.statusName === undefined ? {} : { status: issue.statusName }),
    ...(issue.statusCategoryKey === undefined ? {} : { statusCategory: issue.statusCategoryKey }),
    ...(issue.created === undefined ? {} : { createdAt: issue.created }),
  };
}

function fromPayload(event: IssueEvent, updatedAt: number, changelogId: number): MirrorEntry {
  return { issueKey: event.issue.key, projectKey: event.issue.projectKey ?? '', sprintId: NO_SPRINT, updatedAt, changelogId, deleted: false, ...fromPayloadFields(event) };
}

function withoutVersion(issue: MirrorIssue): MirrorEntry {
  const { version: _version, ...entry } = issue;
  return entry;
}

/** A changelog item carries the new value of one field: applied when it is a field the mirror keeps. */
function applyItem(issue: MirrorEntry, item: ChangeItem, mapping: Partial<FieldMapping>): MirrorEntry {
  const fieldId = item.fieldId ?? item.field;
  if (fieldId === 'assignee') return withOptional(issue, 'assigneeId', item.to);
  if (item.field === 'IssueParentAssociation' || fieldId === 'parent') return withOptional(issue, 'parentId', item.to);
  if (fieldId === 'timeoriginalestimate') return withOptional(issue, 'originalEstimate', integerOf(item.to));
  if (fieldId === 'timeestimate') return withOptional(issue, 'remainingEstimate', integerOf(item.to));
  if (fieldId === 'timespent') return withOptional(issue, 'timeSpent', integerOf(item.to));
  if (fieldId === mapping.storyPoints) return withOptional(issue, 'storyPoints', numberOf(item.toString ?? item.to));
  if (fieldId === mapping.team) return withOptional(issue, 'teamId', item.to);
  if (fieldId === mapping.sprint) return { ...issue, sprintId: sprintAfter(issue.sprintId, sprintIds(item.from), sprintIds(item.to)) };
  return issue;
}

/** Changelog ids are numeric strings; one that is not (or is missing) says nothing about order. */
export function changelogNumber(id: string | undefined): number | undefined {
  const value = id === undefined ? NaN : Number(id);
  return Number.isFinite(value) ? value : undefined;
}

/** Changes the payload's own fields do not restate: the mirror learns them only from the changelog. */
function keptByMirror(item: ChangeItem, mapping: Partial<FieldMapping>): boolean {
  const fieldId = item.fieldId ?? item.field;
  const kept = ['assignee', 'parent', 'timeoriginalestimate', 'timeestimate', 'timespent', mapping.storyPoints, mapping.team, mapping.sprint];
  return item.field === 'IssueParentAssociation' || kept.includes(fieldId);
}

function withOptional<K extends keyof MirrorEntry>(issue: MirrorEntry, key: K, value: MirrorEntry[K] | null | undefined): MirrorEntry {
  const next = { ...issue };
  if (value === null || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function numberOf(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function integerOf(text: string | null): number | undefined {
  const value = numberOf(text);
  return value === undefined ? undefined : Math.round(value);
}

/**
 * The Sprint item lists every sprint the issue has been in, before and after. A sprint that appears
 * is the one the issue joined; when one disappears, the issue left it for the backlog. Closed
 * sprints stay in the list, which is why the last entry alone does not name the current sprint.
 */
function sprintAfter(current: number, from: number[], to: number[]): number {
  const joined = to.filter((id) => !from.includes(id));
  if (joined.length > 0) return joined.at(-1) as number;
  return to.includes(current) ? current : NO_SPRINT;
}

function sprintIds(ids: string | null): number[] {
  return (ids ?? '').split(',').map((id) => Number(id.trim())).filter((id) => Number.isInteger(id) && id > 0);
}
