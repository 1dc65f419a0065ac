import { getProjects } from '../../../src/jira/endpoints/get-projects';
import { KEYS } from '../../../src/storage/keys';
import { freshInstallation, inInvocation, requestsTo, required, restrictedUser, startEndpointSite, type EndpointSite } from './endpoint-site';

const PROJECT_SEARCH = 'GET /rest/api/3/project/search';
const TEN_MINUTES_MS = 600_000;

describe('getProjects on the emulated site', () => {
  let under: EndpointSite;
  beforeEach(async () => {
    under = await startEndpointSite();
  });
  afterEach(async () => {
    await under.site.stop();
  });

  /** Copies of PLAT under new keys, so project search has more than one page to give. */
  function addProjects(count: number): string[] {
    const template = required(under.site.state.projectByKey('PLAT'), 'PLAT');
    return Array.from({ length: count }, (_, i) => {
      const project = { ...template, id: String(20_000 + i), key: `X${String(i).padStart(3, '0')}`, name: `Extra ${i}` };
      under.site.state.projects.set(project.id, project);
      return project.key;
    });
  }

  it('returns every project the app sees, with the expansions asked for', async () => {
    const projects = await inInvocation(under, (client) => getProjects(client, { fields: ['lead', 'description'] }));
    const truth = [...under.site.state.projects.values()].sort((a, b) => a.key.localeCompare(b.key));
    expect(projects.map((project) => [project.id, project.key, project.name])).toEqual(truth.map((project) => [project.id, project.key, project.name]));
    expect(projects.map((project) => project.lead?.accountId)).toEqual(truth.map((project) => project.leadAccountId));
    expect(projects.every((project) => project.description !== undefined)).toBe(true);
    const plain = await inInvocation(under, (client) => getProjects(client));
    expect(plain.every((project) => project.lead === undefined)).toBe(true);
  });

  it('filters by key, and an empty key list asks Jira nothing', async () => {
    const projects = await inInvocation(under, (client) => getProjects(client, { keys: ['PLAT', 'OPS', 'PLAT'] }));
    expect(projects.map((project) => project.key)).toEqual(['OPS', 'PLAT']);
    const before = requestsTo(under, PROJECT_SEARCH).length;
    await expect(inInvocation(under, (client) => getProjects(client, { keys: [] }))).resolves.toEqual([]);
    expect(requestsTo(under, PROJECT_SEARCH)).toHaveLength(before);
  });

  it('reads every page, losing and repeating nothing', async () => {
    const added = addProjects(230);
    const projects = await inInvocation(under, (client) => getProjects(client));
    expect(projects).toHaveLength(234);
    expect(new Set(projects.map((project) => project.id)).size).toBe(234);
    expect(projects.map((project) => project.key)).toEqual(expect.arrayContaining([...added, 'ATLAS', 'MOB', 'OPS', 'PLAT']));
    expect(requestsTo(under, PROJECT_SEARCH)).toHaveLength(3);
  });

  it('asks for at most 50 keys a request, as Jira allows', async () => {
    const keys = addProjects(120);
    const projects = await inInvocation(under, (client) => getProjects(client, { keys }));
    expect(projects.map((project) => project.key).sort()).toEqual([...keys].sort());
    expect(requestsTo(under, PROJECT_SEARCH)).toHaveLength(3);
  });

  it('serves the same question from the app cache for ten minutes, and a different question from Jira', async () => {
    await inInvocation(under, (client) => getProjects(client, { fields: ['lead'], keys: ['PLAT', 'MOB'] }));
    // The same arguments in another order are the same question.
    await inInvocation(under, (client) => getProjects(client, { fields: ['lead'], keys: ['MOB', 'PLAT'] }));
    expect(requestsTo(under, PROJECT_SEARCH)).toHaveLength(1);
    await inInvocation(under, (client) => getProjects(client, { keys: ['PLAT', 'MOB'] }));
    await inInvocation(under, (client) => getProjects(client, { fields: ['lead'] }));
    expect(requestsTo(under, PROJECT_SEARCH)).toHaveLength(3);
    await under.platform.advance(TEN_MINUTES_MS - 1_000);
    await inInvocation(under, (client) => getProjects(client, { fields: ['lead'], keys: ['PLAT', 'MOB'] }));
    expect(requestsTo(under, PROJECT_SEARCH)).toHaveLength(3);
    await under.platform.advance(1_000);
    await inInvocation(under, (client) => getProjects(client, { fields: ['lead'], keys: ['PLAT', 'MOB'] }));
    expect(requestsTo(under, PROJECT_SEARCH)).toHaveLength(4);
    // Six reads: four from Jira, two from the cache, each counted in the installation's metrics.
    const metrics = await under.platform.run(under.installation, async () => (await import('@forge/kvs')).kvs.get(KEYS.jiraMetrics()));
    expect(metrics).toMatchObject({ value: { cacheHits: 2, cacheMisses: 4 } });
  });

  it('shows a user acting through the client fewer projects than the app', async () => {
    const user = restrictedUser(under);
    const asUser = await inInvocation(under, (client) => getProjects(client), { priority: 'interactive', actor: { as: 'user', accountId: user.accountId } });
    const asApp = await inInvocation(await freshInstallation(under), (client) => getProjects(client));
    expect(asUser.map((project) => project.key)).toEqual(['ATLAS', 'MOB', 'PLAT']);
    expect(asApp.map((project) => project.key)).toEqual(['ATLAS', 'MOB', 'OPS', 'PLAT']);
  });

  // The app cache is keyed by the question, not by who asks: the client core must scope it by actor.
  it('does not serve a user the projects the app cached', async () => {
    const user = restrictedUser(under);
    await inInvocation(under, (client) => getProjects(client));
    const asUser = await inInvocation(under, (client) => getProjects(client), { priority: 'interactive', actor: { as: 'user', accountId: user.accountId } });
    expect(asUser.map((project) => project.key)).not.toContain('OPS');
  });
});
