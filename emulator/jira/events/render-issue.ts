import type { StatusCategoryKey } from '../model/entities';
import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import { jiraDateTime } from '../model/time';
import type { ForgeIssue, ForgeStatus, IssueTypeKey } from './payload-types';

/** Jira's fixed status categories (REST `statusCategory`). */
const CATEGORIES: Record<StatusCategoryKey, { id: number; name: string }> = {
  new: { id: 2, name: 'To Do' },
  indeterminate: { id: 4, name: 'In Progress' },
  done: { id: 3, name: 'Done' },
};

export function renderStatus(state: JiraSiteState, statusId: string): ForgeStatus {
  const status = state.statuses.get(statusId);
  if (status === undefined) throw new Error(`Unknown status ${statusId}`);
  return { id: status.id, name: status.name, statusCategory: { ...CATEGORIES[status.category], key: status.category } };
}

/** The documented issue fields of an event payload, read from a snapshot of the issue. */
export function renderIssue(state: JiraSiteState, issue: Issue, issueTypeKey: IssueTypeKey): ForgeIssue {
  const type = state.issueTypes.get(issue.issueTypeId);
  const project = state.projects.get(issue.projectId);
  if (type === undefined || project === undefined) throw new Error(`Issue ${issue.key} refers to an unknown type or project`);
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.summary,
      [issueTypeKey]: { id: type.id, name: type.name, subtask: type.subtask, hierarchyLevel: type.hierarchyLevel },
      project: { id: project.id, key: project.key, name: project.name, projectTypeKey: project.projectTypeKey, simplified: project.style === 'next-gen' },
      status: renderStatus(state, issue.statusId),
      assignee: issue.assigneeId === null ? null : { accountId: issue.assigneeId },
      reporter: { accountId: issue.reporterId },
      creator: { accountId: issue.creatorId },
      created: jiraDateTime(issue.created),
      updated: jiraDateTime(issue.updated),
    },
  };
}
