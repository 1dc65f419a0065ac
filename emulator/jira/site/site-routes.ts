import { jiraError } from '../http/jira-errors';
import type { JiraHandler } from '../http/jira-server';
import { RouteTable } from '../http/route-table';
import { viewerOf, type SiteContext, type SiteRoute } from './context';

/** Every operation behind one table; an account that no longer exists is refused before any handler runs. */
export function routeTableOf(context: SiteContext, routes: readonly SiteRoute[]): RouteTable<JiraHandler> {
  const table = new RouteTable<JiraHandler>();
  for (const route of routes) {
    table.add(route.method, route.template, (request) => {
      const viewer = viewerOf(context, request.principal);
      if (viewer === undefined) return jiraError(401, ['Client must be authenticated to access this resource.']);
      return route.handle(request, viewer);
    });
  }
  return table;
}
