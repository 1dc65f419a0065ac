import type { IssueType, Priority, Project, Sprint, Status, StatusCategoryKey, User } from '../model/entities';
import { stableUuid } from './stable-uuid';

/**
 * The small objects Jira embeds wherever it refers to a user, status, type, priority or project
 * (`UserDetails`, `StatusDetails`, `IssueTypeDetails`, `Priority`, `ProjectDetails`). Personal data
 * stays out: Jira hides email addresses from apps unless the user chose otherwise.
 */
export function userRef(siteUrl: string, user: User): Record<string, unknown> {
  return {
    self: `${siteUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    avatarUrls: avatarUrls(`https://avatar-management.services.atlassian.com/${encodeURIComponent(user.accountId)}`),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    accountType: user.accountType,
  };
}

const CATEGORIES: Readonly<Record<StatusCategoryKey, { id: number; colorName: string; name: string }>> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

export function statusCategoryRef(siteUrl: string, key: StatusCategoryKey): Record<string, unknown> {
  const category = CATEGORIES[key];
  return { self: `${siteUrl}/rest/api/3/statuscategory/${category.id}`, id: category.id, key, colorName: category.colorName, name: category.name };
}

export function statusRef(siteUrl: string, status: Status): Record<string, unknown> {
  return {
    self: `${siteUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${siteUrl}/`,
    name: status.name,
    id: status.id,
    statusCategory: statusCategoryRef(siteUrl, status.category),
    ...(status.scopeProjectId === null ? {} : { scope: { type: 'PROJECT', project: { id: status.scopeProjectId } } }),
  };
}

export function issueTypeRef(siteUrl: string, type: IssueType): Record<string, unknown> {
  return {
    self: `${siteUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: '',
    iconUrl: `${siteUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10300?size=medium`,
    name: type.name,
    subtask: type.subtask,
    avatarId: 10300,
    hierarchyLevel: type.hierarchyLevel,
    ...(type.scopeProjectId === null ? {} : { entityId: stableUuid(`issuetype:${type.id}`), scope: { type: 'PROJECT', project: { id: type.scopeProjectId } } }),
  };
}

export function priorityRef(siteUrl: string, priority: Priority): Record<string, unknown> {
  return { self: `${siteUrl}/rest/api/3/priority/${priority.id}`, iconUrl: `${siteUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg`, name: priority.name, id: priority.id };
}

export function projectRef(siteUrl: string, project: Project): Record<string, unknown> {
  return {
    self: `${siteUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: project.style === 'next-gen',
    avatarUrls: avatarUrls(`${siteUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400`),
  };
}

/** The value of the Sprint (`gh-sprint`) field: one object per sprint the issue has been in. */
export function sprintFieldValue(sprint: Sprint): Record<string, unknown> {
  return {
    id: sprint.id,
    name: sprint.name,
    state: sprint.state,
    boardId: sprint.boardId,
    goal: sprint.goal,
    ...(sprint.startDate === null ? {} : { startDate: isoDate(sprint.startDate) }),
    ...(sprint.endDate === null ? {} : { endDate: isoDate(sprint.endDate) }),
    ...(sprint.completeDate === null ? {} : { completeDate: isoDate(sprint.completeDate) }),
  };
}

/** The agile API and the Sprint field write dates as ISO 8601 in UTC (`2026-11-02T09:00:00.000Z`). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

function avatarUrls(base: string): Record<string, string> {
  return { '48x48': `${base}?size=48`, '24x24': `${base}?size=24`, '16x16': `${base}?size=16`, '32x32': `${base}?size=32` };
}
