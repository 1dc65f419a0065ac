import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Method } from '../../../../../emulator/jira/http/route-table';
import { searchRoutes } from '../../../../../emulator/jira/routes/search';
import type { Viewer } from '../../../../../emulator/jira/site/context';
import { callRoute, validated, type RouteCall, type RouteSite } from '../route-site';

/** Calls a search route's handler directly; every answer must also fit the documented schema. */
export function callSearch(site: RouteSite, method: Method, template: string, viewer: Viewer, request: RouteCall = {}): JiraReply {
  return validated(method, template, callRoute(searchRoutes(site.context), method, template, viewer, request));
}

export interface SearchPage {
  issues: Array<{ id: string; key: string; fields: Record<string, unknown> }>;
  nextPageToken?: string;
  isLast: boolean;
}

export function page(reply: JiraReply): SearchPage {
  expect(reply.status).toBe(200);
  return reply.body as SearchPage;
}
