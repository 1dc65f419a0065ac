import { bodyOf, required, type ErrorBody } from '../route-site';
import { conformant, metaSite, type MetaSite } from './meta-site';

const CHECK = '/rest/api/3/permissions/check';

interface Grants {
  globalPermissions: string[];
  projectPermissions: Array<{ permission: string; projects: number[]; issues: number[] }>;
}

describe('POST /rest/api/3/permissions/check', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const check = (body: unknown, viewer = site.member) => conformant(site, 'POST', CHECK, viewer, { body });
  const grants = (body: unknown, viewer = site.member) => bodyOf<Grants>(check(body, viewer));
  const projectId = (key: string) => Number(required(site.state.projectByKey(key)).id);
  const issueIn = (key: string) => Number(required(site.state.issuesInProject(String(projectId(key)))[0]).id);
  const restrictedId = () => (site.restricted.kind === 'user' ? site.restricted.user.accountId : '');

  it('lists, per permission, only the projects and issues granted, as numbers', () => {
    const reply = check(
      {
        accountId: restrictedId(),
        globalPermissions: ['USER_PICKER', 'ADMINISTER'],
        projectPermissions: [{ permissions: ['BROWSE_PROJECTS', 'DELETE_ISSUES'], projects: [projectId('PLAT'), projectId('OPS'), 424242], issues: [issueIn('MOB'), issueIn('OPS'), 1] }],
      },
      site.restricted,
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ globalPermissions: ['USER_PICKER'], projectPermissions: [{ permission: 'BROWSE_PROJECTS', projects: [projectId('PLAT')], issues: [issueIn('MOB')] }] });
    expect(reply.objects).toEqual({ core: 2, identity: 2 });
  });

  it('merges entries that ask for the same permission, and ignores nulls and empty keys', () => {
    const body = grants({
      globalPermissions: [null, 'ADMINISTER'],
      projectPermissions: [
        { permissions: ['EDIT_ISSUES', ''], projects: [projectId('PLAT'), null] },
        { permissions: ['EDIT_ISSUES'], projects: [projectId('OPS'), projectId('PLAT')], issues: [issueIn('ATLAS')] },
      ],
    }, site.app);
    expect(body).toEqual({ globalPermissions: ['ADMINISTER'], projectPermissions: [{ permission: 'EDIT_ISSUES', projects: [projectId('PLAT'), projectId('OPS')], issues: [issueIn('ATLAS')] }] });
  });

  it('lets admins and the app ask about another account, and no one else', () => {
    const about = { accountId: restrictedId(), projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [projectId('OPS')] }] };
    expect(grants(about, site.admin)).toEqual({ globalPermissions: [], projectPermissions: [] });
    expect(grants(about, site.app).projectPermissions).toEqual([]);
    const refused = check(about, site.member);
    expect(refused.status).toBe(403);
    expect(bodyOf<ErrorBody>(refused)).toEqual({ errorMessages: ['Only Jira administrators can perform this operation.'], errors: {} });
    expect(grants({ accountId: site.appAccountId, globalPermissions: ['ADMINISTER'] }, site.admin)).toEqual({ globalPermissions: ['ADMINISTER'], projectPermissions: [] });
  });

  it('refuses unknown permissions, permission-less entries, unknown accounts and more than 1000 projects', () => {
    const unknown = check({ globalPermissions: ['BROWSE_PROJECTS'], projectPermissions: [{ permissions: ['NOPE'] }] });
    expect(unknown.status).toBe(400);
    expect(bodyOf<ErrorBody>(unknown)).toEqual({ errorMessages: [], errors: { BROWSE_PROJECTS: 'Unrecognized permission', NOPE: 'Unrecognized permission' } });
    expect(check({ projectPermissions: [{ permissions: [''], projects: [projectId('PLAT')] }] }).status).toBe(400);
    expect(check({ accountId: 'no-such-account', globalPermissions: ['ADMINISTER'] }, site.admin).status).toBe(400);
    expect(check({ projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: ['10000'] }] }).status).toBe(400);
    expect(check('not an object').status).toBe(400);
  });

  it('counts only valid ids towards the limit of 1000', () => {
    const real = Number(required(site.state.projectByKey('PLAT')).id);
    const invalid = Array.from({ length: 1500 }, (_, i) => 900_000 + i);
    expect(check({ projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [real, ...invalid] }] }).status).toBe(200);
    const big = metaSite(1100);
    const issues = [...big.state.allIssues()].slice(0, 1001).map((i) => Number(i.id));
    expect(issues).toHaveLength(1001);
    const tooMany = conformant(big, 'POST', CHECK, big.member, { body: { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues }] } });
    expect(tooMany.status).toBe(400);
    expect(bodyOf<ErrorBody>(tooMany).errorMessages).toEqual(['A maximum of 1000 projects and 1000 issues can be checked.']);
  });
});
