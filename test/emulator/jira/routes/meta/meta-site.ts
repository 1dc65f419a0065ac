import { SearchLag } from '../../../../../emulator/jira/faults/search-lag';
import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Method } from '../../../../../emulator/jira/http/route-table';
import type { Issue } from '../../../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../../../emulator/jira/model/site-state';
import { metaRoutes } from '../../../../../emulator/jira/routes/meta';
import { generateSite } from '../../../../../emulator/jira/seed/generate-site';
import { viewerAccountId, viewerOf, type SiteContext, type SiteRoute, type Viewer } from '../../../../../emulator/jira/site/context';
import { validateResponse } from '../../conformance/openapi';

export const SITE_URL = 'https://emulated.atlassian.net';
export const NOW = Date.UTC(2026, 10, 2, 9);
export const APP_ACCOUNT_ID = '712020:5f1d7c2e-9a4b-4c3d-8e2f-6a7b8c9d0e1f';
export const APP_NAME = 'SIAS for Jira';

export interface MetaSite {
  state: JiraSiteState;
  context: SiteContext;
  routes: SiteRoute[];
  app: Viewer;
  /** A site admin: browses everything and administers Jira. */
  admin: Viewer;
  /** The seeded user who cannot browse OPS. */
  restricted: Viewer;
  /** An ordinary member who leads no project. */
  member: Viewer;
}

/** The seeded site every meta test reads, with the app's own user in it as installation creates it. */
export function metaSite(issues = 500): MetaSite {
  const state = generateSite({ issues, seed: 3, now: NOW });
  state.users.set(APP_ACCOUNT_ID, {
    accountId: APP_ACCOUNT_ID,
    displayName: APP_NAME,
    emailAddress: `${APP_ACCOUNT_ID}@connect.atlassian.com`,
    accountType: 'app',
    active: true,
    timeZone: 'UTC',
    groups: ['atlassian-addons-admin'],
    siteAdmin: false,
    hiddenProjectIds: [],
  });
  const context: SiteContext = { state, now: () => NOW, siteUrl: SITE_URL, searchLag: new SearchLag<Issue>(0), appAccountId: () => APP_ACCOUNT_ID };
  const users = [...state.users.values()].filter((user) => user.accountType === 'atlassian');
  const leads = new Set([...state.projects.values()].map((project) => project.leadAccountId));
  const as = (accountId: string | undefined): Viewer => required(viewerOf(context, { kind: 'user', accountId: required(accountId) }));
  return {
    state,
    context,
    routes: metaRoutes(context),
    app: required(viewerOf(context, { kind: 'app', appId: 'sias-for-jira' })),
    admin: as(users.find((user) => user.siteAdmin)?.accountId),
    restricted: as(users.find((user) => user.hiddenProjectIds.length > 0)?.accountId),
    member: as(users.find((user) => !user.siteAdmin && user.hiddenProjectIds.length === 0 && !leads.has(user.accountId))?.accountId),
  };
}

export type Query = Record<string, string | string[]>;

/** Calls the route straight, as the site would after resolving the caller. */
export function call(site: MetaSite, method: Method, template: string, viewer: Viewer, options: { query?: Query; body?: unknown } = {}): JiraReply {
  const route = required(site.routes.find((r) => r.method === method && r.template === template));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) for (const one of [value].flat()) query.append(name, one);
  const principal = viewer.kind === 'app' ? ({ kind: 'app', appId: 'sias-for-jira' } as const) : ({ kind: 'user', accountId: viewerAccountId(viewer) } as const);
  return route.handle({ method, template, params: {}, query, body: options.body, principal, installationId: undefined }, viewer);
}

/** Calls the route and checks the answer against Atlassian's OpenAPI document, whatever its status. */
export function conformant(site: MetaSite, method: Method, template: string, viewer: Viewer, options: { query?: Query; body?: unknown } = {}): JiraReply {
  const reply = call(site, method, template, viewer, options);
  expect(validateResponse(method, template, reply.status, reply.body)).toEqual([]);
  return reply;
}

/** The reply body as the test expects it to be shaped; the schema check has already vouched for it. */
export function bodyOf<T>(reply: JiraReply): T {
  return reply.body as T;
}

export interface ErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
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

export function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test fixture');
  return value;
}
