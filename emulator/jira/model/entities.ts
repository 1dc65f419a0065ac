/** Site-level entities. Ids are strings where Jira's REST API uses strings, numbers for agile boards and sprints. */

export interface User {
  accountId: string;
  displayName: string;
  emailAddress: string;
  accountType: 'atlassian' | 'app';
  active: boolean;
  timeZone: string;
  groups: string[];
  siteAdmin: boolean;
  /** Projects this user lacks BROWSE_PROJECTS on; everyone else sees every project. */
  hiddenProjectIds: string[];
}

/** An Atlassian team, the value of the Team (`atlassian-team`) field. */
export interface Team {
  id: string;
  name: string;
  memberAccountIds: string[];
}

/** `classic` is company-managed, `next-gen` team-managed (REST `style`). */
export type ProjectStyle = 'classic' | 'next-gen';

export interface Project {
  id: string;
  key: string;
  name: string;
  style: ProjectStyle;
  projectTypeKey: 'software';
  leadAccountId: string;
  issueTypeIds: string[];
  /** Statuses of the project's workflow in board-column order. */
  statusIds: string[];
  /** Last issue number handed out; keys are never reused, even after deletion. */
  issueCounter: number;
}

export interface IssueType {
  id: string;
  name: 'Epic' | 'Story' | 'Task' | 'Bug' | 'Subtask';
  /** 1 epic, 0 standard, -1 subtask. */
  hierarchyLevel: 1 | 0 | -1;
  subtask: boolean;
  /** Team-managed projects own their issue types; company-managed ones share site-wide types. */
  scopeProjectId: string | null;
}

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface Status {
  id: string;
  name: string;
  category: StatusCategoryKey;
  scopeProjectId: string | null;
}

export interface Priority {
  id: string;
  name: string;
  isDefault: boolean;
}

export interface Resolution {
  id: string;
  name: string;
}

export type BoardType = 'scrum' | 'kanban';

export interface BoardColumn {
  name: string;
  statusIds: string[];
}

export interface Board {
  id: number;
  name: string;
  type: BoardType;
  projectId: string;
  /** Field the board estimates with (board configuration `estimation.field.fieldId`); null for kanban. */
  estimationFieldId: string | null;
  columns: BoardColumn[];
}

export type SprintState = 'future' | 'active' | 'closed';

export interface Sprint {
  id: number;
  boardId: number;
  name: string;
  state: SprintState;
  goal: string;
  createdDate: number;
  startDate: number | null;
  endDate: number | null;
  completeDate: number | null;
}
