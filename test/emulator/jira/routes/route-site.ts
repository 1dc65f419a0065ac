import { SearchLag } from '../../../../emulator/jira/faults/search-lag';
import type { JiraReply } from '../../../../emulator/jira/http/jira-errors';
import type { Principal } from '../../../../emulator/jira/http/principal';
import type { Method } from '../../../../emulator/jira/http/route-table';
import type { User } from '../../../../emulator/jira/model/entities';
import type { Issue } from '../../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';
import { generateSite } from '../../../../emulator/jira/seed/generate-site';
import { appAccountIdOf } from '../../../../emulator/jira/site/app-users';
import { viewerAccountId, viewerOf, type SiteContext, type SiteRoute, type Viewer } from '../../../../emulator/jira/site/context';
import { validateResponse } from '../conformance/openapi';

export const NOW = Date.UTC(2026, 10, 2, 9);
export const SITE_URL = 'https://emulated.atlassian.net';
/** SIAS for Jira's id in its manifest; the site derives the app's user from it. */
const APP_ID = 'ari:cloud:ecosystem::app/4f1c2b8e-9d3a-4c6e-8b7f-2a5d1e0c9b34';

export interface RouteSite {
  state: JiraSiteState;
  context: SiteContext;
  /** Advances the virtual clock used for writes. */
  tick(ms: number): void;
  app: Viewer;
  /** The app's own user, created by the site as installation does. */
  appAccountId: string;
  /** A site admin: browses and administers everything. */
  admin: Viewer;
  /** A non-admin who browses every project and leads none. */
  member: Viewer;
  /** The seeded user who cannot browse OPS. */
  restricted: Viewer;
  restrictedUser: User;
  /** OPS, the project the restricted user cannot see. */
  hiddenProjectId: string;
}

/** The seeded site the route tests read, with the viewers they ask as. */
export function routeSite(issues = 500): RouteSite {
  const state = generateSite({ issues, seed: 3, now: NOW });
  let now = NOW;
  const context: SiteContext = { state, now: () => now, siteUrl: SITE_URL, searchLag: new SearchLag<Issue>(0), appAccountId: (appId) => appAccountIdOf(state, appId) };
  const people = [...state.users.values()].filter((user) => user.accountType === 'atlassian');
  const leads = new Set([...state.projects.values()].map((project) => project.leadAccountId));
  const restrictedUser = required(people.find((user) => user.hiddenProjectIds.length > 0));
  const admin = required(people.find((user) => user.siteAdmin));
  const member = required(people.find((user) => !user.siteAdmin && user.hiddenProjectIds.length === 0 && !leads.has(user.accountId)));
  const as = (principal: Principal): Viewer => required(viewerOf(context, principal));
  const app = as({ kind: 'app', appId: APP_ID });
  return {
    state,
    context,
    tick: (ms) => {
      now += ms;
    },
    app,
    appAccountId: viewerAccountId(app),
    admin: as({ kind: 'user', accountId: admin.accountId }),
    member: as({ kind: 'user', accountId: member.accountId }),
    restricted: as({ kind: 'user', accountId: restrictedUser.accountId }),
    restrictedUser,
    hiddenProjectId: required(restrictedUser.hiddenProjectIds[0]),
  };
}

export type Query = Record<string, string | string[]>;

export interface RouteCall {
  params?: Record<string, string>;
  /** Pairs to encode, or a raw query string to decode as a server would (`+` reads as a space). */
  query?: Query | string;
  body?: unknown;
}

/** Calls the route with this method and template straight, as the site would after resolving the caller. */
export function callRoute(routes: readonly SiteRoute[], method: Method, template: string, viewer: Viewer, request: RouteCall = {}): JiraReply {
  const route = required(routes.find((candidate) => candidate.method === method && candidate.template === template));
  const principal: Principal = viewer.kind === 'app' ? { kind: 'app', appId: APP_ID } : { kind: 'user', accountId: viewer.user.accountId };
  return route.handle({ method, template, params: request.params ?? {}, query: searchParams(request.query), body: request.body, principal, installationId: undefined }, viewer);
}

function searchParams(query: Query | string = {}): URLSearchParams {
  if (typeof query === 'string') return new URLSearchParams(query);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const one of [value].flat()) params.append(name, one);
  return params;
}

/** The reply, after checking its body against Atlassian's OpenAPI document whatever its status; `tolerated` problems are known deviations. */
export function validated(method: Method, template: string, reply: JiraReply, tolerated?: RegExp): JiraReply {
  const problems = validateResponse(method, template, reply.status, reply.body).filter((problem) => tolerated?.test(problem) !== true);
  expect(problems).toEqual([]);
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

export function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test fixture');
  return value;
}
