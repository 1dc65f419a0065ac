import { JobDoesNotExistError, PayloadTooBigError, Queue, RateLimitError, TooManyEventsError, InvalidPushSettingsError } from '@forge/events';
import { fixturePlatform } from '../fixture-platform';

function setup(options: Parameters<typeof fixturePlatform>[0] = {}) {
  const { platform, received } = fixturePlatform(options);
  return { platform, received, consumed: () => received.filter((r) => r.handler === 'consume' || r.handler === 'consumeLong') };
}

async function push(platform: ReturnType<typeof setup>['platform'], installation: Awaited<ReturnType<ReturnType<typeof setup>['platform']['install']>>, queue: string, bodies: Array<Record<string, unknown>>, delayInSeconds?: number) {
  const result = await platform.run(installation, () =>
    new Queue({ key: queue }).push(bodies.map((body) => ({ body, ...(delayInSeconds === undefined ? {} : { delayInSeconds }) }))),
  );
  if (result.outcome !== 'success') throw result.outcome === 'error' ? result.error : new Error('push timed out');
  return result.value as { jobId: string };
}

describe('async events through the real @forge/events', () => {
  it('delivers a pushed event to the manifest consumer as an AsyncEvent and counts it in job stats', async () => {
    const { platform, consumed } = setup();
    const site = await platform.install();
    const { jobId } = await push(platform, site, 'work', [{ action: 'ok', key: 'a' }]);
    await platform.drain();
    expect(consumed()).toHaveLength(1);
    const event = consumed()[0]!.event;
    expect(event).toEqual({ body: { action: 'ok', key: 'a' }, queueName: 'work', jobId, eventId: expect.any(String) });
    expect(consumed()[0]!.context.installContext).toBe(site.installContext);
    const stats = await platform.run(site, () => new Queue({ key: 'work' }).getJob(jobId).getStats());
    expect(stats).toMatchObject({ outcome: 'success', value: { success: 1, inProgress: 0, failed: 0 } });
  });

  it('waits delayInSeconds of virtual time before delivering', async () => {
    const { platform, consumed } = setup();
    const site = await platform.install();
    await push(platform, site, 'work', [{ action: 'ok' }], 120);
    await platform.advance(119_000);
    expect(consumed()).toHaveLength(0);
    await platform.advance(1_000);
    expect(consumed()).toHaveLength(1);
  });

  it('redelivers a returned InvocationError after retryAfter with its retryContext', async () => {
    const { platform, consumed } = setup();
    const site = await platform.install();
    await push(platform, site, 'work', [{ action: 'retry', retryAfter: 30 }]);
    await platform.runDue();
    expect(consumed()).toHaveLength(1);
    expect(consumed()[0]!.event.retryContext).toBeUndefined();
    await platform.advance(29_000);
    expect(consumed()).toHaveLength(1);
    await platform.advance(1_000);
    expect(consumed()).toHaveLength(2);
    expect(consumed()[1]!.event.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { attempt: 1 } });
    expect(consumed()[1]!.event.eventId).toBe(consumed()[0]!.event.eventId);
  });

  it('retries a thrown error as a platform error with growing back-off', async () => {
    const { platform, consumed } = setup();
    const site = await platform.install();
    await push(platform, site, 'work', [{ action: 'throw' }]);
    await platform.advance(1_000 + 2_000 + 4_000);
    const attempts = consumed();
    expect(attempts.map((a) => a.at - attempts[0]!.at)).toEqual([0, 1_000, 3_000, 7_000]);
    expect(attempts[1]!.event.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' });
    expect(platform.log.count((r) => r.functionKey === 'consume' && r.outcome === 'error')).toBe(4);
  });

  it('ends a consumer at its timeoutSeconds as FUNCTION_TIME_OUT and retries it', async () => {
    const { platform, consumed } = setup();
    const site = await platform.install();
    await push(platform, site, 'work', [{ action: 'sleep', ms: 31_000 }]);
    await platform.runDue();
    const first = platform.log.all().find((r) => r.functionKey === 'consume');
    expect(first).toMatchObject({ outcome: 'timeout', virtualMs: 30_000, limitMs: 30_000 });
    // The platform's back-off starts when the timed-out invocation ended, 30 s in.
    await platform.advance(30_999);
    expect(consumed()).toHaveLength(1);
    await platform.advance(1);
    expect(consumed()[1]!.event.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_TIME_OUT' });
  });

  it('lets a long consumer sleep on virtual time within its limit', async () => {
    const { platform } = setup();
    const site = await platform.install();
    await push(platform, site, 'long-work', [{ action: 'sleep', ms: 600_000 }]);
    await platform.runDue();
    expect(platform.log.all().find((r) => r.functionKey === 'consume-long')).toMatchObject({ outcome: 'success', virtualMs: 600_000, limitMs: 900_000 });
  });

  it('delivers every event twice when the policy duplicates, with the same eventId', async () => {
    const { platform, consumed } = setup();
    platform.asyncEvents.policy = { latencyMs: { min: 0, max: 0 }, duplicateRate: 1, dropRate: 0 };
    const site = await platform.install();
    await push(platform, site, 'work', [{ action: 'ok', key: '1' }, { action: 'ok', key: '2' }]);
    await platform.drain();
    expect(consumed()).toHaveLength(4);
    expect(new Set(consumed().map((c) => c.event.eventId)).size).toBe(2);
  });

  it('gives no ordering guarantee: latency jitter reorders a batch', async () => {
    const { platform, consumed } = setup({ seed: 7 });
    platform.asyncEvents.policy = { latencyMs: { min: 0, max: 5_000 }, duplicateRate: 0, dropRate: 0 };
    const site = await platform.install();
    const keys = Array.from({ length: 20 }, (_, i) => String(i));
    await push(platform, site, 'work', keys.map((key) => ({ action: 'ok', key })));
    await platform.drain();
    const order = consumed().map((c) => (c.event.body as { key: string }).key);
    expect([...order].sort((a, b) => Number(a) - Number(b))).toEqual(keys);
    expect(order).not.toEqual(keys);
  });

  it('drops an event that still asks for retries when the 24 h retention window closes', async () => {
    const { platform, consumed } = setup();
    const site = await platform.install();
    const { jobId } = await push(platform, site, 'work', [{ action: 'retry', retryAfter: 900 }]);
    await platform.advance(25 * 60 * 60_000);
    // Attempts at 0, 900 s, ... up to and including the 24 h mark.
    expect(consumed()).toHaveLength((24 * 60 * 60) / 900 + 1);
    expect(platform.asyncEvents.jobStats(site, jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
    expect(platform.asyncEvents.counters.expired).toBe(1);
  });

  it('enforces the push limits with the errors the SDK maps', async () => {
    const { platform } = setup();
    const site = await platform.install();
    const tooMany = await platform.run(site, () => new Queue({ key: 'work' }).push(Array.from({ length: 51 }, () => ({ body: {} }))));
    expect(tooMany).toMatchObject({ outcome: 'error', error: expect.any(TooManyEventsError) });
    const tooBig = await platform.run(site, () => new Queue({ key: 'work' }).push([{ body: { blob: 'x'.repeat(205 * 1024) } }]));
    expect(tooBig).toMatchObject({ outcome: 'error', error: expect.any(PayloadTooBigError) });
    const badDelay = await platform.run(site, () => new Queue({ key: 'work' }).push([{ body: {}, delayInSeconds: 901 }]));
    expect(badDelay).toMatchObject({ outcome: 'error', error: expect.any(InvalidPushSettingsError) });
    // 100 KB per event for consumers allowed more than 55 s: enforced by the platform, answered 413.
    const bigForLong = await platform.run(site, () => new Queue({ key: 'long-work' }).push([{ body: { blob: 'x'.repeat(120 * 1024) } }]));
    expect(bigForLong).toMatchObject({ outcome: 'error', error: expect.any(PayloadTooBigError) });
  });

  it('answers 429 past 500 events a minute per installation, and not for another installation', async () => {
    const { platform } = setup();
    const site = await platform.install();
    const other = await platform.install();
    for (let i = 0; i < 10; i++) await push(platform, site, 'work', Array.from({ length: 50 }, () => ({ action: 'ok' })), 60);
    const over = await platform.run(site, () => new Queue({ key: 'work' }).push([{ body: { action: 'ok' } }]));
    expect(over).toMatchObject({ outcome: 'error', error: expect.any(RateLimitError) });
    await expect(push(platform, other, 'work', [{ action: 'ok' }])).resolves.toHaveProperty('jobId');
    await platform.advance(60_000);
    await expect(push(platform, site, 'work', [{ action: 'ok' }])).resolves.toHaveProperty('jobId');
  });

  it('refuses a push chain deeper than 1000 with the cyclic-invocation error', async () => {
    const { platform, consumed } = setup();
    const { chainRefusals } = require('../fixture-app') as typeof import('../fixture-app');
    chainRefusals.length = 0;
    const site = await platform.install();
    await push(platform, site, 'work', [{ action: 'chain' }]);
    await platform.drain();
    expect(consumed()).toHaveLength(1000);
    expect(chainRefusals).toEqual(['The limit on cyclic invocation has been reached.']);
  });

  it('cancels the events of a job that have not started, and reports unknown jobs', async () => {
    const { platform, consumed } = setup();
    const site = await platform.install();
    const { jobId } = await push(platform, site, 'work', [{ action: 'ok' }, { action: 'ok' }], 60);
    const cancelled = await platform.run(site, () => new Queue({ key: 'work' }).cancel(jobId));
    expect(cancelled.outcome).toBe('success');
    await platform.advance(120_000);
    expect(consumed()).toHaveLength(0);
    expect(platform.asyncEvents.jobStats(site, jobId)).toEqual({ success: 0, inProgress: 0, failed: 2 });
    const unknown = await platform.run(site, () => new Queue({ key: 'work' }).getJob('no-such-job').getStats());
    expect(unknown).toMatchObject({ outcome: 'error', error: expect.any(JobDoesNotExistError) });
  });
});
