import { bodyOf, required, SITE_URL } from '../route-site';
import { conformant, metaSite, type MetaSite } from './meta-site';

const MYSELF = '/rest/api/3/myself';

interface UserBody {
  accountId: string;
  accountType: string;
  displayName: string;
  emailAddress?: string;
  groups: { size: number; items: Array<{ name: string; groupId: string; self: string }> };
  applicationRoles: { size: number; items: Array<{ key: string; name: string; userCount: number }> };
}

describe('GET /rest/api/3/myself', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const myself = (viewer = site.member, expand?: string) => conformant(site, 'GET', MYSELF, viewer, { query: expand === undefined ? {} : { expand } });

  it("returns the user's own account with their email, and group and role counts without the items", () => {
    const reply = myself();
    expect(reply.status).toBe(200);
    expect(reply.objects).toEqual({ core: 0, identity: 1 });
    if (site.member.kind !== 'user') throw new Error('member is a user');
    const user = site.member.user;
    expect(reply.body).toEqual({
      self: `${SITE_URL}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
      accountId: user.accountId,
      accountType: 'atlassian',
      emailAddress: user.emailAddress,
      avatarUrls: expect.objectContaining({ '48x48': expect.any(String) }),
      displayName: user.displayName,
      active: true,
      timeZone: user.timeZone,
      locale: 'en_US',
      groups: { size: 1, items: [] },
      applicationRoles: { size: 1, items: [] },
      expand: 'groups,applicationRoles',
    });
  });

  it('fills groups and application roles when expanded', () => {
    const body = bodyOf<UserBody>(myself(site.admin, 'groups,applicationRoles'));
    expect(body.groups.items.map((g) => g.name)).toEqual(['site-admins', 'jira-admins', 'jira-software-users']);
    expect(body.groups.items[0]?.self).toBe(`${SITE_URL}/rest/api/3/group?groupId=${body.groups.items[0]?.groupId}`);
    const users = [...site.state.users.values()].filter((u) => u.accountType === 'atlassian').length;
    expect(body.applicationRoles.items).toEqual([expect.objectContaining({ key: 'jira-software', name: 'Jira Software', userCount: users })]);
    expect(bodyOf<UserBody>(myself(site.admin, 'groups')).applicationRoles.items).toEqual([]);
  });

  it("answers the app with the app's own user, without an email address", () => {
    const body = bodyOf<UserBody>(myself(site.app, 'groups'));
    expect(body).toMatchObject({ accountId: site.appAccountId, accountType: 'app', displayName: required(site.state.users.get(site.appAccountId)).displayName, applicationRoles: { size: 0, items: [] } });
    expect(body.emailAddress).toBeUndefined();
    expect(body.groups.items.map((g) => g.name)).toEqual(['atlassian-addons-admin']);
  });

  it('answers 401 when the app has no user on the site', () => {
    const reply = conformant(site, 'GET', MYSELF, { kind: 'app', accountId: 'no-such-app-user' });
    expect(reply.status).toBe(401);
  });
});

describe('GET /rest/api/3/serverInfo', () => {
  it('describes the Cloud site at virtual now, in Jira time format', () => {
    const site = metaSite();
    const reply = conformant(site, 'GET', '/rest/api/3/serverInfo', site.member);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      baseUrl: SITE_URL,
      version: '1001.0.0-SNAPSHOT',
      versionNumbers: [1001, 0, 0],
      deploymentType: 'Cloud',
      buildNumber: 100284,
      buildDate: '2026-11-01T04:00:00.000+0000',
      serverTime: '2026-11-02T09:00:00.000+0000',
      scmInfo: expect.stringMatching(/^[0-9a-f]{40}$/),
      serverTitle: 'Jira',
    });
  });
});
