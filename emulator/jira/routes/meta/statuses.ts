import { statusRef } from '../../render/refs';
import type { SiteContext, SiteRoute } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';
import { siteRoute } from './request-params';

/**
 * GET /rest/api/3/status: the statuses of active workflows, that is, those some project uses,
 * limited to projects the caller can browse. Team-managed statuses carry their project `scope`.
 */
export function statusesRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/status', (_request, viewer) => {
    const { state } = context;
    const used = new Set<string>();
    for (const project of state.projects.values()) {
      if (canBrowseProject(state, viewer, project.id)) for (const id of project.statusIds) used.add(id);
    }
    const body = [...state.statuses.values()].filter((status) => used.has(status.id)).map((status) => statusRef(context.siteUrl, status));
    return { status: 200, body, objects: { core: body.length, identity: 0 } };
  });
}
