import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import { agileRoutes } from '../../../../../emulator/jira/routes/agile';
import type { SiteRoute, Viewer } from '../../../../../emulator/jira/site/context';
import { callRoute, routeSite, type RouteSite } from '../route-site';

export const BOARD = { PLAT: 1, MOB: 2, OPS: 3, ATLAS: 4 } as const;

export interface AgileSite extends RouteSite {
  routes: SiteRoute[];
}

/** A fresh seeded site with the agile routes over it; tests that mutate the state build their own. */
export function agileSite(): AgileSite {
  const site = routeSite();
  return { ...site, routes: agileRoutes(site.context) };
}

/** Calls the GET route with this template the way the site's HTTP face would, after resolving the caller. */
export function get(site: AgileSite, template: string, viewer: Viewer, params: Record<string, string> = {}, query: Record<string, string> | string = {}): JiraReply {
  return callRoute(site.routes, 'GET', template, viewer, { params, query });
}
