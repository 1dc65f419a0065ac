import { SearchLag } from '../../../../../emulator/jira/faults/search-lag';
import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Principal } from '../../../../../emulator/jira/http/principal';
import type { Method } from '../../../../../emulator/jira/http/route-table';
import type { User } from '../../../../../emulator/jira/model/entities';
import type { Issue } from '../../../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../../../emulator/jira/model/site-state';
import { issueRoutes } from '../../../../../emulator/jira/routes/issue';
import { generateSite } from '../../../../../emulator/jira/seed/generate-site';
import { viewerOf, type SiteContext, type SiteRoute, type Viewer } from '../../../../../emulator/jira/site/context';
import { validateResponse } from '../../conformance/openapi/validate-response';

export const NOW = Date.UTC(2026, 10, 2, 9);
export const SITE_URL = 'https://emulated.atlassian.net';
export const APP_ACCOUNT_ID = '712020:0a0a0a0a-app0-4000-8000-000000000001';

export interface IssueSite {
  state: JiraSiteState;
  context: SiteContext;
  /** Advances the virtual clock used for writes. */
  tick(ms: number): void;
  app: Viewer;
  /** A member who browses every project. */
  member: Viewer;
  /** The seeded user who cannot browse OPS. */
  restricted: Viewer;
  restrictedUser: User;
  /** OPS, the project the restricted user cannot see. */
  hiddenProjectId: string;
}

/** The seeded site of these tests, with the app's own user added so its writes have a known author. */
export function issueSite(): IssueSite {
  const state = generateSite({ issues: 500, seed: 3, now: NOW });
  state.users.set(APP_ACCOUNT_ID, {
    accountId: APP_ACCOUNT_ID,
    displayName: 'SIAS for Jira',
    emailAddress: 'sias@connect.atlassian.com',
    accountType: 'app',
    active: true,
    timeZone: 'UTC',
    groups: ['atlassian-addons-admin'],
    siteAdmin: false,
    hiddenProjectIds: [],
  });
  let now = NOW;
  const context: SiteContext = { state, now: () => now, siteUrl: SITE_URL, searchLag: new SearchLag<Issue>(0), appAccountId: () => APP_ACCOUNT_ID };
  const users = [...state.users.values()];
  const restrictedUser = users.find((u) => u.hiddenProjectIds.length > 0);
  const memberUser = users.find((u) => u.accountType === 'atlassian' && !u.siteAdmin && u.hiddenProjectIds.length === 0);
  if (restrictedUser === undefined || memberUser === undefined) throw new Error('The seeded site lacks a restricted user or a member');
  const view = (principal: Principal): Viewer => {
    const viewer = viewerOf(context, principal);
    if (viewer === undefined) throw new Error('unknown principal');
    return viewer;
  };
  return {
    state,
    context,
    tick: (ms) => (now += ms),
    app: view({ kind: 'app', appId: 'ari:cloud:ecosystem::app/sias' }),
    member: view({ kind: 'user', accountId: memberUser.accountId }),
    restricted: view({ kind: 'user', accountId: restrictedUser.accountId }),
    restrictedUser,
    hiddenProjectId: restrictedUser.hiddenProjectIds[0] as string,
  };
}

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string | string[]>;
  body?: unknown;
}

/** Calls one route's handler directly, as the site's route table would after resolving the viewer. */
export function call(site: IssueSite, method: Method, template: string, viewer: Viewer, request: Call = {}): JiraReply {
  const route = issueRoutes(site.context).find((r: SiteRoute) => r.method === method && r.template === template);
  if (route === undefined) throw new Error(`no route ${method} ${template}`);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) for (const v of [value].flat()) query.append(name, v);
  const principal: Principal = viewer.kind === 'app' ? { kind: 'app', appId: 'ari:cloud:ecosystem::app/sias' } : { kind: 'user', accountId: viewer.user.accountId };
  return route.handle({ method, template, params: request.params ?? {}, query, body: request.body, principal, installationId: undefined }, viewer);
}

/**
 * The document types `ChangeDetails.from`/`fromString`/`to`/`toString` as plain strings, yet Jira
 * sends null for an empty side of a change, and so does the site. Those complaints, and only those,
 * are set aside.
 */
const NULL_CHANGE_SIDE = /\/items\/\d+\/(from|fromString|to|toString): must be string$/;

/** The reply, after checking its body against the operation's response schema in the OpenAPI document. */
export function conforming(method: Method, template: string, reply: JiraReply): JiraReply {
  const problems = validateResponse(method, template, reply.status, reply.body).filter((problem) => !NULL_CHANGE_SIDE.test(problem));
  expect(problems).toEqual([]);
  return reply;
}

/** A JSON-shaped view of a reply body for assertions. */
export function json(reply: JiraReply): Record<string, unknown> {
  return reply.body as Record<string, unknown>;
}

export function issuesWhere(state: JiraSiteState, test: (issue: Issue) => boolean): Issue[] {
  return [...state.allIssues()].filter(test);
}

export function firstIssue(state: JiraSiteState, test: (issue: Issue) => boolean, what: string): Issue {
  const issue = issuesWhere(state, test)[0];
  if (issue === undefined) throw new Error(`The seeded site has no ${what}`);
  return issue;
}

/** Deep copy of an issue, to prove a refused edit changed nothing. */
export function snapshot(issue: Issue): unknown {
  return structuredClone(issue);
}
