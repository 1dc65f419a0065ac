import type { AdfDoc } from '../model/adf';
import type { StatusCategoryKey } from '../model/entities';

/**
 * Forge product-event payloads as the Jira site emits them. Type aliases rather than interfaces so
 * they fit the platform's `Record<string, unknown>` payload parameter.
 */
export type ForgeUser = { accountId: string };

export type ForgeIssueType = { id: string; name: string; subtask: boolean; hierarchyLevel: number };

export type ForgeStatus = { id: string; name: string; statusCategory: { id: number; key: StatusCategoryKey; name: string } };

export type ForgeProject = { id: string; key: string; name: string; projectTypeKey: string; simplified: boolean };

/** The docs' type says `issueType`, their example `issuetype`: each event carries exactly one of the two. */
export type IssueTypeKey = 'issuetype' | 'issueType';

export type ForgeIssueFields = {
  summary: string;
  issuetype?: ForgeIssueType;
  issueType?: ForgeIssueType;
  project: ForgeProject;
  status: ForgeStatus;
  assignee: ForgeUser | null;
  reporter: ForgeUser;
  creator: ForgeUser;
  created: string;
  updated: string;
};

export type ForgeIssue = { id: string; key: string; fields: ForgeIssueFields };

export type ForgeChangeItem = { field: string; fieldtype: string; fieldId?: string; from: string | null; fromString: string | null; to: string | null; toString: string | null };

export type ForgeChangelog = { id: string; items: ForgeChangeItem[] };

export type ForgeComment = { id: string; author: ForgeUser; updateAuthor: ForgeUser; body: AdfDoc; created: string; updated: string; jsdPublic: boolean };

export type ForgeWorklog = { id: string; issueId: string; author: ForgeUser; started: string; timeSpentSeconds: number; created: string; updated: string };

/** Field names, string ids and date format follow the docs' `updated:sprint` example; null dates are left out. */
export type ForgeSprint = {
  id: string;
  originBoardId: string;
  name: string;
  goal: string;
  state: string;
  createDate: string;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
};

/** Fields every `avi:jira:*` event has: `timestamp` is epoch ms as a string, per the docs' common fields. */
type JiraEvent = { timestamp: string };

type ByUser = JiraEvent & { atlassianId: string };

export type IssueEventPayload = ByUser & { eventType: 'avi:jira:created:issue' | 'avi:jira:deleted:issue'; issue: ForgeIssue };

export type IssueUpdatedPayload = ByUser & {
  eventType: 'avi:jira:updated:issue';
  issue: ForgeIssue;
  changelog: ForgeChangelog;
  /** Current status first, then the previous one; only when the status changed. */
  associatedStatuses?: ForgeStatus[];
};

/** Its changelog holds only the assignee item, whose `from`/`to` are account ids. */
export type IssueAssignedPayload = ByUser & { eventType: 'avi:jira:assigned:issue'; issue: ForgeIssue; changelog: ForgeChangelog };

export type IssueMentionedPayload = ByUser & { eventType: 'avi:jira:mentioned:issue'; issue: ForgeIssue; mentionedAccountIds: string[] };

export type CommentedPayload = ByUser & { eventType: 'avi:jira:commented:issue'; issue: ForgeIssue; comment: ForgeComment };

export type CommentMentionedPayload = ByUser & { eventType: 'avi:jira:mentioned:comment'; issue: ForgeIssue; comment: ForgeComment; mentionedAccountIds: string[] };

/** Documented as `{ eventType, worklog }` only: no issue and no actor. */
export type WorklogCreatedPayload = JiraEvent & { eventType: 'avi:jira:created:worklog'; worklog: ForgeWorklog };

export type SprintPayload = {
  eventType: 'avi:jira-software:created:sprint' | 'avi:jira-software:started:sprint' | 'avi:jira-software:closed:sprint';
  sprint: ForgeSprint;
  atlassianId?: string;
};

export type ProductEventPayload =
  | IssueEventPayload
  | IssueUpdatedPayload
  | IssueAssignedPayload
  | IssueMentionedPayload
  | CommentedPayload
  | CommentMentionedPayload
  | WorklogCreatedPayload
  | SprintPayload;
