import { kvs } from '@forge/kvs';
import { expectKvsError, installKvs, MINUTE, type KvsHarness } from './harness';

let harness: KvsHarness;
beforeEach(() => {
  harness = installKvs();
});

const KB = 1024;
const bodyBytes = (body: unknown): number => Buffer.byteLength(JSON.stringify(body));

describe('usage metering in 10 KB units', () => {
  it('counts a 65 KB write as 7 write units and reading it back as 7 read units', async () => {
    const value = 'x'.repeat(65 * KB);
    await kvs.set('big', value);
    expect(harness.service.usage()).toEqual({
      readUnits: 0,
      writeUnits: 7,
      requests: 1,
      rateLimited: 0,
      bytesWritten: bodyBytes({ key: 'big', value }),
      bytesRead: 0,
    });
    expect(await kvs.get('big')).toBe(value);
    expect(harness.service.usage()).toMatchObject({ readUnits: 7, requests: 2, bytesRead: bodyBytes({ key: 'big', value }) });
  });

  it('rounds every request up to whole units', async () => {
    const overhead = bodyBytes({ key: 'k', value: '' });
    await kvs.set('k', 'x'.repeat(10 * KB - overhead));
    expect(harness.service.usage().writeUnits).toBe(1);
    await kvs.set('k', 'x'.repeat(10 * KB - overhead + 1));
    expect(harness.service.usage().writeUnits).toBe(1 + 2);
  });

  it('counts a small write and an empty read as one unit each', async () => {
    await kvs.set('small', 1);
    await kvs.get('missing');
    await kvs.delete('small');
    expect(harness.service.usage()).toMatchObject({ readUnits: 1, writeUnits: 2, requests: 3 });
  });

  it('counts a batch by its total size, once', async () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(KB) }));
    await kvs.batchSet(items);
    expect(harness.service.usage().writeUnits).toBe(1);
    for (const item of items) await kvs.set(item.key, item.value);
    expect(harness.service.usage().writeUnits).toBe(1 + 9);
    await kvs.batchGet(items.map(({ key }) => ({ key })));
    expect(harness.service.usage().readUnits).toBe(1);
  });

  it('counts a transaction as one write sized by its payload', async () => {
    const transaction = kvs.transact();
    for (let i = 0; i < 5; i += 1) transaction.set(`k${i}`, 'x'.repeat(3 * KB));
    await transaction.execute();
    expect(harness.service.usage()).toMatchObject({ writeUnits: 2, requests: 1 });
  });

  it('counts queries by the size of the page they return', async () => {
    for (let i = 0; i < 3; i += 1) await kvs.set(`q${i}`, 'x'.repeat(6 * KB));
    await kvs.query().getMany();
    expect(harness.service.usage().readUnits).toBe(2);
  });
});

describe('per-minute limits', () => {
  it('answers 429 RATE_LIMIT_EXCEEDED past 4000 write units in a minute, and recovers a minute later', async () => {
    for (let i = 0; i < 4000; i += 1) await kvs.set('counter', i);
    const error = await expectKvsError(kvs.set('counter', -1), 'RATE_LIMIT_EXCEEDED', 429);
    expect(error.message).toContain('4000 write units');
    expect(harness.service.usage()).toMatchObject({ writeUnits: 4000, rateLimited: 1, requests: 4001 });
    // Reads have their own budget, and the refused write was not applied.
    expect(await kvs.get('counter')).toBe(3999);
    harness.advance(MINUTE - 1);
    await expectKvsError(kvs.set('counter', -1), 'RATE_LIMIT_EXCEEDED', 429);
    harness.advance(1);
    await kvs.set('counter', 4000);
    expect(await kvs.get('counter')).toBe(4000);
    expect(harness.service.usage().rateLimited).toBe(2);
  });

  it('admits a write only if its units fit, and rolls the window rather than resetting it', async () => {
    harness = installKvs({ writeUnitsPerMinute: 10 });
    const big = 'x'.repeat(65 * KB);
    await kvs.set('a', big);
    harness.advance(30_000);
    await expectKvsError(kvs.set('b', big), 'RATE_LIMIT_EXCEEDED', 429);
    for (let i = 0; i < 3; i += 1) await kvs.set(`small-${i}`, i);
    await expectKvsError(kvs.set('small-3', 3), 'RATE_LIMIT_EXCEEDED', 429);
    // One minute after the big write its 7 units are free again; the 3 small ones still count.
    harness.advance(30_000);
    await kvs.set('b', big);
    await expectKvsError(kvs.set('small-3', 3), 'RATE_LIMIT_EXCEEDED', 429);
  });

  it('limits reads per minute separately from writes', async () => {
    const limited = installKvs({ readUnitsPerMinute: 3 });
    await kvs.set('k', 1);
    for (let i = 0; i < 3; i += 1) await kvs.get('k');
    await expectKvsError(kvs.get('k'), 'RATE_LIMIT_EXCEEDED', 429);
    await expectKvsError(kvs.query().getMany(), 'RATE_LIMIT_EXCEEDED', 429);
    await kvs.set('k', 2);
    limited.advance(MINUTE);
    expect(await kvs.get('k')).toBe(2);
    expect(limited.service.usage()).toMatchObject({ rateLimited: 2, readUnits: 4, writeUnits: 2 });
  });
});
