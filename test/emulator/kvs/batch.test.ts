import { kvs, MetadataField } from '@forge/kvs';
import { expectKvsError, installKvs, START, type KvsHarness } from './harness';

let harness: KvsHarness;
beforeEach(() => {
  harness = installKvs();
});

describe('kvs.batchSet', () => {
  it('writes KVS and entity items together and reports each', async () => {
    const result = await kvs.batchSet([
      { key: 'plain', value: { a: 1 } },
      { key: 'PROJ-1', value: { projectKey: 'PROJ', updatedAt: 5 }, entityName: 'mirror-issue', options: { ttl: { value: 1, unit: 'DAYS' } } },
    ]);
    expect(result).toEqual({ successfulKeys: [{ key: 'plain' }, { key: 'PROJ-1', entityName: 'mirror-issue' }], failedKeys: [] });
    expect(await kvs.get('plain')).toEqual({ a: 1 });
    expect(await kvs.entity('mirror-issue').get('PROJ-1', { metadataFields: [MetadataField.EXPIRE_TIME] })).toEqual({
      key: 'PROJ-1',
      value: { projectKey: 'PROJ', updatedAt: 5 },
      expireTime: new Date(START + 86_400_000).toISOString(),
    });
  });

  it('fails an invalid item alone, with its code, and writes the rest', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'good-1', value: 1 },
      { key: 'bad key/', value: 2 },
      { key: 'PROJ-1', value: { projectKey: 7 }, entityName: 'mirror-issue' },
      { key: 'x', value: {}, entityName: 'mirror-nothing' },
      { key: 'good-2', value: 3 },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'good-1' }, { key: 'good-2' }]);
    expect(result.failedKeys).toEqual([
      { key: 'bad key/', error: { code: 'INVALID_KEY', message: expect.any(String) } },
      { key: 'PROJ-1', entityName: 'mirror-issue', error: { code: 'INVALID_ENTITY_VALUE', message: expect.any(String) } },
      { key: 'x', entityName: 'mirror-nothing', error: { code: 'INVALID_ENTITY_TYPE', message: expect.any(String) } },
    ]);
    expect(await kvs.get('good-2')).toBe(3);
    expect(await kvs.entity('mirror-issue').get('PROJ-1')).toBeUndefined();
  });

  it('accepts 25 items and refuses 26 as a whole with BATCH_LIMIT_EXCEEDED', async () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: i }));
    expect((await kvs.batchSet(items(25))).successfulKeys).toHaveLength(25);
    harness = installKvs();
    await expectKvsError(kvs.batchSet(items(26)), 'BATCH_LIMIT_EXCEEDED');
    expect(harness.service.keyCount()).toBe(0);
  });

  it('refuses an empty batch and a repeated key as a whole', async () => {
    await expectKvsError(kvs.batchSet([]), 'EMPTY_BATCH');
    await expectKvsError(
      kvs.batchSet([
        { key: 'same', value: 1 },
        { key: 'same', value: 2 },
      ]),
      'DUPLICATE_KEY',
    );
    // The same key in the KVS and in an entity is two different items.
    await kvs.batchSet<unknown>([
      { key: 'same', value: 1 },
      { key: 'same', value: { version: 1 }, entityName: 'mirror-issue' },
    ]);
    expect(await kvs.get('same')).toBe(1);
  });

  it('refuses a payload over 4 MB and keyPolicy options', async () => {
    const big = 'x'.repeat(200 * 1024);
    const items = Array.from({ length: 21 }, (_, i) => ({ key: `big-${i}`, value: big }));
    await expectKvsError(kvs.batchSet(items), 'MAX_SIZE');
    const response = harness.service.handle('/api/v1/batch/set', [{ key: 'k', value: 1, options: { keyPolicy: 'FAIL_IF_EXISTS' } }]);
    expect(response).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
  });
});

describe('kvs.batchGet', () => {
  it('returns values with requested metadata, and reports missing keys as KEY_NOT_FOUND', async () => {
    await kvs.set('a', 'A');
    await kvs.entity('mirror-issue').set('PROJ-1', { version: 1 });
    const result = await kvs.batchGet([
      { key: 'a', options: { metadataFields: [MetadataField.CREATED_AT] } },
      { key: 'PROJ-1', entityName: 'mirror-issue' },
      { key: 'missing' },
      { key: '' },
    ]);
    expect(result.successfulKeys).toEqual([
      { key: 'a', value: 'A', createdAt: START },
      { key: 'PROJ-1', entityName: 'mirror-issue', value: { version: 1 } },
    ]);
    expect(result.failedKeys).toEqual([
      { key: 'missing', error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } },
      { key: '', error: { code: 'EMPTY_KEY', message: 'Key cannot be empty' } },
    ]);
  });

  it('refuses more than 25 keys', async () => {
    await expectKvsError(kvs.batchGet(Array.from({ length: 26 }, (_, i) => ({ key: `k${i}` }))), 'BATCH_LIMIT_EXCEEDED');
  });
});

describe('kvs.batchDelete', () => {
  it('deletes KVS and entity items; a missing key succeeds; an invalid key fails alone', async () => {
    await kvs.set('a', 1);
    await kvs.entity('mirror-issue').set('PROJ-1', { version: 1 });
    const result = await kvs.batchDelete([{ key: 'a' }, { key: 'PROJ-1', entityName: 'mirror-issue' }, { key: 'never-set' }, { key: 'x'.repeat(501) }]);
    expect(result.successfulKeys).toEqual([{ key: 'a' }, { key: 'PROJ-1', entityName: 'mirror-issue' }, { key: 'never-set' }]);
    expect(result.failedKeys).toEqual([{ key: 'x'.repeat(501), error: { code: 'KEY_TOO_LONG', message: expect.any(String) } }]);
    expect(harness.service.keyCount()).toBe(0);
  });

  it('refuses more than 25 keys', async () => {
    await expectKvsError(kvs.batchDelete(Array.from({ length: 26 }, (_, i) => ({ key: `k${i}` }))), 'BATCH_LIMIT_EXCEEDED');
  });
});
