import { CUSTOM_FIELD_IDS } from '../model/fields';
import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import { jiraDateTime } from '../model/time';
import { renderComment, authorRef } from './comment';
import { formatDuration } from './duration';
import { issueTypeRef, priorityRef, projectRef, sprintFieldValue, statusRef } from './refs';
import { renderWorklog } from './worklog';

/** Jira's embedded page sizes for the comment and worklog fields of an issue. */
const EMBEDDED_COMMENTS = 5000;
const EMBEDDED_WORKLOGS = 20;

/** The value of one field of an issue, as REST v3 renders it; `undefined` means the field is left out. */
export function fieldValue(siteUrl: string, state: JiraSiteState, issue: Issue, fieldId: string): unknown {
  switch (fieldId) {
    case 'summary':
      return issue.summary;
    case 'description':
      return issue.description;
    case 'issuetype':
      return ref(state.issueTypes.get(issue.issueTypeId), (type) => issueTypeRef(siteUrl, type));
    case 'project':
      return ref(state.projects.get(issue.projectId), (project) => projectRef(siteUrl, project));
    case 'status':
      return ref(state.statuses.get(issue.statusId), (status) => statusRef(siteUrl, status));
    case 'priority':
      return ref(state.priorities.get(issue.priorityId), (priority) => priorityRef(siteUrl, priority));
    case 'resolution':
      return issue.resolutionId === null ? null : resolutionRef(siteUrl, state, issue.resolutionId);
    case 'resolutiondate':
      return issue.resolutionDate === null ? null : jiraDateTime(issue.resolutionDate);
    case 'assignee':
      return issue.assigneeId === null ? null : authorRef(siteUrl, state, issue.assigneeId);
    case 'reporter':
      return authorRef(siteUrl, state, issue.reporterId);
    case 'creator':
      return authorRef(siteUrl, state, issue.creatorId);
    case 'created':
      return jiraDateTime(issue.created);
    case 'updated':
      return jiraDateTime(issue.updated);
    case 'statuscategorychangedate':
      return jiraDateTime(statusCategoryChangedAt(state, issue));
    case 'parent':
      return issue.parentId === null ? undefined : linkedIssue(siteUrl, state, issue.parentId);
    case 'labels':
      return issue.labels;
    case 'subtasks':
      return state.childrenOf(issue.id).filter((child) => state.issueTypes.get(child.issueTypeId)?.subtask === true).map((child) => linkedIssue(siteUrl, state, child.id));
    case 'timetracking':
      return timeTracking(issue);
    case 'timeoriginalestimate':
      return issue.originalEstimateSeconds;
    case 'timeestimate':
      return issue.remainingEstimateSeconds;
    case 'timespent':
      return issue.timeSpentSeconds;
    case 'comment':
      return page('comments', issue.comments.slice(0, EMBEDDED_COMMENTS).map((c) => renderComment(siteUrl, state, issue.id, c)), issue.comments.length, EMBEDDED_COMMENTS, `${siteUrl}/rest/api/3/issue/${issue.id}/comment`);
    case 'worklog':
      return page('worklogs', issue.worklogs.slice(0, EMBEDDED_WORKLOGS).map((w) => renderWorklog(siteUrl, state, issue.id, w)), issue.worklogs.length, EMBEDDED_WORKLOGS);
    case CUSTOM_FIELD_IDS.storyPointEstimate:
      return issue.storyPointEstimate;
    case CUSTOM_FIELD_IDS.storyPoints:
      return issue.storyPoints;
    case CUSTOM_FIELD_IDS.sprint:
      return sprintsOf(state, issue);
    case CUSTOM_FIELD_IDS.team:
      return issue.teamId === null ? null : teamValue(state, issue.teamId);
    default:
      return null;
  }
}

/** When the issue last moved to another status category: the last status change that crossed one, or its creation. */
function statusCategoryChangedAt(state: JiraSiteState, issue: Issue): number {
  const categoryOf = (statusId: string | null): string | undefined => (statusId === null ? undefined : state.statuses.get(statusId)?.category);
  for (let i = issue.changelog.length - 1; i >= 0; i--) {
    const history = issue.changelog[i];
    const crossed = history?.items.some((item) => item.field === 'status' && categoryOf(item.from) !== categoryOf(item.to));
    if (history !== undefined && crossed === true) return history.created;
  }
  return issue.created;
}

/** The Sprint field lists every sprint the issue has been in; null when it never was in one. */
export function sprintsOf(state: JiraSiteState, issue: Issue): Array<Record<string, unknown>> | null {
  const sprints = issue.sprintIds.flatMap((id) => {
    const sprint = state.sprints.get(id);
    return sprint === undefined ? [] : [sprintFieldValue(sprint)];
  });
  return sprints.length === 0 ? null : sprints;
}

function ref<T>(value: T | undefined, render: (value: T) => Record<string, unknown>): Record<string, unknown> | null {
  return value === undefined ? null : render(value);
}

function resolutionRef(siteUrl: string, state: JiraSiteState, resolutionId: string): Record<string, unknown> {
  const name = state.resolutions.get(resolutionId)?.name ?? resolutionId;
  return { self: `${siteUrl}/rest/api/3/resolution/${resolutionId}`, id: resolutionId, description: '', name };
}

/** Parents and subtasks appear as a key, an id and a few navigable fields. */
function linkedIssue(siteUrl: string, state: JiraSiteState, issueId: string): Record<string, unknown> {
  const linked = state.issue(issueId);
  if (linked === undefined) return { id: issueId };
  return {
    id: linked.id,
    key: linked.key,
    self: `${siteUrl}/rest/api/3/issue/${linked.id}`,
    fields: {
      summary: linked.summary,
      status: fieldValue(siteUrl, state, linked, 'status'),
      priority: fieldValue(siteUrl, state, linked, 'priority'),
      issuetype: fieldValue(siteUrl, state, linked, 'issuetype'),
    },
  };
}

function timeTracking(issue: Issue): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  const put = (name: string, seconds: number | null): void => {
    if (seconds === null) return;
    parts[name] = formatDuration(seconds);
    parts[`${name}Seconds`] = seconds;
  };
  put('originalEstimate', issue.originalEstimateSeconds);
  put('remainingEstimate', issue.remainingEstimateSeconds);
  put('timeSpent', issue.timeSpentSeconds);
  return parts;
}

function teamValue(state: JiraSiteState, teamId: string): Record<string, unknown> {
  const name = state.teams.get(teamId)?.name ?? teamId;
  return { id: teamId, name, title: name, isShared: true, isVisible: true, isVerified: false };
}

function page(key: 'comments' | 'worklogs', items: unknown[], total: number, maxResults: number, self?: string): Record<string, unknown> {
  return { ...(self === undefined ? {} : { self }), [key]: items, maxResults, total, startAt: 0 };
}
