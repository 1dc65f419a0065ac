import { jiraError } from '../../http/jira-errors';
import type { Project } from '../../model/entities';
import type { JiraSiteState } from '../../model/site-state';
import { viewerAccountId, type SiteContext, type SiteRoute, type Viewer } from '../../site/context';
import { hasGlobalPermission, hasProjectPermission, isGlobalPermission, isProjectPermission, type GlobalPermission, type ProjectPermission } from '../../site/permissions';
import { BadRequest, siteRoute } from './request-params';

const MAX_CHECKED = 1000;

interface ProjectCheck {
  permissions: ProjectPermission[];
  projects: number[];
  issues: number[];
}

interface BulkCheck {
  accountId: string | undefined;
  globalPermissions: GlobalPermission[];
  projectPermissions: ProjectCheck[];
}

/**
 * POST /rest/api/3/permissions/check. Asking about someone else takes Administer Jira (the app has
 * it); unknown project and issue ids are ignored; each answer lists only what is granted.
 */
export function bulkPermissionsRoute(context: SiteContext): SiteRoute {
  return siteRoute('POST', '/rest/api/3/permissions/check', (request, viewer) => {
    const check = parseCheck(request.body);
    if (check.accountId !== undefined && check.accountId !== viewerAccountId(viewer) && !hasGlobalPermission(viewer, 'ADMINISTER')) {
      return jiraError(403, ['Only Jira administrators can perform this operation.']);
    }
    const subject = check.accountId === undefined || check.accountId === viewerAccountId(viewer) ? viewer : viewerFor(context.state, check.accountId);
    const { state } = context;
    const projects = new Map<number, Project>();
    const issues = new Map<number, Project>();
    for (const entry of check.projectPermissions) {
      for (const id of entry.projects) {
        const project = state.projects.get(String(id));
        if (project !== undefined) projects.set(id, project);
      }
      for (const id of entry.issues) {
        const project = state.projects.get(state.issue(String(id))?.projectId ?? '');
        if (project !== undefined) issues.set(id, project);
      }
    }
    if (projects.size > MAX_CHECKED || issues.size > MAX_CHECKED) throw new BadRequest(`A maximum of ${MAX_CHECKED} projects and ${MAX_CHECKED} issues can be checked.`);

    const globalPermissions = [...new Set(check.globalPermissions)].filter((key) => hasGlobalPermission(subject, key));
    const grants = new Map<ProjectPermission, { projects: Set<number>; issues: Set<number> }>();
    for (const entry of check.projectPermissions) {
      for (const permission of entry.permissions) {
        const grant = grants.get(permission) ?? { projects: new Set(), issues: new Set() };
        grants.set(permission, grant);
        const holds = (project: Project | undefined) => project !== undefined && hasProjectPermission(state, subject, project, permission);
        for (const id of entry.projects) if (holds(projects.get(id))) grant.projects.add(id);
        for (const id of entry.issues) if (holds(issues.get(id))) grant.issues.add(id);
      }
    }
    const projectPermissions = [...grants]
      .filter(([, grant]) => grant.projects.size + grant.issues.size > 0)
      .map(([permission, grant]) => ({ permission, projects: [...grant.projects], issues: [...grant.issues] }));
    const core = projectPermissions.reduce((sum, p) => sum + p.projects.length + p.issues.length, 0);
    return { status: 200, body: { globalPermissions, projectPermissions }, objects: { core, identity: globalPermissions.length + projectPermissions.length } };
  });
}

/** The account asked about; an app's user browses like the app itself. */
function viewerFor(state: JiraSiteState, accountId: string): Viewer {
  const user = state.users.get(accountId);
  if (user === undefined || !user.active) throw new BadRequest(`The account ID '${accountId}' is not valid.`);
  return user.accountType === 'app' ? { kind: 'app', accountId } : { kind: 'user', user };
}

/** Nulls and empty strings are ignored, as Jira documents; anything else malformed is a 400. */
function parseCheck(body: unknown): BulkCheck {
  if (!isRecord(body)) throw new BadRequest('The request body must be a JSON object.');
  const unknown = Object.keys(body).filter((key) => !['accountId', 'globalPermissions', 'projectPermissions'].includes(key));
  if (unknown.length > 0) throw new BadRequest(`Unrecognized field "${unknown[0]}".`);
  const accountId = body.accountId;
  if (accountId !== undefined && accountId !== null && typeof accountId !== 'string') throw new BadRequest('accountId must be a string.');
  const errors: Record<string, string> = {};
  const globalPermissions = strings(body.globalPermissions, 'globalPermissions').filter((key): key is GlobalPermission => {
    if (!isGlobalPermission(key)) errors[key] = 'Unrecognized permission';
    return isGlobalPermission(key);
  });
  const projectPermissions = array(body.projectPermissions, 'projectPermissions').map((entry): ProjectCheck => {
    if (!isRecord(entry)) throw new BadRequest('Each projectPermissions entry must be a JSON object.');
    const requested = strings(entry.permissions, 'projectPermissions.permissions');
    if (requested.length === 0) throw new BadRequest('At least one project permission must be provided in projectPermissions.');
    const permissions = requested.filter((key): key is ProjectPermission => {
      if (!isProjectPermission(key)) errors[key] = 'Unrecognized permission';
      return isProjectPermission(key);
    });
    return { permissions, projects: ids(entry.projects, 'projectPermissions.projects'), issues: ids(entry.issues, 'projectPermissions.issues') };
  });
  if (Object.keys(errors).length > 0) throw new BadRequest([], errors);
  return { accountId: typeof accountId === 'string' && accountId !== '' ? accountId : undefined, globalPermissions, projectPermissions };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function array(value: unknown, name: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new BadRequest(`${name} must be an array.`);
  return value.filter((item) => item !== null);
}

function strings(value: unknown, name: string): string[] {
  return array(value, name)
    .map((item) => {
      if (typeof item !== 'string') throw new BadRequest(`${name} must contain only strings.`);
      return item.trim();
    })
    .filter((item) => item !== '');
}

function ids(value: unknown, name: string): number[] {
  return array(value, name).map((item) => {
    if (typeof item !== 'number' || !Number.isSafeInteger(item)) throw new BadRequest(`${name} must contain only integer ids.`);
    return item;
  });
}
