import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Method } from '../../../../../emulator/jira/http/route-table';
import { metaRoutes } from '../../../../../emulator/jira/routes/meta';
import type { SiteRoute, Viewer } from '../../../../../emulator/jira/site/context';
import { callRoute, routeSite, validated, type RouteCall, type RouteSite } from '../route-site';

export interface MetaSite extends RouteSite {
  routes: SiteRoute[];
}

/** The seeded site every meta test reads, with the reference-data routes over it. */
export function metaSite(issues = 500): MetaSite {
  const site = routeSite(issues);
  return { ...site, routes: metaRoutes(site.context) };
}

/** Calls the route straight, as the site would after resolving the caller. */
export function call(site: MetaSite, method: Method, template: string, viewer: Viewer, options: RouteCall = {}): JiraReply {
  return callRoute(site.routes, method, template, viewer, options);
}

/** Calls the route and checks the answer against Atlassian's OpenAPI document, whatever its status. */
export function conformant(site: MetaSite, method: Method, template: string, viewer: Viewer, options: RouteCall = {}): JiraReply {
  return validated(method, template, call(site, method, template, viewer, options));
}

export interface Page<T> {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  self?: string;
  nextPage?: string;
  values: T[];
}
