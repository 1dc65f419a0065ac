import { fixturePlatform } from '../fixture-platform';

const issueEvent = (eventType: string, extra: Record<string, unknown> = {}) => ({ eventType, issue: { id: '10001', key: 'SIAS-1', fields: {} }, ...extra });

describe('product events and scheduled triggers', () => {
  it('fans an event out to every trigger subscribed to it, and only to those', async () => {
    const { platform, received } = fixturePlatform();
    const site = await platform.install();
    received.length = 0;
    platform.publishProductEvent(site, issueEvent('avi:jira:updated:issue'));
    platform.publishProductEvent(site, issueEvent('avi:jira:created:issue'));
    platform.publishProductEvent(site, issueEvent('avi:jira:deleted:issue'));
    await platform.drain();
    const seen = received.map((r) => `${r.handler}:${String(r.event.eventType)}`).sort();
    expect(seen).toEqual(['onIssueA:avi:jira:created:issue', 'onIssueA:avi:jira:updated:issue', 'onIssueB:avi:jira:updated:issue']);
    expect(platform.productEvents.counters.unsubscribed).toBe(1);
    expect(received[0]!.context.installContext).toBe(site.installContext);
  });

  it('honours ignoreSelf: the app\'s own events skip filtered triggers and are marked for the others', async () => {
    const { platform, received } = fixturePlatform();
    const site = await platform.install();
    received.length = 0;
    platform.publishProductEvent(site, issueEvent('avi:jira:updated:issue'), { selfGenerated: true });
    await platform.drain();
    expect(received.map((r) => r.handler)).toEqual(['onIssueB']);
    expect(received[0]!.event.selfGenerated).toBe(true);
    expect(platform.productEvents.counters.filteredSelf).toBe(1);
  });

  it('delays, duplicates and drops as the delivery policy says', async () => {
    const { platform, received } = fixturePlatform({ seed: 3 });
    const site = await platform.install();
    received.length = 0;
    platform.productEvents.policy = { latencyMs: { min: 60_000, max: 180_000 }, duplicateRate: 0, dropRate: 0 };
    platform.publishProductEvent(site, issueEvent('avi:jira:created:issue'));
    await platform.advance(59_999);
    expect(received).toHaveLength(0);
    await platform.advance(120_001);
    expect(received).toHaveLength(1);

    platform.productEvents.policy = { latencyMs: { min: 0, max: 0 }, duplicateRate: 1, dropRate: 0 };
    platform.publishProductEvent(site, issueEvent('avi:jira:created:issue'));
    await platform.drain();
    expect(received).toHaveLength(3);

    platform.productEvents.policy = { latencyMs: { min: 0, max: 0 }, duplicateRate: 0, dropRate: 1 };
    platform.publishProductEvent(site, issueEvent('avi:jira:created:issue'));
    await platform.drain();
    expect(received).toHaveLength(3);
    expect(platform.productEvents.counters.dropped).toBe(1);
  });

  it('stops a trigger at 25 s as FUNCTION_TIME_OUT, whatever timeoutSeconds says elsewhere', async () => {
    const { platform } = fixturePlatform();
    const site = await platform.install();
    platform.publishProductEvent(site, issueEvent('avi:jira:created:issue', { sleepMs: 26_000 }));
    await platform.runDue();
    expect(platform.log.all().find((r) => r.functionKey === 'on-issue-a')).toMatchObject({ outcome: 'timeout', limitMs: 25_000, virtualMs: 25_000 });
  });

  it('delivers the installed lifecycle event on install', async () => {
    const { platform, received } = fixturePlatform();
    const site = await platform.install({ installerAccountId: 'admin-1' });
    const installed = received.find((r) => r.handler === 'onIssueB' && r.event.installerAccountId === 'admin-1');
    expect(installed?.event).toMatchObject({ id: site.id, app: { id: platform.manifest.appId } });
  });

  it('runs a fiveMinute trigger 5 minutes after install and then every 5 minutes, per installation', async () => {
    const { platform, received } = fixturePlatform();
    const a = await platform.install();
    const b = await platform.install();
    await platform.advance(20 * 60_000);
    const ticks = received.filter((r) => r.handler === 'tick');
    expect(ticks.filter((t) => t.installationId === a.id).map((t) => t.at - ticks[0]!.at)).toEqual([0, 300_000, 600_000, 900_000]);
    expect(ticks.filter((t) => t.installationId === b.id)).toHaveLength(4);
    expect(ticks[0]!.event).toEqual({ context: { cloudId: a.cloudId, moduleKey: 'tick' }, contextToken: expect.any(String) });
  });

  it('skips or duplicates scheduled runs when asked', async () => {
    const { platform, received } = fixturePlatform();
    const site = await platform.install();
    platform.scheduled.policy = { latencyMs: { min: 0, max: 0 }, duplicateRate: 1, dropRate: 0 };
    await platform.advance(5 * 60_000);
    expect(received.filter((r) => r.handler === 'tick')).toHaveLength(2);
    platform.scheduled.policy = { latencyMs: { min: 0, max: 0 }, duplicateRate: 0, dropRate: 1 };
    await platform.advance(10 * 60_000);
    expect(received.filter((r) => r.handler === 'tick' && r.installationId === site.id)).toHaveLength(2);
    expect(platform.scheduled.counters.skipped).toBe(2);
  });
});
