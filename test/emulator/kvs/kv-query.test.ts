import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { expectKvsError, installKvs, MINUTE, START, type KvsHarness } from './harness';

let harness: KvsHarness;
beforeEach(() => {
  harness = installKvs();
});

const pad = (n: number): string => String(n).padStart(3, '0');

async function seed(prefix: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await kvs.set(`${prefix}${pad(i)}`, i);
}

describe('kvs.query', () => {
  it('returns keys in key order, 10 by default, with a cursor while more follow', async () => {
    await seed('item:', 12);
    await kvs.set('other:1', 'x');
    const first = await kvs.query().where('key', WhereConditions.beginsWith('item:')).getMany();
    expect(first.results.map((r) => r.key)).toEqual(Array.from({ length: 10 }, (_, i) => `item:${pad(i)}`));
    expect(first.results[0]).toEqual({ key: 'item:000', value: 0 });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await kvs.query().where('key', WhereConditions.beginsWith('item:')).cursor(first.nextCursor ?? '').getMany();
    expect(second.results.map((r) => r.key)).toEqual(['item:010', 'item:011']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('pages through several pages with cursors, seeing every key exactly once', async () => {
    await seed('p:', 23);
    await seed('q:', 5);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('p:')).limit(5);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
      seen.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(5);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `p:${pad(i)}`));
  });

  it('keeps paging correct when keys are written between pages', async () => {
    await seed('w:', 6);
    const first = await kvs.query().where('key', WhereConditions.beginsWith('w:')).limit(3).getMany();
    await kvs.delete('w:000');
    await kvs.set('w:0015', 'inserted before the cursor');
    await kvs.set('w:0045', 'inserted after the cursor');
    const rest = await kvs.query().where('key', WhereConditions.beginsWith('w:')).limit(10).cursor(first.nextCursor ?? '').getMany();
    expect(rest.results.map((r) => r.key)).toEqual(['w:003', 'w:004', 'w:0045', 'w:005']);
  });

  it('returns every plain key without a where, and never secrets or entities', async () => {
    await kvs.set('a', 1);
    await kvs.set('b', 2);
    await kvs.setSecret('a-secret', 'hidden');
    await kvs.entity('mirror-issue').set('a-entity', { projectKey: 'P' });
    const { results } = await kvs.query().getMany();
    expect(results.map((r) => r.key)).toEqual(['a', 'b']);
    expect((await kvs.query().where('key', WhereConditions.beginsWith('a-')).getMany()).results).toEqual([]);
  });

  it('allows limit 100 and refuses 101 with LIST_QUERY_LIMIT_EXCEEDED', async () => {
    await seed('m:', 120);
    const page = await kvs.query().where('key', WhereConditions.beginsWith('m:')).limit(100).getMany();
    expect(page.results).toHaveLength(100);
    expect(page.nextCursor).toBeDefined();
    await expectKvsError(kvs.query().limit(101).getMany(), 'LIST_QUERY_LIMIT_EXCEEDED');
    await expectKvsError(kvs.query().limit(0).getMany(), 'LIST_QUERY_LIMIT_EXCEEDED');
  });

  it('getOne returns the first match or undefined', async () => {
    await seed('g:', 3);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('g:')).getOne()).toEqual({ key: 'g:000', value: 0 });
    expect(await kvs.query().where('key', WhereConditions.beginsWith('none:')).getOne()).toBeUndefined();
  });

  it('returns the requested metadata on each result', async () => {
    await kvs.set('t:1', 'v', { ttl: { value: 1, unit: 'MINUTES' } });
    harness.advance(1000);
    await kvs.set('t:2', 'v');
    const { results } = await kvs.query({ metadataFields: [MetadataField.CREATED_AT, MetadataField.EXPIRE_TIME] }).getMany();
    expect(results).toEqual([
      { key: 't:1', value: 'v', createdAt: START, expireTime: new Date(START + MINUTE).toISOString() },
      { key: 't:2', value: 'v', createdAt: START + 1000 },
    ]);
  });

  it('refuses a where on another field, another condition, or more than one clause', () => {
    const where = (clauses: unknown[]): unknown => harness.service.handle('/api/v1/query', { where: clauses }).body;
    expect(where([{ property: 'value', condition: 'BEGINS_WITH', values: ['a'] }])).toMatchObject({ code: 'QUERY_WHERE_FIELD_INVALID' });
    expect(where([{ property: 'key', condition: 'GREATER_THAN', values: ['a'] }])).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
    expect(where([{ property: 'key', condition: 'BEGINS_WITH', values: [1] }])).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
    expect(where([{ property: 'key', condition: 'BEGINS_WITH', values: [] }])).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
    const prefix = { property: 'key', condition: 'BEGINS_WITH', values: ['a'] };
    expect(where([prefix, prefix])).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
  });

  it('refuses a cursor it did not issue with INVALID_CURSOR', async () => {
    await expectKvsError(kvs.query().cursor('not-a-cursor').getMany(), 'INVALID_CURSOR');
  });
});
