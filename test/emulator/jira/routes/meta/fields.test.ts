import { CUSTOM_FIELD_IDS } from '../../../../../emulator/jira/model/fields';
import { bodyOf, type ErrorBody, type Query } from '../route-site';
import { call, conformant, metaSite, type MetaSite, type Page } from './meta-site';

const FIELDS = '/rest/api/3/field';
const SEARCH = '/rest/api/3/field/search';

interface FieldBody {
  id: string;
  name: string;
  key?: string;
  custom?: boolean;
  schema?: { type: string; custom?: string; customId?: number };
  isLocked?: boolean;
  contextsCount?: number;
}

describe('GET /rest/api/3/field', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  it('lists every field as FieldDetails, to every caller', () => {
    const reply = conformant(site, 'GET', FIELDS, site.restricted);
    expect(reply.status).toBe(200);
    const fields = bodyOf<FieldBody[]>(reply);
    expect(fields).toHaveLength(site.state.fields.size);
    expect(reply.objects).toEqual({ core: site.state.fields.size, identity: 0 });
    expect(fields.find((f) => f.id === 'summary')).toEqual({
      id: 'summary',
      key: 'summary',
      name: 'Summary',
      custom: false,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: ['summary'],
      schema: { type: 'string', system: 'summary' },
    });
    expect(fields.find((f) => f.id === CUSTOM_FIELD_IDS.sprint)).toMatchObject({
      custom: true,
      clauseNames: ['cf[10020]', 'Sprint'],
      schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 },
    });
    expect(bodyOf<FieldBody[]>(conformant(site, 'GET', FIELDS, site.app))).toEqual(fields);
  });
});

describe('GET /rest/api/3/field/search', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const search = (query: Query = {}, viewer = site.admin) => conformant(site, 'GET', SEARCH, viewer, { query });
  const page = (query: Query = {}, viewer = site.admin) => bodyOf<Page<FieldBody>>(search(query, viewer));
  const ids = (query: Query = {}) => page(query).values.map((f) => f.id);
  const withSchema = () => [...site.state.fields.values()].filter((f) => f.schema !== undefined);

  it('pages the fields that have a schema, 50 at a time by default', () => {
    const first = search();
    expect(first.status).toBe(200);
    const body = bodyOf<Page<FieldBody>>(first);
    expect(body).toMatchObject({ startAt: 0, maxResults: 50, total: withSchema().length, isLast: true });
    expect(body.values.map((f) => f.id)).toEqual(withSchema().map((f) => f.id));
    expect(body.values[0]).toEqual({ id: 'summary', name: 'Summary', schema: { type: 'string', system: 'summary' } });
    const second = page({ startAt: '5', maxResults: '5' });
    expect(second).toMatchObject({ startAt: 5, maxResults: 5, isLast: false });
    expect(second.values.map((f) => f.id)).toEqual(withSchema().slice(5, 10).map((f) => f.id));
    expect(page({ startAt: '999' })).toMatchObject({ values: [], isLast: true });
  });

  it('filters by type, id and a case-insensitive name fragment', () => {
    expect(ids({ type: 'custom' })).toEqual(Object.values(CUSTOM_FIELD_IDS).sort());
    expect(ids({ type: ['custom', 'system'] })).toHaveLength(withSchema().length);
    expect(ids({ id: [CUSTOM_FIELD_IDS.sprint, 'summary'] })).toEqual(['summary', CUSTOM_FIELD_IDS.sprint]);
    expect(ids({ query: 'STORY P', type: 'custom' })).toEqual([CUSTOM_FIELD_IDS.storyPointEstimate, CUSTOM_FIELD_IDS.storyPoints]);
    expect(ids({ projectIds: '99999' })).toEqual([]);
  });

  it('orders by name either way, and expands key, isLocked and contextsCount', () => {
    const names = page({ orderBy: '-name', type: 'custom' }).values.map((f) => f.name);
    expect(names).toEqual(['Team', 'Story Points', 'Story point estimate', 'Sprint']);
    const expanded = page({ type: 'custom', expand: 'key,isLocked,contextsCount,stableId' }).values;
    expect(expanded.find((f) => f.id === CUSTOM_FIELD_IDS.sprint)).toEqual(expect.objectContaining({ key: CUSTOM_FIELD_IDS.sprint, isLocked: true, contextsCount: 1 }));
    expect(expanded.find((f) => f.id === CUSTOM_FIELD_IDS.storyPoints)?.isLocked).toBe(false);
  });

  it('is for administrators: the app and site admins, not members', () => {
    expect(search({}, site.app).status).toBe(200);
    const refused = search({}, site.member);
    expect(refused.status).toBe(403);
    expect(bodyOf<ErrorBody>(refused)).toEqual({ errorMessages: ['Only Jira administrators can access fields.'], errors: {} });
  });

  it.each<[string, Query]>([
    ['a non-integer startAt', { startAt: 'one' }],
    ['a negative maxResults', { maxResults: '-1' }],
    ['an unknown type', { type: 'builtin' }],
    ['an unknown orderBy', { orderBy: 'colour' }],
    ['an orderBy the site cannot honour', { orderBy: '-screensCount' }],
    ['a non-integer project id', { projectIds: 'PLAT' }],
  ])('answers 400 for %s', (_what, query) => {
    const reply = search(query);
    expect(reply.status).toBe(400);
    expect(bodyOf<ErrorBody>(reply).errorMessages).toHaveLength(1);
    expect(call(site, 'GET', SEARCH, site.member, { query }).status).toBe(403);
  });
});
