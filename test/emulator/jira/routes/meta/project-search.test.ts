import { bodyOf, required, SITE_URL, type ErrorBody, type Query } from '../route-site';
import { conformant, metaSite, type MetaSite, type Page } from './meta-site';

const SEARCH = '/rest/api/3/project/search';

interface ProjectBody {
  id: string;
  key: string;
  style: string;
  simplified: boolean;
  uuid?: string;
  lead?: { accountId: string };
  issueTypes?: Array<{ id: string }>;
  insight?: { totalIssueCount: number; lastIssueUpdateTime?: string };
  description?: string;
}

describe('GET /rest/api/3/project/search', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const search = (query: Query = {}, viewer = site.app) => conformant(site, 'GET', SEARCH, viewer, { query });
  const page = (query: Query = {}, viewer = site.app) => bodyOf<Page<ProjectBody>>(search(query, viewer));
  const keys = (query: Query = {}, viewer = site.app) => page(query, viewer).values.map((p) => p.key);

  it('lists the projects in key order with the page links Jira sends', () => {
    const reply = search();
    expect(reply.status).toBe(200);
    expect(reply.objects).toEqual({ core: 4, identity: 0 });
    const body = bodyOf<Page<ProjectBody>>(reply);
    expect(body).toMatchObject({ self: `${SITE_URL}/rest/api/3/project/search?startAt=0&maxResults=50`, startAt: 0, maxResults: 50, total: 4, isLast: true });
    expect(body.nextPage).toBeUndefined();
    expect(body.values.map((p) => p.key)).toEqual(['ATLAS', 'MOB', 'OPS', 'PLAT']);
    const plat = required(site.state.projectByKey('PLAT'));
    expect(body.values[3]).toEqual({
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      self: `${SITE_URL}/rest/api/3/project/${plat.id}`,
      id: plat.id,
      key: 'PLAT',
      name: 'Platform',
      projectTypeKey: 'software',
      simplified: false,
      avatarUrls: expect.objectContaining({ '16x16': expect.any(String) }),
      style: 'classic',
      isPrivate: false,
      properties: {},
    });
    expect(body.values[0]).toMatchObject({ key: 'ATLAS', style: 'next-gen', simplified: true, uuid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/) });
  });

  it('pages with nextPage, and caps maxResults at 100', () => {
    const first = page({ maxResults: '2', query: 'a' });
    expect(first).toMatchObject({ total: 3, isLast: false, nextPage: `${SITE_URL}/rest/api/3/project/search?maxResults=2&query=a&startAt=2` });
    expect(first.values.map((p) => p.key)).toEqual(['ATLAS', 'OPS']);
    expect(page({ startAt: '3', maxResults: '3' })).toMatchObject({ isLast: true, values: [expect.objectContaining({ key: 'PLAT' })] });
    expect(page({ maxResults: '500' }).maxResults).toBe(100);
  });

  it('hides OPS from the user who cannot browse it, whatever the filter', () => {
    expect(keys({}, site.restricted)).toEqual(['ATLAS', 'MOB', 'PLAT']);
    expect(keys({ keys: 'OPS' }, site.restricted)).toEqual([]);
    expect(keys({ keys: 'OPS' }, site.admin)).toEqual(['OPS']);
  });

  it('filters by keys, ids, text, type, category, status and action', () => {
    const ops = required(site.state.projectByKey('OPS'));
    expect(keys({ keys: ['PLAT', 'MOB'] })).toEqual(['MOB', 'PLAT']);
    expect(keys({ id: [ops.id] })).toEqual(['OPS']);
    expect(keys({ query: 'operat' })).toEqual(['OPS']);
    expect(keys({ typeKey: 'business,service_desk' })).toEqual([]);
    expect(keys({ typeKey: 'software' })).toHaveLength(4);
    expect(keys({ categoryId: '10000' })).toEqual([]);
    expect(keys({ status: 'archived' })).toEqual([]);
    expect(keys({ action: 'edit' }, site.member)).toEqual([]);
    expect(keys({ action: 'create' }, site.restricted)).toEqual(['ATLAS', 'MOB', 'PLAT']);
  });

  it('orders by any documented field, descending with a minus', () => {
    expect(keys({ orderBy: '-key' })).toEqual(['PLAT', 'OPS', 'MOB', 'ATLAS']);
    expect(keys({ orderBy: 'name' })).toEqual(['ATLAS', 'MOB', 'OPS', 'PLAT']);
    const byCount = [...site.state.projects.values()].sort((a, b) => site.state.issuesInProject(b.id).length - site.state.issuesInProject(a.id).length);
    expect(keys({ orderBy: '-issueCount' })).toEqual(byCount.map((p) => p.key));
    expect(keys({ orderBy: '+category' })).toEqual(['ATLAS', 'MOB', 'OPS', 'PLAT']);
  });

  it('expands lead, issue types, description and insight', () => {
    const values = page({ expand: 'lead,issueTypes,description,insight,projectKeys' }).values;
    const plat = required(site.state.projectByKey('PLAT'));
    const body = required(values.find((p) => p.key === 'PLAT'));
    expect(body.lead?.accountId).toBe(plat.leadAccountId);
    expect(body.issueTypes?.map((t) => t.id)).toEqual(plat.issueTypeIds);
    expect(body.description).toBe('');
    expect(body.insight).toEqual({ totalIssueCount: site.state.issuesInProject(plat.id).length, lastIssueUpdateTime: expect.stringMatching(/\+0000$/) });
    expect(search({ expand: 'lead' }).objects).toEqual({ core: 4, identity: 4 });
  });

  it.each<[string, Query]>([
    ['a non-integer startAt', { startAt: '1.5' }],
    ['a negative startAt', { startAt: '-1' }],
    ['a negative maxResults', { maxResults: '-5' }],
    ['an unknown orderBy', { orderBy: 'lead' }],
    ['an unknown action', { action: 'delete' }],
    ['an unknown project type', { typeKey: 'hardware' }],
    ['an unknown status', { status: 'paused' }],
    ['a non-integer id', { id: 'PLAT' }],
    ['more than 50 keys', { keys: Array.from({ length: 51 }, (_, i) => `K${i}`) }],
  ])('answers 400 for %s', (_what, query) => {
    const reply = search(query);
    expect(reply.status).toBe(400);
    expect(bodyOf<ErrorBody>(reply)).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });
});
