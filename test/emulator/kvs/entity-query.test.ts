import { Filter, FilterConditions, kvs, MetadataField, Sort, WhereConditions } from '@forge/kvs';
import { expectKvsError, installKvs, START, type KvsHarness } from './harness';

interface Issue {
  projectKey?: string;
  sprintId?: number;
  updatedAt?: number;
  version?: number;
}

interface Gadget {
  label?: string;
  active?: boolean;
  score?: number;
  rank?: number;
  tags?: unknown;
}

const issues = kvs.entity<Issue>('mirror-issue');
const gadgets = kvs.entity<Gadget>('test-gadget');

const SEED: Record<string, Issue> = {
  'PROJ-1': { projectKey: 'PROJ', sprintId: 1, updatedAt: 100, version: 1 },
  'PROJ-2': { projectKey: 'PROJ', sprintId: 1, updatedAt: 300, version: 2 },
  'PROJ-3': { projectKey: 'PROJ', sprintId: 2, updatedAt: 200, version: 1 },
  'OPS-1': { projectKey: 'OPS', sprintId: 1, updatedAt: 150, version: 3 },
  'OPS-2': { projectKey: 'OPS', updatedAt: 250 },
  'BARE-1': { projectKey: 'BARE' },
};

let harness: KvsHarness;
beforeEach(async () => {
  harness = installKvs();
  for (const [key, value] of Object.entries(SEED)) await issues.set(key, value);
});

const keys = (page: { results: Array<{ key: string }> }): string[] => page.results.map((r) => r.key);

describe('indexes of mirror-issue', () => {
  it('by-project: one partition, ordered by updatedAt, ASC by default and DESC on request', async () => {
    expect(keys(await issues.query().index('by-project', { partition: ['PROJ'] }).getMany())).toEqual(['PROJ-1', 'PROJ-3', 'PROJ-2']);
    expect(keys(await issues.query().index('by-project', { partition: ['PROJ'] }).sort(Sort.DESC).getMany())).toEqual(['PROJ-2', 'PROJ-3', 'PROJ-1']);
    expect(keys(await issues.query().index('by-project', { partition: ['OPS'] }).sort(Sort.ASC).getMany())).toEqual(['OPS-1', 'OPS-2']);
  });

  it('by-sprint: an integer partition; entities without the attribute are not in the index', async () => {
    expect(keys(await issues.query().index('by-sprint', { partition: [1] }).getMany())).toEqual(['PROJ-1', 'OPS-1', 'PROJ-2']);
    expect(keys(await issues.query().index('by-sprint', { partition: [3] }).getMany())).toEqual([]);
  });

  it('updatedAt: a simple index, named after and ranged on its attribute', async () => {
    const page = await issues.query().index('updatedAt').getMany();
    expect(keys(page)).toEqual(['PROJ-1', 'OPS-1', 'PROJ-3', 'OPS-2', 'PROJ-2']);
    expect(page.results[0]).toEqual({ key: 'PROJ-1', value: SEED['PROJ-1'] });
  });

  it('by-key: the built-in index over every entity, in key order', async () => {
    expect(keys(await issues.query().index('by-key').getMany())).toEqual(['BARE-1', 'OPS-1', 'OPS-2', 'PROJ-1', 'PROJ-2', 'PROJ-3']);
    expect(keys(await issues.query().index('by-key').where(WhereConditions.beginsWith('OPS-')).sort(Sort.DESC).getMany())).toEqual(['OPS-2', 'OPS-1']);
  });

  it('orders equal range values by key', async () => {
    await issues.set('PROJ-0', { projectKey: 'PROJ', updatedAt: 200 });
    await issues.set('PROJ-9', { projectKey: 'PROJ', updatedAt: 200 });
    expect(keys(await issues.query().index('by-project', { partition: ['PROJ'] }).getMany())).toEqual(['PROJ-1', 'PROJ-0', 'PROJ-3', 'PROJ-9', 'PROJ-2']);
  });

  it('returns requested metadata on results', async () => {
    harness.advance(1000);
    await issues.set('OPS-1', { ...SEED['OPS-1'], version: 4 }, { ttl: { value: 1, unit: 'HOURS' } });
    const page = await issues
      .query({ metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME] })
      .index('by-project', { partition: ['OPS'] })
      .getMany();
    expect(page.results).toEqual([
      { key: 'OPS-1', value: { ...SEED['OPS-1'], version: 4 }, createdAt: START, updatedAt: START + 1000, expireTime: new Date(START + 1000 + 3_600_000).toISOString() },
      { key: 'OPS-2', value: SEED['OPS-2'], createdAt: START, updatedAt: START },
    ]);
  });
});

describe('range conditions', () => {
  const range = async (where: Parameters<ReturnType<ReturnType<typeof issues.query>['index']>['where']>[0]): Promise<string[]> =>
    keys(await issues.query().index('updatedAt').where(where).getMany());

  it('supports every WhereConditions condition on the range attribute', async () => {
    expect(await range(WhereConditions.between(150, 250))).toEqual(['OPS-1', 'PROJ-3', 'OPS-2']);
    expect(await range(WhereConditions.equalTo(200))).toEqual(['PROJ-3']);
    expect(await range(WhereConditions.greaterThan(200))).toEqual(['OPS-2', 'PROJ-2']);
    expect(await range(WhereConditions.greaterThanEqualTo(200))).toEqual(['PROJ-3', 'OPS-2', 'PROJ-2']);
    expect(await range(WhereConditions.lessThan(150))).toEqual(['PROJ-1']);
    expect(await range(WhereConditions.lessThanEqualTo(150))).toEqual(['PROJ-1', 'OPS-1']);
  });

  it('combines partition and range', async () => {
    const page = await issues.query().index('by-project', { partition: ['PROJ'] }).where(WhereConditions.greaterThan(150)).sort(Sort.DESC).getMany();
    expect(keys(page)).toEqual(['PROJ-2', 'PROJ-3']);
  });

  it('supports BEGINS_WITH on a string range', async () => {
    await gadgets.set('g1', { label: 'alpha' });
    await gadgets.set('g2', { label: 'beta' });
    await gadgets.set('g3', { label: 'alpine' });
    expect(keys(await gadgets.query().index('label').where(WhereConditions.beginsWith('alp')).getMany())).toEqual(['g1', 'g3']);
  });
});

describe('filters', () => {
  const filtered = async (filter: Filter<Issue> | ReturnType<Filter<Issue>['and']> | ReturnType<Filter<Issue>['or']>): Promise<string[]> =>
    keys(await issues.query().index('updatedAt').filters(filter).getMany());

  it('and: every condition must hold', async () => {
    expect(await filtered(new Filter<Issue>().and('version', FilterConditions.equalTo(1)).and('projectKey', FilterConditions.equalTo('PROJ')))).toEqual(['PROJ-1', 'PROJ-3']);
  });

  it('or: one condition is enough', async () => {
    const filter = new Filter<Issue>().or('projectKey', FilterConditions.beginsWith('OP')).or('version', FilterConditions.greaterThan(1));
    expect(await filtered(filter)).toEqual(['OPS-1', 'OPS-2', 'PROJ-2']);
  });

  it('supports the other conditions; an absent attribute is NOT_EQUAL_TO anything', async () => {
    const only = (property: keyof Issue, condition: Parameters<Filter<Issue>['and']>[1]): Promise<string[]> => filtered(new Filter<Issue>().and(property, condition));
    expect(await only('sprintId', FilterConditions.notExists())).toEqual(['OPS-2']);
    expect(await only('sprintId', FilterConditions.exists())).toEqual(['PROJ-1', 'OPS-1', 'PROJ-3', 'PROJ-2']);
    expect(await only('version', FilterConditions.notEqualTo(1))).toEqual(['OPS-1', 'OPS-2', 'PROJ-2']);
    expect(await only('version', FilterConditions.between(2, 3))).toEqual(['OPS-1', 'PROJ-2']);
    expect(await only('version', FilterConditions.greaterThanEqualTo(2))).toEqual(['OPS-1', 'PROJ-2']);
    expect(await only('version', FilterConditions.lessThan(2))).toEqual(['PROJ-1', 'PROJ-3']);
    expect(await only('version', FilterConditions.lessThanEqualTo(2))).toEqual(['PROJ-1', 'PROJ-3', 'PROJ-2']);
    expect(await only('projectKey', FilterConditions.contains('RO'))).toEqual(['PROJ-1', 'PROJ-3', 'PROJ-2']);
    expect(await only('projectKey', FilterConditions.notContains('RO'))).toEqual(['OPS-1', 'OPS-2']);
  });

  it('CONTAINS looks into arrays of an any attribute; booleans partition an index', async () => {
    await gadgets.set('g1', { active: true, rank: 2, tags: ['red', 'blue'] });
    await gadgets.set('g2', { active: true, rank: 1, tags: ['green'] });
    await gadgets.set('g3', { active: false, rank: 3, tags: ['red'] });
    const query = gadgets.query().index('by-active-rank', { partition: [true] });
    expect(keys(await query.getMany())).toEqual(['g2', 'g1']);
    expect(keys(await query.filters(new Filter<Gadget>().and('tags', FilterConditions.contains('red'))).getMany())).toEqual(['g1']);
    const notRed = await gadgets.query().index('by-key').filters(new Filter<Gadget>().and('tags', FilterConditions.notContains('red'))).getMany();
    expect(keys(notRed)).toEqual(['g2']);
  });

  it('filters each page after the index read it: pages can be short or empty and still carry a cursor', async () => {
    const filter = new Filter<Issue>().and('version', FilterConditions.equalTo(3));
    const page = (cursor?: string) => {
      const query = issues.query().index('updatedAt').filters(filter).limit(2);
      return (cursor === undefined ? query : query.cursor(cursor)).getMany();
    };
    const first = await page();
    expect(keys(first)).toEqual(['OPS-1']);
    const second = await page(first.nextCursor);
    expect(keys(second)).toEqual([]);
    expect(second.nextCursor).toBeDefined();
    const third = await page(second.nextCursor);
    expect(keys(third)).toEqual([]);
    expect(third.nextCursor).toBeUndefined();
  });
});

describe('paging', () => {
  it('walks an index with cursors in either direction', async () => {
    const walk = async (sort: Sort): Promise<string[][]> => {
      const pages: string[][] = [];
      let cursor: string | undefined;
      do {
        const query = issues.query().index('updatedAt').sort(sort).limit(2);
        const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany();
        pages.push(keys(page));
        cursor = page.nextCursor;
      } while (cursor !== undefined);
      return pages;
    };
    expect(await walk(Sort.ASC)).toEqual([['PROJ-1', 'OPS-1'], ['PROJ-3', 'OPS-2'], ['PROJ-2']]);
    expect(await walk(Sort.DESC)).toEqual([['PROJ-2', 'OPS-2'], ['PROJ-3', 'OPS-1'], ['PROJ-1']]);
  });

  it('defaults to 10 results, allows 100 and refuses 101 with COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', async () => {
    for (let i = 0; i < 105; i += 1) await issues.set(`BULK-${String(i).padStart(3, '0')}`, { projectKey: 'BULK', updatedAt: i });
    const byDefault = await issues.query().index('by-project', { partition: ['BULK'] }).getMany();
    expect(byDefault.results).toHaveLength(10);
    const max = await issues.query().index('by-project', { partition: ['BULK'] }).limit(100).getMany();
    expect(max.results).toHaveLength(100);
    const rest = await issues.query().index('by-project', { partition: ['BULK'] }).limit(100).cursor(max.nextCursor ?? '').getMany();
    expect(keys(rest)).toEqual(['BULK-100', 'BULK-101', 'BULK-102', 'BULK-103', 'BULK-104']);
    await expectKvsError(issues.query().index('by-project', { partition: ['BULK'] }).limit(101).getMany(), 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
    expect(await issues.query().index('by-project', { partition: ['BULK'] }).getOne()).toEqual({ key: 'BULK-000', value: { projectKey: 'BULK', updatedAt: 0 } });
  });
});

describe('query errors', () => {
  it('refuses an index the entity does not declare with INVALID_ENTITY_INDEX', async () => {
    await expectKvsError(issues.query().index('by-status').getMany(), 'INVALID_ENTITY_INDEX');
    await expectKvsError(issues.query().index('label').getMany(), 'INVALID_ENTITY_INDEX');
  });

  it('refuses a missing, extra or mistyped partition with INVALID_PARTITION', async () => {
    await expectKvsError(issues.query().index('by-project').getMany(), 'INVALID_PARTITION');
    await expectKvsError(issues.query().index('by-sprint', { partition: ['1'] }).getMany(), 'INVALID_PARTITION');
    await expectKvsError(issues.query().index('by-project', { partition: ['PROJ', 'extra'] }).getMany(), 'INVALID_PARTITION');
    await expectKvsError(issues.query().index('updatedAt', { partition: [1] }).getMany(), 'INVALID_PARTITION');
  });

  it('refuses a bad range with QUERY_WHERE_INVALID', async () => {
    const query = (range: unknown): unknown => harness.service.handle('/api/v1/entity/query', { entityName: 'mirror-issue', indexName: 'updatedAt', range }).body;
    expect(query({ condition: 'CONTAINS', values: [1] })).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
    expect(query({ condition: 'BETWEEN', values: [1] })).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
    expect(query({ condition: 'GREATER_THAN', values: ['100'] })).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
    expect(query({ condition: 'BEGINS_WITH', values: [1] })).toMatchObject({ code: 'QUERY_WHERE_INVALID' });
  });

  it('refuses bad filters with the documented codes', async () => {
    const query = (filters: unknown): unknown => harness.service.handle('/api/v1/entity/query', { entityName: 'mirror-issue', indexName: 'updatedAt', filters }).body;
    const item = { property: 'version', condition: 'EQUAL_TO', values: [1] };
    expect(query({ and: [item], or: [item] })).toMatchObject({ code: 'INVALID_FILTER_OPERATORS_COMBINATION' });
    expect(query({ and: [] })).toMatchObject({ code: 'EMPTY_FILTER_OPERATOR' });
    expect(query({})).toMatchObject({ code: 'EMPTY_FILTER_OPERATOR' });
    expect(query({ and: [{ ...item, condition: 'LIKE' }] })).toMatchObject({ code: 'INVALID_FILTER_CONDITION' });
    expect(query({ and: [{ ...item, property: 'summary' }] })).toMatchObject({ code: 'INVALID_FILTER_CONDITION' });
    expect(query({ and: [{ ...item, condition: 'BETWEEN', values: [1] }] })).toMatchObject({ code: 'INSUFFICIENT_FILTER_VALUES' });
    expect(query({ and: [{ ...item, values: [] }] })).toMatchObject({ code: 'INSUFFICIENT_FILTER_VALUES' });
    expect(query({ and: [{ ...item, values: [1, 2] }] })).toMatchObject({ code: 'INVALID_FILTER_VALUES' });
    expect(query({ and: [{ ...item, values: ['1'] }] })).toMatchObject({ code: 'INVALID_FILTER_VALUES' });
    expect(query({ and: [{ ...item, values: [{ v: 1 }] }] })).toMatchObject({ code: 'INVALID_FILTER_VALUES' });
    expect(query({ and: [{ ...item, condition: 'EXISTS', values: [false] }] })).toMatchObject({ code: 'INVALID_FILTER_VALUES' });
    expect(query({ and: Array.from({ length: 101 }, () => item) })).toMatchObject({ code: 'INVALID_FILTER_CONDITION' });
  });

  it('the SDK surfaces filter errors as ForgeKvsAPIError', async () => {
    const filter = new Filter<Issue>().and('version', FilterConditions.beginsWith('1'));
    await expectKvsError(issues.query().index('updatedAt').filters(filter).getMany(), 'INVALID_FILTER_VALUES');
  });

  it('refuses an undeclared entity and a foreign cursor', async () => {
    await expectKvsError(kvs.entity('mirror-sprint').query().index('by-key').getMany(), 'INVALID_ENTITY_TYPE');
    await expectKvsError(issues.query().index('by-key').cursor('%%%').getMany(), 'INVALID_CURSOR');
  });
});
