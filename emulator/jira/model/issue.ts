import type { AdfDoc } from './adf';

/** One changelog item, as in `ChangeDetails`; ids and display strings are kept as Jira renders them. */
export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface History {
  /** Numeric string, increasing across the whole site. */
  id: string;
  authorId: string;
  created: number;
  items: ChangeItem[];
}

export interface Comment {
  id: string;
  authorId: string;
  updateAuthorId: string;
  body: AdfDoc;
  created: number;
  updated: number;
}

export interface Worklog {
  id: string;
  authorId: string;
  started: number;
  timeSpentSeconds: number;
  created: number;
  updated: number;
}

/** Fields changed through `editIssueFields`; status and resolution move only through transitions. */
export interface EditableFields {
  summary: string;
  description: AdfDoc | null;
  priorityId: string;
  assigneeId: string | null;
  parentId: string | null;
  /** Every sprint the issue has been in, oldest first; at most the last one is open. */
  sprintIds: number[];
  storyPointEstimate: number | null;
  storyPoints: number | null;
  teamId: string | null;
  originalEstimateSeconds: number | null;
  remainingEstimateSeconds: number | null;
  labels: string[];
}

export interface Issue extends EditableFields {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  resolutionId: string | null;
  resolutionDate: number | null;
  reporterId: string;
  creatorId: string;
  created: number;
  updated: number;
  timeSpentSeconds: number | null;
  changelog: History[];
  comments: Comment[];
  worklogs: Worklog[];
}

export type IssueChanges = Partial<EditableFields>;

export interface NewIssue extends Partial<EditableFields> {
  projectId: string;
  issueTypeId: string;
  summary: string;
  statusId: string;
}

/** Jira forgets deleted issues; the site remembers them so tests can check the app noticed. */
export interface IssueDeletion {
  issueId: string;
  key: string;
  projectId: string;
  deletedBy: string;
  at: number;
}
