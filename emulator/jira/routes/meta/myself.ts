import { jiraError } from '../../http/jira-errors';
import type { User } from '../../model/entities';
import { userRef } from '../../render/refs';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { expandParam, siteRoute } from './request-params';
import { stableUuid } from '../../render/stable-uuid';

/** Groups that give a user Jira Software access; the first is where new users land. */
const SOFTWARE_GROUPS = ['jira-software-users', 'jira-admins', 'site-admins'];

/**
 * GET /rest/api/3/myself. Jira always returns the `groups` and `applicationRoles` wrappers with their
 * sizes and fills `items` only when `expand` names them. A user sees their own email; an app's user
 * has only a placeholder address, which Jira does not show.
 */
export function myselfRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/myself', (request, viewer) => {
    const user = viewerUser(context, viewer);
    if (user === undefined) return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
    const expand = expandParam(request.query);
    const groups = user.groups.map((name) => groupName(context.siteUrl, name));
    const roles = user.accountType === 'atlassian' && user.groups.some((g) => SOFTWARE_GROUPS.includes(g)) ? [softwareRole(context)] : [];
    const body = {
      ...userRef(context.siteUrl, user),
      ...(viewer.kind === 'user' ? { emailAddress: user.emailAddress } : {}),
      locale: 'en_US',
      groups: { size: groups.length, items: expand.has('groups') ? groups : [] },
      applicationRoles: { size: roles.length, items: expand.has('applicationRoles') ? roles : [] },
      expand: 'groups,applicationRoles',
    };
    const identity = 1 + (expand.has('groups') ? groups.length : 0) + (expand.has('applicationRoles') ? roles.length : 0);
    return { status: 200, body, objects: { core: 0, identity } };
  });
}

/** The app acts as its own site user, which the site creates on the app's first call. */
function viewerUser(context: SiteContext, viewer: Viewer): User | undefined {
  return viewer.kind === 'user' ? viewer.user : context.state.users.get(viewer.accountId);
}

function groupName(siteUrl: string, name: string): Record<string, unknown> {
  const groupId = stableUuid(`group:${name}`);
  return { name, groupId, self: `${siteUrl}/rest/api/3/group?groupId=${groupId}` };
}

function softwareRole(context: SiteContext): Record<string, unknown> {
  const users = [...context.state.users.values()].filter((u) => u.active && u.accountType === 'atlassian' && u.groups.some((g) => SOFTWARE_GROUPS.includes(g)));
  const defaults = SOFTWARE_GROUPS.slice(0, 1);
  return {
    key: 'jira-software',
    groups: SOFTWARE_GROUPS,
    groupDetails: SOFTWARE_GROUPS.map((g) => groupName(context.siteUrl, g)),
    name: 'Jira Software',
    defaultGroups: defaults,
    defaultGroupsDetails: defaults.map((g) => groupName(context.siteUrl, g)),
    selectedByDefault: false,
    defined: false,
    userCount: users.length,
    userCountDescription: 'users',
    hasUnlimitedSeats: false,
    platform: false,
  };
}
