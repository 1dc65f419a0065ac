import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { JiraRequest } from '../../http/jira-server';
import type { Project } from '../../model/entities';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';
import { holdsPermission, isKnownPermission, PERMISSION_INFO } from './permission-catalog';
import { BadRequest, listParam, siteRoute } from './request-params';

const NO_ISSUE = 'Issue does not exist or you do not have permission to see it.';

/**
 * GET /rest/api/3/mypermissions. Cloud has required `permissions` since 2019. A project or issue the
 * caller cannot browse answers 404 exactly like one that does not exist, so its existence stays hidden.
 */
export function myPermissionsRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/mypermissions', (request, viewer) => {
    const keys = [...new Set(listParam(request.query, 'permissions'))];
    if (keys.length === 0) throw new BadRequest("The 'permissions' query parameter is required.");
    const unknown = keys.filter((key) => !isKnownPermission(key));
    if (unknown.length > 0) throw new BadRequest(`Invalid permission keys: ${unknown.join(', ')}.`);
    if (request.query.has('commentId') && (keys.length !== 1 || keys[0] !== 'BROWSE_PROJECTS')) {
      throw new BadRequest('Only the BROWSE_PROJECTS permission is supported when commentId is provided.');
    }
    const scope = contextProject(context, request, viewer);
    if ('status' in scope) return scope;
    const permissions: Record<string, unknown> = {};
    for (const key of keys.filter(isKnownPermission)) {
      permissions[key] = { ...PERMISSION_INFO[key], key, havePermission: holdsPermission(context.state, viewer, key, scope.project) };
    }
    return { status: 200, body: { permissions }, objects: { core: 0, identity: keys.length } };
  });
}

/** The project the question is about: from the comment, else the issue, else the project; ids win over keys. */
function contextProject(context: SiteContext, request: JiraRequest, viewer: Viewer): { project: Project | undefined } | JiraReply {
  const { state } = context;
  const query = request.query;
  const visible = (project: Project | undefined) => (project !== undefined && canBrowseProject(state, viewer, project.id) ? project : undefined);
  const commentId = query.get('commentId');
  if (commentId !== null) {
    const issue = [...state.allIssues()].find((i) => i.comments.some((c) => c.id === commentId));
    const project = visible(issue === undefined ? undefined : state.projects.get(issue.projectId));
    return project === undefined ? jiraError(404, [`Comment with id ${commentId} does not exist or you do not have permission to see it.`]) : { project };
  }
  const issueId = query.get('issueId');
  const issueKey = query.get('issueKey');
  if (issueId !== null || issueKey !== null) {
    const issue = issueId !== null ? state.issue(issueId) : state.issueByKey(issueKey ?? '');
    const project = visible(issue === undefined ? undefined : state.projects.get(issue.projectId));
    return project === undefined ? jiraError(404, [NO_ISSUE]) : { project };
  }
  const projectId = query.get('projectId');
  const projectKey = query.get('projectKey');
  if (projectId !== null || projectKey !== null) {
    const project = visible(projectId !== null ? state.projects.get(projectId) : state.projectByKey(projectKey ?? ''));
    const named = projectId !== null ? `id '${projectId}'` : `key '${projectKey}'`;
    return project === undefined ? jiraError(404, [`No project could be found with ${named}.`]) : { project };
  }
  return { project: undefined };
}
