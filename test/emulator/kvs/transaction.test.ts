import { Filter, FilterConditions, kvs, MetadataField } from '@forge/kvs';
import { expectKvsError, installKvs, START, type KvsHarness } from './harness';

interface Issue {
  projectKey?: string;
  version?: number;
}

let harness: KvsHarness;
beforeEach(() => {
  harness = installKvs();
});

const issues = kvs.entity<Issue>('mirror-issue');
const versionIs = (version: number) => new Filter<Issue>().and('version', FilterConditions.equalTo(version));

describe('kvs.transact', () => {
  it('applies sets and deletes across the KVS and entities together', async () => {
    await kvs.set('old', 1);
    await issues.set('PROJ-1', { version: 1 });
    await kvs
      .transact()
      .set('new', { a: 1 }, undefined, { ttl: { value: 1, unit: 'HOURS' } })
      .set<Issue>('PROJ-2', { projectKey: 'PROJ', version: 1 }, { entityName: 'mirror-issue' })
      .delete('old')
      .delete('PROJ-1', { entityName: 'mirror-issue' })
      .execute();
    expect(await kvs.get('new', { metadataFields: [MetadataField.EXPIRE_TIME] })).toEqual({ key: 'new', value: { a: 1 }, expireTime: new Date(START + 3_600_000).toISOString() });
    expect(await issues.get('PROJ-2')).toEqual({ projectKey: 'PROJ', version: 1 });
    expect(await kvs.get('old')).toBeUndefined();
    expect(await issues.get('PROJ-1')).toBeUndefined();
  });

  it('answers 204, and a delete of a missing key succeeds', () => {
    expect(harness.service.handle('/api/v1/transaction', { delete: [{ key: 'never-set' }] })).toEqual({ status: 204 });
  });

  it('writes when every check and condition holds (optimistic concurrency)', async () => {
    await issues.set('PROJ-1', { version: 1 });
    await issues.set('PROJ-2', { version: 5 });
    await kvs
      .transact()
      .set<Issue>('PROJ-1', { version: 2 }, { entityName: 'mirror-issue', conditions: versionIs(1) })
      .check('PROJ-2', { entityName: 'mirror-issue', conditions: versionIs(5) })
      .execute();
    expect(await issues.get('PROJ-1')).toEqual({ version: 2 });
  });

  it('fails as a whole with 409 CONDITIONAL_CHECK_FAILED and writes nothing', async () => {
    await issues.set('PROJ-1', { version: 1 });
    await issues.set('PROJ-2', { version: 5 });
    await kvs.set('untouched', 'before');
    const error = await expectKvsError(
      kvs
        .transact()
        .set('untouched', 'after')
        .set<Issue>('PROJ-1', { version: 2 }, { entityName: 'mirror-issue', conditions: versionIs(1) })
        .delete<Issue>('PROJ-2', { entityName: 'mirror-issue', conditions: versionIs(4) })
        .execute(),
      'CONDITIONAL_CHECK_FAILED',
      409,
    );
    expect(error.message).toContain("'PROJ-2'");
    expect(await kvs.get('untouched')).toBe('before');
    expect(await issues.get('PROJ-1')).toEqual({ version: 1 });
    expect(await issues.get('PROJ-2')).toEqual({ version: 5 });
  });

  it('fails a check whose conditions do not hold', async () => {
    await issues.set('PROJ-1', { version: 1 });
    await expectKvsError(
      kvs.transact().set('a', 1).check('PROJ-1', { entityName: 'mirror-issue', conditions: versionIs(2) }).execute(),
      'CONDITIONAL_CHECK_FAILED',
      409,
    );
    expect(await kvs.get('a')).toBeUndefined();
  });

  it('evaluates conditions on a missing entity as on one without attributes', async () => {
    const absent = new Filter<Issue>().and('version', FilterConditions.notExists());
    await kvs.transact().set<Issue>('PROJ-9', { version: 1 }, { entityName: 'mirror-issue', conditions: absent }).execute();
    await expectKvsError(
      kvs.transact().set<Issue>('PROJ-9', { version: 1 }, { entityName: 'mirror-issue', conditions: absent }).execute(),
      'CONDITIONAL_CHECK_FAILED',
      409,
    );
    await expectKvsError(kvs.transact().check('PROJ-8', { entityName: 'mirror-issue', conditions: versionIs(1) }).execute(), 'CONDITIONAL_CHECK_FAILED', 409);
  });

  it('accepts 25 operations and refuses 26 with TRANSACTION_LIMIT_EXCEEDED', async () => {
    const build = (n: number) => {
      const transaction = kvs.transact();
      for (let i = 0; i < n; i += 1) transaction.set(`k${i}`, i);
      return transaction;
    };
    await build(25).execute();
    expect(await kvs.get('k24')).toBe(24);
    harness = installKvs();
    await expectKvsError(build(26).execute(), 'TRANSACTION_LIMIT_EXCEEDED');
    expect(harness.service.keyCount()).toBe(0);
  });

  it('refuses a key used twice, an empty transaction and an invalid operation, writing nothing', async () => {
    await expectKvsError(kvs.transact().set('k', 1).delete('k').execute(), 'DUPLICATE_KEY');
    await expectKvsError(kvs.transact().execute(), 'EMPTY_TRANSACTION');
    await expectKvsError(kvs.transact().set('ok', 1).set('bad/', 2).execute(), 'INVALID_KEY');
    await expectKvsError(kvs.transact().set('ok', 1).set('PROJ-1', { version: 'one' }, { entityName: 'mirror-issue' }).execute(), 'INVALID_ENTITY_VALUE');
    await expectKvsError(kvs.transact().set('ok', 1, undefined, { ttl: { value: -1, unit: 'DAYS' } }).execute(), 'BAD_REQUEST');
    expect(harness.service.keyCount()).toBe(0);
    // The same key in the KVS and in an entity is two different items.
    await kvs.transact().set('k', 1).set('k', { version: 1 }, { entityName: 'mirror-issue' }).execute();
  });

  it('refuses invalid conditions with the filter codes', async () => {
    const bad = new Filter<Issue>().and('version', FilterConditions.between<string | number>(1, 'z'));
    await expectKvsError(kvs.transact().set<Issue>('PROJ-1', { version: 1 }, { entityName: 'mirror-issue', conditions: bad }).execute(), 'INVALID_FILTER_VALUES');
    const unknown = harness.service.handle('/api/v1/transaction', {
      check: [{ key: 'PROJ-1', entityName: 'mirror-issue', conditions: { and: [{ property: 'summary', condition: 'EXISTS', values: [true] }] } }],
    });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'INVALID_FILTER_CONDITION' } });
  });

  it('refuses conditions on plain KVS keys and a check without entityName', () => {
    const conditions = { and: [{ property: 'version', condition: 'EXISTS', values: [true] }] };
    expect(harness.service.handle('/api/v1/transaction', { set: [{ key: 'k', value: 1, conditions }] })).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
    expect(harness.service.handle('/api/v1/transaction', { check: [{ key: 'k', conditions }] })).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
  });
});
