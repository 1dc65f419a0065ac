import type { CommentEventType, FieldEventType, IssueEventType, MentionEventType, SprintEventType, WorklogEventType } from './event-types';

/** Times are epoch milliseconds; ids are strings, except sprint and board ids, which are numbers. */
interface EventBase<T extends string> {
  eventType: T;
  /** The user who caused the event; absent when no one did (a scheduled sprint start). */
  atlassianId?: string;
  /** The common `timestamp` field: when the event occurred. */
  occurredAt?: number;
  /** The app's own write caused the event (the trigger has no `ignoreSelf` filter). */
  selfGenerated: boolean;
}

export interface IssueRef {
  id: string;
  key: string;
  projectId?: string;
  projectKey?: string;
  issueTypeId?: string;
  issueTypeName?: string;
  issueTypeSubtask?: boolean;
  statusId?: string;
  statusName?: string;
  statusCategoryKey?: string;
  summary?: string;
  /** `null` when the payload says the issue is unassigned; absent when it does not say. */
  assigneeId?: string | null;
  reporterId?: string;
  created?: number;
  updated?: number;
}

export interface ChangeItem {
  field: string;
  fieldtype?: string;
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** `id` is optional: the only transcription of Atlassian's `Changelog` type has `items` alone. */
export interface Changelog {
  id?: string;
  items: ChangeItem[];
}

export interface StatusRef {
  id: string;
  name?: string;
  categoryKey?: string;
}

export interface IssueEvent extends EventBase<IssueEventType> {
  family: 'issue';
  issue: IssueRef;
  changelog?: Changelog;
  /** Current and previous status, in payload order: the docs say to tell them apart by the changelog. */
  associatedStatuses?: StatusRef[];
}

export interface CommentRef {
  id: string;
  authorId?: string;
  updateAuthorId?: string;
  /** ADF, kept as sent. */
  body?: unknown;
  created?: number;
  updated?: number;
}

/** An edit arrives as `commented:issue` too; `isCommentEdit` tells the two apart. */
export interface CommentEvent extends EventBase<CommentEventType> {
  family: 'comment';
  issue: IssueRef;
  comment: CommentRef;
}

/** `comment` is present exactly for `mentioned:comment`. */
export interface MentionEvent extends EventBase<MentionEventType> {
  family: 'mention';
  issue: IssueRef;
  comment?: CommentRef;
  mentionedAccountIds: string[];
}

export interface WorklogRef {
  id: string;
  issueId: string;
  authorId?: string;
  started?: number;
  timeSpentSeconds?: number;
  created?: number;
  updated?: number;
}

/** Worklog events carry no issue object: only `worklog.issueId`. */
export interface WorklogEvent extends EventBase<WorklogEventType> {
  family: 'worklog';
  worklog: WorklogRef;
}

export type SprintState = 'future' | 'active' | 'closed';

export interface SprintFields {
  originBoardId?: number;
  name?: string;
  state?: SprintState;
  goal?: string;
  startDate?: number;
  endDate?: number;
  completeDate?: number;
  /** Sent as `createDate` in Atlassian's example and `createdDate` by the REST API. */
  createdDate?: number;
}

export interface SprintRef extends SprintFields {
  id: number;
}

export interface SprintEvent extends EventBase<SprintEventType> {
  family: 'sprint';
  sprint: SprintRef;
  /** `oldValue`: the fields an `updated:sprint` changed, as they were. */
  previous?: SprintFields;
}

/** The field events' payload is undocumented: whatever identifies the field, read leniently. */
export interface FieldEvent extends EventBase<FieldEventType> {
  family: 'field';
  field?: { id?: string; name?: string };
  /** Digest of the whole payload without delivery-specific keys: the event's only version. */
  contentDigest: string;
}

export type ProductEvent = IssueEvent | CommentEvent | MentionEvent | WorklogEvent | SprintEvent | FieldEvent;
export type ProductEventFamily = ProductEvent['family'];
