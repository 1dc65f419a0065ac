import { bodyOf, required, type ErrorBody, type Query } from '../route-site';
import { conformant, metaSite, type MetaSite } from './meta-site';

const MY_PERMISSIONS = '/rest/api/3/mypermissions';

interface PermissionsBody {
  permissions: Record<string, { id: string; key: string; name: string; type: string; description: string; havePermission: boolean }>;
}

describe('GET /rest/api/3/mypermissions', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const ask = (query: Query, viewer = site.member) => conformant(site, 'GET', MY_PERMISSIONS, viewer, { query });
  const held = (query: Query, viewer = site.member) =>
    Object.fromEntries(Object.entries(bodyOf<PermissionsBody>(ask(query, viewer)).permissions).map(([key, p]) => [key, p.havePermission]));
  const ops = () => required(site.state.projectByKey('OPS'));
  const opsIssue = () => required(site.state.issuesInProject(ops().id)[0]);

  it('describes each asked permission as Jira Cloud does', () => {
    const reply = ask({ permissions: 'BROWSE_PROJECTS,ADMINISTER' });
    expect(reply.status).toBe(200);
    expect(reply.objects).toEqual({ core: 0, identity: 2 });
    expect(reply.body).toEqual({
      permissions: {
        BROWSE_PROJECTS: { id: '10', key: 'BROWSE_PROJECTS', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.', havePermission: true },
        ADMINISTER: expect.objectContaining({ id: '0', key: 'ADMINISTER', name: 'Administer Jira', type: 'GLOBAL', havePermission: false }),
      },
    });
  });

  it('requires the permissions parameter and known keys, as Cloud has since 2019', () => {
    const missing = ask({});
    expect(missing.status).toBe(400);
    expect(bodyOf<ErrorBody>(missing)).toEqual({ errorMessages: ["The 'permissions' query parameter is required."], errors: {} });
    expect(ask({ permissions: ' , ' }).status).toBe(400);
    const unknown = ask({ permissions: 'BROWSE_PROJECTS,NOT_A_PERMISSION' });
    expect(unknown.status).toBe(400);
    expect(bodyOf<ErrorBody>(unknown).errorMessages[0]).toContain('NOT_A_PERMISSION');
  });

  it('answers a project or global permission per context: the lead administers their project, members do not', () => {
    const lead = [...site.state.projects.values()].find((p) => required(site.state.users.get(p.leadAccountId)).siteAdmin === false);
    const project = required(lead);
    const leadViewer = { kind: 'user' as const, user: required(site.state.users.get(project.leadAccountId)) };
    expect(held({ permissions: 'ADMINISTER_PROJECTS', projectKey: project.key }, leadViewer)).toEqual({ ADMINISTER_PROJECTS: true });
    expect(held({ permissions: 'ADMINISTER_PROJECTS', projectKey: project.key })).toEqual({ ADMINISTER_PROJECTS: false });
    expect(held({ permissions: 'ADMINISTER_PROJECTS' }, leadViewer)).toEqual({ ADMINISTER_PROJECTS: true });
    expect(held({ permissions: 'ADMINISTER_PROJECTS,ADMINISTER,SYSTEM_ADMIN' }, site.admin)).toEqual({ ADMINISTER_PROJECTS: true, ADMINISTER: true, SYSTEM_ADMIN: true });
    expect(held({ permissions: 'ADMINISTER,SYSTEM_ADMIN,DELETE_ISSUES' }, site.app)).toEqual({ ADMINISTER: true, SYSTEM_ADMIN: false, DELETE_ISSUES: true });
  });

  it('takes the project of an issue, with ids winning over keys', () => {
    const issue = opsIssue();
    expect(held({ permissions: 'EDIT_ISSUES', issueKey: issue.key })).toEqual({ EDIT_ISSUES: true });
    expect(held({ permissions: 'EDIT_ISSUES', issueId: issue.id, issueKey: 'NOPE-1' })).toEqual({ EDIT_ISSUES: true });
    expect(held({ permissions: 'BROWSE_PROJECTS', projectId: ops().id, projectKey: 'NOPE' })).toEqual({ BROWSE_PROJECTS: true });
  });

  it('answers 404 for an unknown project or issue, and the same for one the caller cannot browse', () => {
    expect(ask({ permissions: 'BROWSE_PROJECTS', projectKey: 'NOPE' }).status).toBe(404);
    expect(ask({ permissions: 'BROWSE_PROJECTS', projectId: '99999' }).status).toBe(404);
    expect(ask({ permissions: 'BROWSE_PROJECTS', issueKey: 'NOPE-1' }).status).toBe(404);
    const hiddenProject = ask({ permissions: 'BROWSE_PROJECTS', projectKey: 'OPS' }, site.restricted);
    expect(hiddenProject.status).toBe(404);
    expect(bodyOf<ErrorBody>(hiddenProject)).toEqual({ errorMessages: ["No project could be found with key 'OPS'."], errors: {} });
    const hiddenIssue = ask({ permissions: 'BROWSE_PROJECTS', issueKey: opsIssue().key }, site.restricted);
    expect(bodyOf<ErrorBody>(hiddenIssue)).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    expect(held({ permissions: 'BROWSE_PROJECTS' }, site.restricted)).toEqual({ BROWSE_PROJECTS: true });
  });

  it('checks a comment through its issue, and only for BROWSE_PROJECTS', () => {
    const issue = required([...site.state.issuesInProject(ops().id)].find((i) => i.comments.length > 0));
    const commentId = required(issue.comments[0]).id;
    expect(held({ permissions: 'BROWSE_PROJECTS', commentId })).toEqual({ BROWSE_PROJECTS: true });
    expect(ask({ permissions: 'BROWSE_PROJECTS', commentId }, site.restricted).status).toBe(404);
    expect(ask({ permissions: 'EDIT_ISSUES', commentId }).status).toBe(400);
  });
});
