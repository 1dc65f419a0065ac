import { kvs, MetadataField } from '@forge/kvs';
import { expectKvsError, HOUR, installKvs, MINUTE, START, type KvsHarness } from './harness';

let harness: KvsHarness;
beforeEach(() => {
  harness = installKvs();
});

const ALL_METADATA = [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME];

describe('get / set / delete', () => {
  it('round-trips every JSON value type', async () => {
    const values: Record<string, unknown> = { s: 'text', n: 42.5, b: false, a: [1, 'two', { three: 3 }], o: { nested: { deep: [true] } } };
    for (const [key, value] of Object.entries(values)) await kvs.set(key, value);
    for (const [key, value] of Object.entries(values)) expect(await kvs.get(key)).toEqual(value);
  });

  it('answers a missing key with 404 KEY_NOT_FOUND, which the SDK turns into undefined', async () => {
    expect(await kvs.get('nothing-here')).toBeUndefined();
    expect(harness.service.handle('/api/v1/get', { key: 'nothing-here' })).toEqual({
      status: 404,
      body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' },
    });
  });

  it('deletes, and answers a delete of a missing key with KEY_NOT_FOUND (swallowed by the SDK)', async () => {
    await kvs.set('k', 1);
    await kvs.delete('k');
    expect(await kvs.get('k')).toBeUndefined();
    await expect(kvs.delete('k')).resolves.toBeUndefined();
    expect(harness.service.handle('/api/v1/delete', { key: 'k' }).status).toBe(404);
  });

  it('answers a plain set with an empty 204', () => {
    expect(harness.service.handle('/api/v1/set', { key: 'k', value: 1 })).toEqual({ status: 204 });
  });

  it('returns metadata only when asked, createdAt kept and updatedAt moved by an overwrite', async () => {
    await kvs.set('k', 'v1');
    harness.advance(5000);
    await kvs.set('k', 'v2');
    expect(await kvs.get('k')).toBe('v2');
    expect(harness.service.handle('/api/v1/get', { key: 'k' }).body).toEqual({ key: 'k', value: 'v2' });
    expect(await kvs.get('k', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] })).toEqual({
      key: 'k',
      value: 'v2',
      createdAt: START,
      updatedAt: START + 5000,
    });
    // EXPIRE_TIME is left out for a value without TTL.
    expect(harness.service.handle('/api/v1/get', { key: 'k', options: { metadataFields: ['EXPIRE_TIME'] } }).body).toEqual({ key: 'k', value: 'v2' });
  });

  it('answers an unknown endpoint with 404 and a code', () => {
    expect(harness.service.handle('/api/v1/nope', {})).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: 'No KVS endpoint at /api/v1/nope' } });
  });

  it('refuses a malformed body with 400 BAD_REQUEST', () => {
    const response = harness.service.handle('/api/v1/get', { key: 7 });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('keyPolicy and returnValue', () => {
  it('FAIL_IF_EXISTS creates a new key and refuses an existing one with 409 KEY_CONFLICT', async () => {
    await kvs.set('lock', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    await expectKvsError(kvs.set('lock', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }), 'KEY_CONFLICT', 409);
    expect(await kvs.get('lock')).toBe('first');
    await kvs.set('lock', 'third', { keyPolicy: 'OVERRIDE' });
    expect(await kvs.get('lock')).toBe('third');
  });

  it('returns the LATEST value with the requested metadata', async () => {
    await kvs.set('k', 'old');
    harness.advance(1000);
    const result = await kvs.set('k', 'new', { keyPolicy: 'OVERRIDE', returnValue: 'LATEST', returnMetadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(result).toEqual({ key: 'k', value: 'new', createdAt: START, updatedAt: START + 1000 });
  });

  it('returns the PREVIOUS value, and nothing for a new key', async () => {
    expect(await kvs.set('k', 'first', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    harness.advance(1000);
    const result = await kvs.set('k', 'second', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS', returnMetadataFields: [MetadataField.UPDATED_AT] });
    expect(result).toEqual({ key: 'k', value: 'first', updatedAt: START });
    expect(harness.service.handle('/api/v1/set', { key: 'k', value: 'third', options: { returnValue: 'PREVIOUS' } }).body).toEqual({ key: 'k', value: 'second' });
  });

  it('refuses returnValue with FAIL_IF_EXISTS, and returnMetadataFields without returnValue', () => {
    const conflicting = harness.service.handle('/api/v1/set', { key: 'k', value: 1, options: { keyPolicy: 'FAIL_IF_EXISTS', returnValue: 'LATEST' } });
    expect(conflicting).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
    const orphan = harness.service.handle('/api/v1/set', { key: 'k', value: 1, options: { returnMetadataFields: ['CREATED_AT'] } });
    expect(orphan).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
  });
});

describe('TTL', () => {
  it('reports EXPIRE_TIME as ISO-8601 and only when asked', async () => {
    await kvs.set('session', { user: 'a' }, { ttl: { value: 5, unit: 'MINUTES' } });
    expect(await kvs.get('session', { metadataFields: ALL_METADATA })).toEqual({
      key: 'session',
      value: { user: 'a' },
      createdAt: START,
      updatedAt: START,
      expireTime: new Date(START + 5 * MINUTE).toISOString(),
    });
    expect(await kvs.get('session')).toEqual({ user: 'a' });
  });

  it('keeps an expired value readable for the 48 h purge window, then it is gone', async () => {
    await kvs.set('session', 'x', { ttl: { value: 30, unit: 'SECONDS' } });
    harness.advance(MINUTE);
    const stale = await kvs.get('session', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(stale?.value).toBe('x');
    expect(Date.parse(stale?.expireTime ?? '')).toBeLessThan(harness.clock.now());
    harness.advance(48 * HOUR);
    expect(await kvs.get('session')).toBeUndefined();
    expect(harness.service.keyCount()).toBe(0);
  });

  it('treats a value awaiting purge as existing for FAIL_IF_EXISTS, and a purged one as gone', async () => {
    await kvs.set('lease', 'a', { ttl: { value: 1, unit: 'HOURS' } });
    harness.advance(2 * HOUR);
    await expectKvsError(kvs.set('lease', 'b', { keyPolicy: 'FAIL_IF_EXISTS' }), 'KEY_CONFLICT', 409);
    harness.advance(48 * HOUR);
    await kvs.set('lease', 'b', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvs.get('lease', { metadataFields: [MetadataField.CREATED_AT] })).toEqual({ key: 'lease', value: 'b', createdAt: harness.clock.now() });
  });

  it('drops the TTL when a value is overwritten without one', async () => {
    await kvs.set('k', 1, { ttl: { value: 1, unit: 'DAYS' } });
    await kvs.set('k', 2);
    harness.advance(10 * 24 * HOUR);
    expect(await kvs.get('k', { metadataFields: [MetadataField.EXPIRE_TIME] })).toEqual({ key: 'k', value: 2 });
  });

  it('refuses a TTL that is not a positive whole number or exceeds a year', async () => {
    await expectKvsError(kvs.set('k', 1, { ttl: { value: 0, unit: 'SECONDS' } }), 'BAD_REQUEST');
    await expectKvsError(kvs.set('k', 1, { ttl: { value: 1.5, unit: 'HOURS' } }), 'BAD_REQUEST');
    await expectKvsError(kvs.set('k', 1, { ttl: { value: 366, unit: 'DAYS' } }), 'BAD_REQUEST');
    await kvs.set('k', 1, { ttl: { value: 365, unit: 'DAYS' } });
  });
});

describe('secrets', () => {
  it('live in their own namespace', async () => {
    await kvs.setSecret('token', 'secret-value');
    await kvs.set('token', 'plain-value');
    expect(await kvs.getSecret('token')).toBe('secret-value');
    expect(await kvs.get('token')).toBe('plain-value');
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
    expect(await kvs.get('token')).toBe('plain-value');
    await expect(kvs.deleteSecret('token')).resolves.toBeUndefined();
  });

  it('support TTL metadata, FAIL_IF_EXISTS and returnValue', async () => {
    await kvs.setSecret('s', 'v1', { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 2, unit: 'HOURS' } });
    await expectKvsError(kvs.setSecret('s', 'v2', { keyPolicy: 'FAIL_IF_EXISTS' }), 'KEY_CONFLICT', 409);
    expect(await kvs.getSecret('s', { metadataFields: [MetadataField.EXPIRE_TIME] })).toEqual({
      key: 's',
      value: 'v1',
      expireTime: new Date(START + 2 * HOUR).toISOString(),
    });
    expect(await kvs.setSecret('s', 'v3', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({ key: 's', value: 'v1' });
  });
});
