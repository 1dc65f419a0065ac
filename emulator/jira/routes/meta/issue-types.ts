import { issueTypeRef } from '../../render/refs';
import type { SiteContext, SiteRoute } from '../../site/context';
import { canBrowseProject, hasGlobalPermission } from '../../site/permissions';
import { siteRoute } from './request-params';

/**
 * GET /rest/api/3/issuetype. Administrators (and so the app) get every type; anyone else gets the
 * shared types and those of the projects they can browse, so a hidden team-managed project's types stay hidden.
 */
export function issueTypesRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/issuetype', (_request, viewer) => {
    const { state } = context;
    const everything = hasGlobalPermission(viewer, 'ADMINISTER');
    const visible = new Set<string>();
    for (const project of state.projects.values()) {
      if (everything || canBrowseProject(state, viewer, project.id)) for (const id of project.issueTypeIds) visible.add(id);
    }
    const body = [...state.issueTypes.values()]
      .filter((type) => everything || type.scopeProjectId === null || visible.has(type.id))
      .map((type) => issueTypeRef(context.siteUrl, type));
    return { status: 200, body, objects: { core: body.length, identity: 0 } };
  });
}
