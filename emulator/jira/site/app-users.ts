import { createHash } from 'node:crypto';
import type { JiraSiteState } from '../model/site-state';

/**
 * Each Forge app installed on a site acts through its own Jira user (accountType `app`); the site
 * creates it on the app's first call, as installation does on a real site.
 */
export function appAccountIdOf(state: JiraSiteState, appId: string | undefined): string {
  const key = appId ?? 'unknown-app';
  const accountId = createHash('sha256').update(key).digest('hex').slice(0, 24);
  if (!state.users.has(accountId)) {
    state.users.set(accountId, {
      accountId,
      displayName: appDisplayName(key),
      emailAddress: `${accountId}@connect.atlassian.com`,
      accountType: 'app',
      active: true,
      timeZone: 'UTC',
      groups: ['atlassian-addons-admin'],
      siteAdmin: false,
      hiddenProjectIds: [],
    });
  }
  return accountId;
}

function appDisplayName(appId: string): string {
  const uuid = /app\/([0-9a-f-]+)$/.exec(appId)?.[1];
  return `Forge app ${(uuid ?? appId).slice(0, 8)}`;
}
