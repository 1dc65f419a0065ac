import type { SearchLag } from '../faults/search-lag';
import type { JiraReply } from '../http/jira-errors';
import type { JiraRequest } from '../http/jira-server';
import type { Principal } from '../http/principal';
import type { Method } from '../http/route-table';
import type { User } from '../model/entities';
import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';

/** What every route handler of the site reads: the state, the virtual time and the public URL. */
export interface SiteContext {
  readonly state: JiraSiteState;
  /** Virtual time in epoch ms; the same clock the Forge platform emulator runs on. */
  now(): number;
  /** The site's public URL as Jira renders it in `self` links, e.g. `https://emulated.atlassian.net`. */
  readonly siteUrl: string;
  /** How far search trails writes; handlers that search read issues through it. */
  readonly searchLag: SearchLag<Issue>;
  /** The account each Forge app acts as on this site (Jira's app user), by app id. */
  appAccountId(appId: string | undefined): string;
}

/** Who is asking, resolved against the site: the app's own user, or a user account. */
export type Viewer = { kind: 'app'; accountId: string } | { kind: 'user'; user: User };

/** Undefined when the account does not exist or is deactivated: Jira answers such calls 401. */
export function viewerOf(context: SiteContext, principal: Principal): Viewer | undefined {
  if (principal.kind === 'app') return { kind: 'app', accountId: context.appAccountId(principal.appId) };
  const user = context.state.users.get(principal.accountId);
  return user === undefined || !user.active ? undefined : { kind: 'user', user };
}

export function viewerAccountId(viewer: Viewer): string {
  return viewer.kind === 'app' ? viewer.accountId : viewer.user.accountId;
}

/**
 * One operation of the site. The site resolves the caller before `handle` runs (an unknown or
 * inactive account gets 401), so handlers only decide what this viewer may see or do.
 */
export interface SiteRoute {
  method: Method;
  /** The path template exactly as the OpenAPI documents write it. */
  template: string;
  handle(request: JiraRequest, viewer: Viewer): JiraReply;
}
