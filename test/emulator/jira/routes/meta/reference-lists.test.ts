import { validateResponse } from '../../conformance/openapi';
import { bodyOf, required, SITE_URL, type ErrorBody, type Query } from '../route-site';
import { call, conformant, metaSite, type MetaSite, type Page } from './meta-site';

interface StatusBody {
  id: string;
  name: string;
  statusCategory: { key: string };
  scope?: { type: string; project: { id: string } };
}

interface TypeBody {
  id: string;
  name: string;
  scope?: { project: { id: string } };
}

interface PriorityBody {
  id: string;
  name: string;
  isDefault: boolean;
  statusColor: string;
  description: string;
  schemes?: { total: number };
}

describe('GET /rest/api/3/status', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const statuses = (viewer = site.app) => bodyOf<StatusBody[]>(conformant(site, 'GET', '/rest/api/3/status', viewer));

  it('lists every status with its category, and the project scope of team-managed ones', () => {
    const reply = conformant(site, 'GET', '/rest/api/3/status', site.app);
    expect(reply.objects).toEqual({ core: site.state.statuses.size, identity: 0 });
    const all = bodyOf<StatusBody[]>(reply);
    expect(all.map((s) => s.id).sort()).toEqual([...site.state.statuses.keys()].sort());
    expect(all.find((s) => s.id === '3')).toMatchObject({ name: 'In Progress', statusCategory: { key: 'indeterminate' } });
    expect(all.find((s) => s.id === '3')?.scope).toBeUndefined();
    const atlas = required(site.state.projectByKey('ATLAS'));
    expect(all.filter((s) => s.scope !== undefined).map((s) => s.id)).toEqual(atlas.statusIds);
    expect(all.find((s) => s.scope !== undefined)?.scope).toEqual({ type: 'PROJECT', project: { id: atlas.id } });
  });

  it('shows users the statuses of projects they can browse', () => {
    expect(statuses(site.restricted).map((s) => s.id).sort()).toEqual(statuses(site.app).map((s) => s.id).sort());
    const state = site.state;
    const lonely = { id: '99001', name: 'Triage', category: 'new' as const, scopeProjectId: required(state.projectByKey('OPS')).id };
    state.statuses.set(lonely.id, lonely);
    required(state.projectByKey('OPS')).statusIds.push(lonely.id);
    expect(statuses(site.restricted).map((s) => s.id)).not.toContain(lonely.id);
    expect(statuses(site.member).map((s) => s.id)).toContain(lonely.id);
  });
});

describe('GET /rest/api/3/issuetype', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const types = (viewer = site.app) => bodyOf<TypeBody[]>(conformant(site, 'GET', '/rest/api/3/issuetype', viewer));

  it('gives the app and admins every type, shared and team-managed', () => {
    expect(types().map((t) => t.id)).toEqual([...site.state.issueTypes.keys()]);
    expect(types(site.admin)).toEqual(types());
    const atlas = required(site.state.projectByKey('ATLAS'));
    expect(types().filter((t) => t.scope !== undefined).map((t) => t.id)).toEqual(atlas.issueTypeIds);
  });

  it("hides a hidden team-managed project's types from users who cannot browse it", () => {
    const state = site.state;
    const ops = required(state.projectByKey('OPS'));
    state.issueTypes.set('99002', { id: '99002', name: 'Task', hierarchyLevel: 0, subtask: false, scopeProjectId: ops.id });
    ops.issueTypeIds.push('99002');
    expect(types(site.restricted).map((t) => t.id)).not.toContain('99002');
    expect(types(site.member).map((t) => t.id)).toContain('99002');
    expect(types(site.restricted).filter((t) => t.scope === undefined)).toHaveLength(5);
  });
});

describe('GET /rest/api/3/priority/search', () => {
  let site: MetaSite;
  beforeAll(() => (site = metaSite()));

  const search = (query: Query = {}) => conformant(site, 'GET', '/rest/api/3/priority/search', site.member, { query });
  const page = (query: Query = {}) => bodyOf<Page<PriorityBody>>(search(query));
  const names = (query: Query = {}) => page(query).values.map((p) => p.name);

  it("pages the site's priorities with Jira's colours and the default marked", () => {
    const reply = search();
    expect(reply.objects).toEqual({ core: 5, identity: 0 });
    const body = bodyOf<Page<PriorityBody>>(reply);
    expect(body).toMatchObject({ startAt: 0, maxResults: 50, total: 5, isLast: true });
    expect(body.values[2]).toEqual({
      self: `${SITE_URL}/rest/api/3/priority/3`,
      iconUrl: `${SITE_URL}/images/icons/priorities/medium.svg`,
      name: 'Medium',
      id: '3',
      statusColor: '#f79232',
      description: 'Has the potential to affect progress.',
      isDefault: true,
    });
    expect(page({ startAt: '1', maxResults: '2' })).toMatchObject({ total: 5, isLast: false, values: [{ name: 'High' }, { name: 'Medium' }] });
  });

  it('filters by id, name, project and default, and expands schemes', () => {
    expect(names({ id: ['1', '5', '42'] })).toEqual(['Highest', 'Lowest']);
    expect(names({ priorityName: 'high' })).toEqual(['Highest', 'High']);
    expect(names({ onlyDefault: 'true' })).toEqual(['Medium']);
    expect(names({ projectId: [required(site.state.projectByKey('PLAT')).id, '424242'] })).toHaveLength(5);
    expect(page({ expand: 'schemes' }).values[0]?.schemes).toMatchObject({ total: 1 });
  });

  it.each<[string, Query]>([
    ['a non-integer startAt', { startAt: 'x' }],
    ['a negative maxResults', { maxResults: '-2' }],
    ['a non-boolean onlyDefault', { onlyDefault: 'yes' }],
  ])('answers 400 for %s, a status the document does not declare', (_what, query) => {
    const reply = call(site, 'GET', '/rest/api/3/priority/search', site.member, { query });
    expect(reply.status).toBe(400);
    expect(validateResponse('GET', '/rest/api/3/priority/search', reply.status, reply.body)).toEqual([expect.stringContaining('status 400 is not declared')]);
    expect(bodyOf<ErrorBody>(reply)).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });
});
