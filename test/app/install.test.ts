import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';
import { readValue } from '../../src/platform/kvs-store';
import { setupStateSchema } from '../../src/setup/setup-state';
import { KEYS } from '../../src/storage/keys';

describe('the app on the local platform: install and bootstrap', () => {
  let platform: ForgePlatform;
  let site: JiraSite;
  beforeEach(async () => {
    platform = new ForgePlatform();
    site = await JiraSite.start({ clock: platform.clock, issues: 50 });
  });
  afterEach(async () => {
    await site.stop();
  });

  /** The setup part of the admin page's overview, as the site's admin sees it. */
  const setupStatus = async (installation: Parameters<ForgePlatform['callResolver']>[0]['installation']): Promise<unknown> => {
    const answer = (await platform.callResolver({ installation, moduleKey: 'sias-admin', functionKey: 'getOverview', accountId: site.admin().accountId })) as { ok: boolean; data?: { setup: { status: string; installedAt: number | null } } };
    return answer.ok ? { status: answer.data?.setup.status, installedAt: answer.data?.setup.installedAt } : answer;
  };

  it('records the install, queues the bootstrap, and connects to Jira as the app', async () => {
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl, installerAccountId: 'admin-1' });
    expect(platform.log.all().map((r) => `${r.functionKey}:${r.outcome}`)).toEqual(['app-installed:success', 'consume-job:success']);
    // The connection check, then the field discovery: fields, projects, boards and each scrum board's configuration.
    expect(site.requests[0]).toEqual({ method: 'GET', path: '/rest/api/3/serverInfo', principal: 'app', status: 200 });
    expect(new Set(site.requests.slice(1).map((r) => r.path))).toEqual(
      new Set(['/rest/api/3/field', '/rest/api/3/project/search', '/rest/agile/1.0/board', '/rest/agile/1.0/board/{boardId}/configuration']),
    );
    expect(site.requests.every((r) => r.principal === 'app' && r.status === 200)).toBe(true);
    await expect(setupStatus(installation)).resolves.toEqual({ status: 'connected', installedAt: platform.clock.now() });
  });

  it('waits out the install-time permission race and connects once Jira lets the app in', async () => {
    site.refuseAppUntil(platform.clock.now() + 10_000);
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl });
    // Jira refuses the app for now, so not even the admin check can be made: the page says so.
    await expect(setupStatus(installation)).resolves.toMatchObject({ ok: false, error: { code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('not let SIAS in yet') } });
    const recorded = await platform.run(installation, () => readValue(KEYS.setupState(), setupStateSchema));
    expect(recorded).toMatchObject({ outcome: 'success', value: { status: 'waiting-for-permissions' } });
    expect(platform.log.all().find((r) => r.functionKey === 'consume-job')?.outcome).toBe('retry-requested');
    await platform.advance(30_000);
    await expect(setupStatus(installation)).resolves.toMatchObject({ status: 'connected' });
    expect(site.requests.filter((r) => r.path === '/rest/api/3/serverInfo').map((r) => r.status)).toEqual([401, 200]);
  });

  it('queues product events from the trigger and consumes them', async () => {
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl });
    platform.publishProductEvent(installation, { eventType: 'avi:jira:created:issue', issue: { id: '10001', key: 'SIAS-1', fields: {} } });
    await platform.drain();
    expect(platform.log.all().filter((r) => ['product-event', 'consume-event'].includes(r.functionKey)).map((r) => `${r.functionKey}:${r.outcome}`)).toEqual([
      'product-event:success',
      'consume-event:success',
    ]);
  });

  it('answers "not-installed" before the bootstrap wrote anything', async () => {
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl });
    await expect(setupStatus(installation)).resolves.toMatchObject({ status: 'connected' });
    await platform.run(installation, async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs.delete(KEYS.setupState());
    });
    await expect(setupStatus(installation)).resolves.toEqual({ status: 'not-installed', installedAt: null });
  });

  it('migrates settings stored by the older version when the app is upgraded', async () => {
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl });
    const kvsOf = async () => (await import('@forge/kvs')).kvs;
    await platform.run(installation, async () => (await kvsOf()).set(KEYS.integrationSettings(), { projectKeys: ['PLAT'], issueTypes: ['Bug'] }));
    await platform.upgrade(installation, '2.0.0');
    const stored = await platform.run(installation, async () => (await kvsOf()).get(KEYS.integrationSettings()));
    expect(stored).toMatchObject({ outcome: 'success', value: { schemaVersion: 1, projectKeys: ['PLAT'], issueTypes: ['Bug'], retryDelaysSeconds: [1, 2, 5, 10, 30], maxAttempts: 5 } });
  });
});
