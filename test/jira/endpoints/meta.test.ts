import { JiraAuthenticationError, JiraNotFoundError } from '../../../src/jira/errors';
import { checkPermissions } from '../../../src/jira/endpoints/check-permissions';
import { getFields } from '../../../src/jira/endpoints/get-fields';
import { getIssueTypes } from '../../../src/jira/endpoints/get-issue-types';
import { getMyPermissions } from '../../../src/jira/endpoints/get-my-permissions';
import { getMyself } from '../../../src/jira/endpoints/get-myself';
import { getPriorities } from '../../../src/jira/endpoints/get-priorities';
import { getServerInfo } from '../../../src/jira/endpoints/get-server-info';
import { getStatuses } from '../../../src/jira/endpoints/get-statuses';
import { testConnection } from '../../../src/jira/endpoints/test-connection';
import { inInvocation, requestsTo, restrictedUser, startEndpointSite, type EndpointSite } from './endpoint-site';

const HOUR_MS = 3_600_000;

describe('the reference-data endpoints on the emulated site', () => {
  let under: EndpointSite;
  beforeEach(async () => {
    under = await startEndpointSite();
  });
  afterEach(async () => {
    await under.site.stop();
  });

  it('testConnection answers with the site\'s server info, and getServerInfo is never cached', async () => {
    const result = await inInvocation(under, async (client) => ({ connection: await testConnection(client), again: await getServerInfo(client) }));
    expect(result.connection).toEqual({ ok: true, serverInfo: expect.objectContaining({ baseUrl: under.site.baseUrl, deploymentType: 'Cloud' }) });
    expect(result.again.baseUrl).toBe(under.site.baseUrl);
    expect(requestsTo(under, 'GET /rest/api/3/serverInfo')).toHaveLength(2);
  });

  it('testConnection fails with the client\'s typed error when Jira refuses the app', async () => {
    under.site.refuseAppUntil(under.platform.clock.now() + HOUR_MS);
    await expect(inInvocation(under, (client) => testConnection(client))).rejects.toBeInstanceOf(JiraAuthenticationError);
  });

  it('getMyself names the app\'s own account, or the user the client acts as', async () => {
    const user = restrictedUser(under);
    const app = await inInvocation(under, (client) => getMyself(client));
    const appUser = [...under.site.state.users.values()].find((candidate) => candidate.accountType === 'app');
    expect(app.accountId).toBe(appUser?.accountId);
    const asUser = await inInvocation(under, (client) => getMyself(client), { priority: 'interactive', actor: { as: 'user', accountId: user.accountId } });
    expect(asUser).toMatchObject({ accountId: user.accountId, displayName: user.displayName, active: true });
  });

  it('getMyPermissions says what the actor holds, and hides a project the actor cannot see', async () => {
    const user = restrictedUser(under);
    const actor = { priority: 'interactive' as const, actor: { as: 'user' as const, accountId: user.accountId } };
    await expect(inInvocation(under, (client) => getMyPermissions(client, { permissions: ['BROWSE_PROJECTS', 'ADMINISTER'], projectKey: 'PLAT' }), actor)).resolves.toEqual({
      BROWSE_PROJECTS: true,
      ADMINISTER: false,
    });
    const opsIssue = under.site.state.issuesInProject('10002')[0];
    await expect(inInvocation(under, (client) => getMyPermissions(client, { permissions: ['BROWSE_PROJECTS'], issueKey: opsIssue?.key ?? '' }), actor)).rejects.toBeInstanceOf(JiraNotFoundError);
    await expect(inInvocation(under, (client) => getMyPermissions(client, { permissions: ['BROWSE_PROJECTS'], issueId: opsIssue?.id ?? '' }))).resolves.toEqual({ BROWSE_PROJECTS: true });
  });

  it('checkPermissions lists only the grants: the restricted user browses every project but OPS', async () => {
    const user = restrictedUser(under);
    const projectIds = [...under.site.state.projects.keys()].map(Number);
    const checked = await inInvocation(under, (client) =>
      checkPermissions(client, { accountId: user.accountId, globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: projectIds }] }),
    );
    expect(checked.globalPermissions).toEqual([]);
    expect(checked.projectPermissions).toHaveLength(1);
    expect(checked.projectPermissions[0]?.permission).toBe('BROWSE_PROJECTS');
    expect([...(checked.projectPermissions[0]?.projects ?? [])].sort()).toEqual(projectIds.filter((id) => String(id) !== user.hiddenProjectIds[0]).sort());
  });

  it('getFields returns every field with its schema, from the app cache for an hour', async () => {
    const fields = await inInvocation(under, (client) => getFields(client));
    expect(fields.map((field) => field.id).sort()).toEqual([...under.site.state.fields.keys()].sort());
    for (const field of fields) {
      const truth = under.site.state.fields.get(field.id);
      expect(field).toMatchObject({ name: truth?.name, custom: truth?.custom });
      expect(field.schema?.custom).toBe(truth?.schema?.custom);
    }
    await inInvocation(under, (client) => getFields(client));
    await under.platform.advance(HOUR_MS - 1_000);
    await inInvocation(under, (client) => getFields(client));
    expect(requestsTo(under, 'GET /rest/api/3/field')).toHaveLength(1);
    await under.platform.advance(1_000);
    await inInvocation(under, (client) => getFields(client));
    expect(requestsTo(under, 'GET /rest/api/3/field')).toHaveLength(2);
  });

  it('getStatuses returns the statuses in use with their categories, cached for an hour', async () => {
    const statuses = await inInvocation(under, (client) => getStatuses(client));
    const used = new Set([...under.site.state.projects.values()].flatMap((project) => project.statusIds));
    expect(statuses.map((status) => status.id).sort()).toEqual([...used].sort());
    for (const status of statuses) expect(status.statusCategory.key).toBe(under.site.state.statuses.get(status.id)?.category);
    await inInvocation(under, (client) => getStatuses(client));
    expect(requestsTo(under, 'GET /rest/api/3/status')).toHaveLength(1);
    await under.platform.advance(HOUR_MS);
    await inInvocation(under, (client) => getStatuses(client));
    expect(requestsTo(under, 'GET /rest/api/3/status')).toHaveLength(2);
  });

  it('getPriorities returns every priority, cached for an hour', async () => {
    const priorities = await inInvocation(under, (client) => getPriorities(client));
    expect(priorities.map((priority) => [priority.id, priority.name])).toEqual([...under.site.state.priorities.values()].map((priority) => [priority.id, priority.name]));
    expect(priorities.filter((priority) => priority.isDefault).map((priority) => priority.id)).toEqual([...under.site.state.priorities.values()].filter((p) => p.isDefault).map((p) => p.id));
    await inInvocation(under, (client) => getPriorities(client));
    expect(requestsTo(under, 'GET /rest/api/3/priority/search')).toHaveLength(1);
    await under.platform.advance(HOUR_MS);
    await inInvocation(under, (client) => getPriorities(client));
    expect(requestsTo(under, 'GET /rest/api/3/priority/search')).toHaveLength(2);
  });

  it('getIssueTypes returns every type the app can use, cached for an hour', async () => {
    const types = await inInvocation(under, (client) => getIssueTypes(client));
    expect(types.map((type) => type.id).sort()).toEqual([...under.site.state.issueTypes.keys()].sort());
    for (const type of types) {
      const truth = under.site.state.issueTypes.get(type.id);
      expect(type).toMatchObject({ name: truth?.name, subtask: truth?.subtask, hierarchyLevel: truth?.hierarchyLevel });
      expect(type.scope?.project?.id ?? null).toBe(truth?.scopeProjectId);
    }
    await inInvocation(under, (client) => getIssueTypes(client));
    expect(requestsTo(under, 'GET /rest/api/3/issuetype')).toHaveLength(1);
    await under.platform.advance(HOUR_MS);
    await inInvocation(under, (client) => getIssueTypes(client));
    expect(requestsTo(under, 'GET /rest/api/3/issuetype')).toHaveLength(2);
  });
});
