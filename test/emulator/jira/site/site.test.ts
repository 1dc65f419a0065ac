import { basicAuth, siteWithFixtureApp, type SiteUnderTest } from './site-fixture';

/** Calls the site from inside an invocation of the installed app, through the real @forge/api. */
async function asAppGet(under: SiteUnderTest, path: string): Promise<{ status: number; headers: Headers; body: unknown }> {
  const result = await under.platform.run(under.installation, async () => {
    const { asApp, assumeTrustedRoute } = await import('@forge/api');
    const response = await asApp().requestJira(assumeTrustedRoute(path));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  });
  if (result.outcome !== 'success') throw new Error(`invocation ended ${result.outcome}`);
  return result.value as { status: number; headers: Headers; body: unknown };
}

describe('the Jira site on loopback', () => {
  let under: SiteUnderTest;
  afterEach(async () => {
    await under.site.stop();
  });

  it('serves any HTTP client with a base URL and a site admin\'s basic-auth API token', async () => {
    under = await siteWithFixtureApp();
    const admin = under.site.admin();
    const authorization = basicAuth(admin.emailAddress, under.site.apiTokenFor(admin.accountId));
    const ok = await fetch(`${under.site.baseUrl}/rest/api/3/myself`, { headers: { authorization } });
    expect(ok.status).toBe(200);
    await expect(ok.json()).resolves.toMatchObject({ accountId: admin.accountId });
    const wrong = await fetch(`${under.site.baseUrl}/rest/api/3/myself`, { headers: { authorization: basicAuth(admin.emailAddress, 'not-the-token') } });
    expect(wrong.status).toBe(401);
    const gone = await fetch(`${under.site.baseUrl}/rest/api/3/search?jql=project%3DPLAT`, { headers: { authorization } });
    expect(gone.status).toBe(410);
    expect(under.site.requests.map((r) => r.principal)).toEqual([`basic:${admin.accountId}`]);
  });

  it('routes requestJira as the app, as the invoking user and as a named user, and each sees what it may', async () => {
    under = await siteWithFixtureApp();
    const { site, platform, installation } = under;
    const restricted = [...site.state.users.values()].find((u) => u.hiddenProjectIds.length > 0);
    if (restricted === undefined) throw new Error('the seeded site has a restricted user');
    const member = [...site.state.users.values()].find((u) => u.accountType === 'atlassian' && !u.siteAdmin && u.hiddenProjectIds.length === 0);
    if (member === undefined) throw new Error('the seeded site has members');
    const projectKeys = (body: unknown): string[] => (body as { values: Array<{ key: string }> }).values.map((p) => p.key).sort();

    const asApp = await asAppGet(under, '/rest/api/3/project/search');
    const asUsers = await platform.run(installation, async () => {
      const { asUser, route } = await import('@forge/api');
      const invoking = await (await asUser().requestJira(route`/rest/api/3/project/search`)).json();
      const named = await (await asUser(member.accountId).requestJira(route`/rest/api/3/project/search`)).json();
      return { invoking, named };
    }, { accountId: restricted.accountId });
    if (asUsers.outcome !== 'success') throw new Error(`invocation ended ${asUsers.outcome}`);
    const { invoking, named } = asUsers.value as { invoking: unknown; named: unknown };

    expect(projectKeys(asApp.body)).toEqual(['ATLAS', 'MOB', 'OPS', 'PLAT']);
    expect(projectKeys(invoking)).toEqual(['ATLAS', 'MOB', 'PLAT']);
    expect(projectKeys(named)).toEqual(['ATLAS', 'MOB', 'OPS', 'PLAT']);
    expect(site.requests.map((r) => r.principal)).toEqual(['app', `user:${restricted.accountId}`, `user:${member.accountId}`]);
  });

  it('charges app calls points from the quota, sends the rate-limit headers, and counts per endpoint', async () => {
    under = await siteWithFixtureApp();
    const first = await asAppGet(under, '/rest/api/3/serverInfo');
    const second = await asAppGet(under, '/rest/api/3/project/search?maxResults=2');
    expect(first.headers.get('x-ratelimit-limit')).toBe('65000');
    // serverInfo: 1 base + 1 object; a page of 2 projects: 1 base + 2 objects.
    expect(Number(first.headers.get('x-ratelimit-remaining')) - Number(second.headers.get('x-ratelimit-remaining'))).toBe(3);
    expect(under.site.traffic()).toMatchObject({
      'GET /rest/api/3/serverInfo': { requests: 1, points: 2, tooManyRequests: 0 },
      'GET /rest/api/3/project/search': { requests: 1, points: 3, tooManyRequests: 0 },
    });
  });

  it('refuses every call with 429 and RateLimit-Reason once the shared hourly quota is spent, until the reset', async () => {
    under = await siteWithFixtureApp({ quotaPerHour: 5 });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof asAppGet>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await asAppGet(under, '/rest/api/3/serverInfo');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.headers.get('ratelimit-reason')).toBe('jira-quota-global-based');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(under.site.traffic()['GET /rest/api/3/serverInfo']).toMatchObject({ requests: 4, tooManyRequests: 1 });
    await under.platform.advance(Number(last?.headers.get('retry-after')) * 1000);
    expect((await asAppGet(under, '/rest/api/3/serverInfo')).status).toBe(200);
  });

  it('injects faults on demand: a 503 for one route, then a dropped connection', async () => {
    under = await siteWithFixtureApp();
    under.site.faults.add({ match: { route: '/rest/api/3/serverInfo' }, trigger: { next: 1 }, fault: { kind: 'error', status: 503 } });
    under.site.faults.add({ match: 'all', trigger: { next: 1 }, fault: { kind: 'reset' } });
    expect((await asAppGet(under, '/rest/api/3/serverInfo')).status).toBe(503);
    await expect(asAppGet(under, '/rest/api/3/serverInfo')).rejects.toThrow();
    expect((await asAppGet(under, '/rest/api/3/serverInfo')).status).toBe(200);
    expect(under.site.traffic()['GET /rest/api/3/serverInfo']).toMatchObject({ requests: 3, serverErrors: 1, resets: 1 });
  });

  it('lets search trail writes by the configured lag, except for reconciled issues', async () => {
    under = await siteWithFixtureApp({ searchLagMs: 30_000 });
    const { site, platform, installation } = under;
    const issue = site.state.issuesInProject(required(site.state.projectByKey('PLAT')).id)[0];
    if (issue === undefined) throw new Error('PLAT has issues');
    const summaries = async (reconcile: boolean): Promise<string[]> => {
      const result = await platform.run(installation, async () => {
        const { asApp, route } = await import('@forge/api');
        const body = { jql: `key = ${issue.key}`, fields: ['summary'], ...(reconcile ? { reconcileIssues: [Number(issue.id)] } : {}) };
        const response = await asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return ((await response.json()) as { issues: Array<{ fields: { summary: string } }> }).issues.map((i) => i.fields.summary);
      });
      if (result.outcome !== 'success') throw new Error(`invocation ended ${result.outcome}`);
      return result.value as string[];
    };
    const before = issue.summary;
    const edit = await platform.run(installation, async () => {
      const { asApp, route } = await import('@forge/api');
      const response = await asApp().requestJira(route`/rest/api/3/issue/${issue.key}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fields: { summary: 'Renamed by the app' } }) });
      return response.status;
    });
    expect(edit).toMatchObject({ outcome: 'success', value: 204 });
    expect(await summaries(false)).toEqual([before]);
    expect(await summaries(true)).toEqual(['Renamed by the app']);
    await platform.advance(30_000);
    expect(await summaries(false)).toEqual(['Renamed by the app']);
  });

  it('answers the app 401 during the install-time permission race, then lets it in', async () => {
    under = await siteWithFixtureApp();
    under.site.refuseAppUntil(under.platform.clock.now() + 30_000);
    expect((await asAppGet(under, '/rest/api/3/serverInfo')).status).toBe(401);
    await under.platform.advance(30_000);
    expect((await asAppGet(under, '/rest/api/3/serverInfo')).status).toBe(200);
  });
});

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing from the seeded site');
  return value;
}
