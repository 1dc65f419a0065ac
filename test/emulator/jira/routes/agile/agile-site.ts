import { SearchLag } from '../../../../../emulator/jira/faults/search-lag';
import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Principal } from '../../../../../emulator/jira/http/principal';
import type { Issue } from '../../../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../../../emulator/jira/model/site-state';
import { agileRoutes } from '../../../../../emulator/jira/routes/agile';
import { generateSite } from '../../../../../emulator/jira/seed/generate-site';
import { viewerOf, type SiteContext, type SiteRoute, type Viewer } from '../../../../../emulator/jira/site/context';

export const SITE_URL = 'https://emulated.atlassian.net';
export const NOW = Date.UTC(2026, 10, 2, 9);
const APP_ACCOUNT_ID = '712020:0c3b5e8a-app0-4000-8000-000000000001';

export const BOARD = { PLAT: 1, MOB: 2, OPS: 3, ATLAS: 4 } as const;

export interface AgileSite {
  state: JiraSiteState;
  context: SiteContext;
  routes: SiteRoute[];
  app: Viewer;
  /** A site admin: browses everything. */
  admin: Viewer;
  /** The seeded user who cannot browse OPS. */
  restricted: Viewer;
  /** An ordinary member who leads no project. */
  member: Viewer;
}

/** A fresh seeded site with the agile routes over it; tests that mutate the state build their own. */
export function agileSite(): AgileSite {
  const state = generateSite({ issues: 500, seed: 3, now: NOW });
  const context: SiteContext = {
    state,
    now: () => NOW,
    siteUrl: SITE_URL,
    searchLag: new SearchLag<Issue>(0),
    appAccountId: () => APP_ACCOUNT_ID,
  };
  const users = [...state.users.values()];
  const leads = new Set([...state.projects.values()].map((project) => project.leadAccountId));
  const restricted = required(users.find((user) => user.hiddenProjectIds.length > 0)).accountId;
  const admin = required(users.find((user) => user.siteAdmin)).accountId;
  const member = required(users.find((user) => !user.siteAdmin && user.hiddenProjectIds.length === 0 && !leads.has(user.accountId))).accountId;
  const as = (principal: Principal): Viewer => required(viewerOf(context, principal));
  return {
    state,
    context,
    routes: agileRoutes(context),
    app: as({ kind: 'app', appId: 'sias-for-jira' }),
    admin: as({ kind: 'user', accountId: admin }),
    restricted: as({ kind: 'user', accountId: restricted }),
    member: as({ kind: 'user', accountId: member }),
  };
}

/** Calls the route with this template the way the site's HTTP face would, after resolving the caller. */
export function get(site: AgileSite, template: string, viewer: Viewer, params: Record<string, string> = {}, query: Record<string, string> | string = {}): JiraReply {
  const route = required(site.routes.find((candidate) => candidate.method === 'GET' && candidate.template === template));
  const principal: Principal = viewer.kind === 'app' ? { kind: 'app', appId: 'sias-for-jira' } : { kind: 'user', accountId: viewer.user.accountId };
  return route.handle({ method: 'GET', template, params, query: new URLSearchParams(query), body: undefined, principal, installationId: undefined }, viewer);
}

export function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing fixture');
  return value;
}
