import type { Project } from '../../model/entities';
import { jiraDateTime } from '../../model/time';
import { issueTypeRef, projectRef, userRef } from '../../render/refs';
import type { SiteContext } from '../../site/context';
import { stableUuid } from '../../render/stable-uuid';

/** What Jira advertises as expandable on a project, whether or not this site fills each one. */
const EXPANDABLE = 'description,lead,issueTypes,url,projectKeys,permissions,insight';

/**
 * A project as project search returns it. Jira also sends `entityId` (equal to `uuid`) on
 * team-managed projects and `projectKeys` when expanded, but the `Project` schema allows neither.
 */
export function projectView(context: SiteContext, project: Project, expand: ReadonlySet<string>): Record<string, unknown> {
  const { state, siteUrl } = context;
  const lead = expand.has('lead') ? state.users.get(project.leadAccountId) : undefined;
  return {
    expand: EXPANDABLE,
    ...projectRef(siteUrl, project),
    style: project.style,
    isPrivate: false,
    properties: {},
    ...(project.style === 'next-gen' ? { uuid: stableUuid(`project:${project.id}`) } : {}),
    ...(expand.has('description') ? { description: '' } : {}),
    ...(lead === undefined ? {} : { lead: userRef(siteUrl, lead) }),
    ...(expand.has('issueTypes') ? { issueTypes: project.issueTypeIds.flatMap((id) => issueTypeList(context, id)) } : {}),
    ...(expand.has('insight') ? { insight: insight(context, project) } : {}),
  };
}

function issueTypeList(context: SiteContext, id: string): Record<string, unknown>[] {
  const type = context.state.issueTypes.get(id);
  return type === undefined ? [] : [issueTypeRef(context.siteUrl, type)];
}

function insight(context: SiteContext, project: Project): Record<string, unknown> {
  const issues = context.state.issuesInProject(project.id);
  const last = issues.reduce((latest, issue) => Math.max(latest, issue.updated), -Infinity);
  return { totalIssueCount: issues.length, ...(issues.length === 0 ? {} : { lastIssueUpdateTime: jiraDateTime(last) }) };
}
