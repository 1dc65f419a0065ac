import { NeedsAuthenticationError } from '@forge/api';
import { kvs } from '@forge/kvs';
import { JiraSite } from '../../../emulator/jira/site/jira-site';
import { ResolverInvocationError } from '../../../emulator/platform/resolvers';
import { fixturePlatform } from '../fixture-platform';

describe('resolvers, runtime context and installations', () => {
  it('invokes a resolver with the trusted accountId and installContext from the platform, not the browser', async () => {
    const { platform } = fixturePlatform();
    const site = await platform.install();
    const result = await platform.callResolver({
      installation: site,
      moduleKey: 'admin',
      functionKey: 'whoAmI',
      accountId: 'user-1',
      extension: { accountId: 'forged', issue: { id: '1' } },
    });
    expect(result).toEqual({ accountId: 'user-1', installContext: site.installContext, extension: { type: 'jira:adminPage', accountId: 'forged', issue: { id: '1' } } });
  });

  it('stops a resolver at 25 s', async () => {
    const { platform } = fixturePlatform();
    const site = await platform.install();
    await expect(platform.callResolver({ installation: site, moduleKey: 'admin', functionKey: 'sleep', payload: { ms: 24_000 }, accountId: 'u' })).resolves.toBe('woke');
    const late = platform.callResolver({ installation: site, moduleKey: 'admin', functionKey: 'sleep', payload: { ms: 26_000 }, accountId: 'u' });
    await expect(late).rejects.toBeInstanceOf(ResolverInvocationError);
    await expect(late).rejects.toMatchObject({ code: 'FUNCTION_TIME_OUT' });
  });

  it('gives every invocation its own app context and remaining time', async () => {
    const { platform, received } = fixturePlatform();
    const site = await platform.install();
    received.length = 0;
    platform.publishProductEvent(site, { eventType: 'avi:jira:created:issue', issue: { id: '1' } });
    await platform.runDue();
    expect(received[0]).toMatchObject({ installationId: site.id, remainingMs: 25_000 });
  });

  it('isolates storage between installations', async () => {
    const { platform } = fixturePlatform();
    const a = await platform.install();
    const b = await platform.install();
    await platform.callResolver({ installation: a, moduleKey: 'admin', functionKey: 'store', payload: { key: 'k', value: 'from-a' }, accountId: 'u' });
    await platform.callResolver({ installation: b, moduleKey: 'admin', functionKey: 'store', payload: { key: 'k', value: 'from-b' }, accountId: 'u' });
    expect(await platform.run(a, () => kvs.get('k'))).toMatchObject({ value: 'from-a' });
    expect(await platform.run(b, () => kvs.get('k'))).toMatchObject({ value: 'from-b' });
    await platform.run(b, () => kvs.set('only-b', true));
    expect(await platform.run(a, () => kvs.get('only-b'))).toMatchObject({ outcome: 'success', value: undefined });
    expect(a.kvs.usage().writeUnits).toBe(1);
  });

  it('routes requestJira as the app or as the user to the installation\'s site, and asks for consent when needed', async () => {
    const { platform } = fixturePlatform();
    const site = await JiraSite.start({ clock: platform.clock, issues: 20 });
    try {
      const installation = await platform.install({ jiraBaseUrl: site.baseUrl });
      const { accountId } = site.admin();
      await expect(platform.callResolver({ installation, moduleKey: 'admin', functionKey: 'myself', accountId })).resolves.toMatchObject({ accountId });
      expect(site.requests.at(-1)).toEqual({ method: 'GET', path: '/rest/api/3/myself', principal: `user:${accountId}`, status: 200 });
      installation.revokeConsent(accountId);
      await expect(platform.callResolver({ installation, moduleKey: 'admin', functionKey: 'myself', accountId })).rejects.toBeInstanceOf(NeedsAuthenticationError);
    } finally {
      await site.stop();
    }
  });

  it('estimates Forge compute in GB-seconds from the invocation log', async () => {
    const { platform } = fixturePlatform();
    const site = await platform.install();
    await platform.callResolver({ installation: site, moduleKey: 'admin', functionKey: 'sleep', payload: { ms: 10_000 }, accountId: 'u' });
    const record = platform.log.all().find((r) => r.functionKey === 'resolver');
    expect(record).toMatchObject({ moduleType: 'resolver', moduleKey: 'admin', installationId: site.id, memoryMb: 512, outcome: 'success', virtualMs: 10_000 });
    // 10 s of virtual time at 0.5 GB is at least 5 GB-s; the app's own real work adds a little.
    expect(platform.log.gbSeconds((r) => r.functionKey === 'resolver')).toBeGreaterThanOrEqual(5);
  });
});
