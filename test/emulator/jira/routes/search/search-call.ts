import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Method } from '../../../../../emulator/jira/http/route-table';
import { searchRoutes } from '../../../../../emulator/jira/routes/search';
import type { Viewer } from '../../../../../emulator/jira/site/context';
import { validateResponse } from '../../conformance/openapi/validate-response';
import type { IssueSite } from '../issue/issue-site';

export interface SearchCall {
  params?: Record<string, string>;
  query?: Record<string, string | string[]>;
  body?: unknown;
}

/** Calls a search route's handler directly; every answer must also fit the documented schema. */
export function callSearch(site: IssueSite, method: Method, template: string, viewer: Viewer, request: SearchCall = {}): JiraReply {
  const route = searchRoutes(site.context).find((r) => r.method === method && r.template === template);
  if (route === undefined) throw new Error(`no route ${method} ${template}`);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) for (const v of [value].flat()) query.append(name, v);
  const reply = route.handle({ method, template, params: request.params ?? {}, query, body: request.body, principal: { kind: 'app', appId: undefined }, installationId: undefined }, viewer);
  expect(validateResponse(method, template, reply.status, reply.body)).toEqual([]);
  return reply;
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
