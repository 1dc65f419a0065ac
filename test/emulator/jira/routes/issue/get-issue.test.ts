import { CUSTOM_FIELD_IDS } from '../../../../../emulator/jira/model/fields';
import { routeSite, type RouteSite } from '../route-site';
import { call, conforming, firstIssue, json } from './issue-call';

const TEMPLATE = '/rest/api/3/issue/{issueIdOrKey}';
let site: RouteSite;

beforeAll(() => {
  site = routeSite();
});

const get = (idOrKey: string, query: Record<string, string | string[]> = {}, viewer = site.app) =>
  conforming('GET', TEMPLATE, call(site, 'GET', TEMPLATE, viewer, { params: { issueIdOrKey: idOrKey }, query }));

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  it('finds an issue by id, by key and by key in any case, with every field by default', () => {
    const issue = firstIssue(site.state, (i) => i.description !== null && i.sprintIds.length > 0, 'issue in a sprint');
    const byId = json(get(issue.id));
    expect(byId).toMatchObject({ id: issue.id, key: issue.key, self: `https://emulated.atlassian.net/rest/api/3/issue/${issue.id}` });
    expect(json(get(issue.key))).toEqual(byId);
    expect(json(get(issue.key.toLowerCase()))).toEqual(byId);
    const fields = byId.fields as Record<string, unknown>;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['summary', 'status', 'comment', 'worklog', CUSTOM_FIELD_IDS.sprint]));
    expect(fields.summary).toBe(issue.summary);
    expect(fields.description).toEqual(issue.description);
  });

  it('narrows fields, excludes with a minus, and counts one core object', () => {
    const issue = firstIssue(site.state, () => true, 'issue');
    const reply = get(issue.key, { fields: ['summary,status', 'labels'] });
    expect(Object.keys(json(reply).fields as object).sort()).toEqual(['labels', 'status', 'summary']);
    expect(reply.objects).toEqual({ core: 1, identity: 0 });
    const without = json(get(issue.key, { fields: '-comment,-worklog' })).fields as object;
    expect(without).not.toHaveProperty('comment');
    expect(without).toHaveProperty('summary');
    expect(json(get(issue.key, { fields: 'summary', fieldsByKeys: 'true' })).fields).toEqual({ summary: issue.summary });
  });

  it('expands names, schema and the changelog, and answers requested properties with none', () => {
    const issue = firstIssue(site.state, (i) => i.changelog.length > 2, 'issue with history');
    const body = json(get(issue.id, { fields: 'summary,priority', expand: 'names,schema,changelog', properties: '*all' }));
    expect(body.names).toEqual({ summary: 'Summary', priority: 'Priority' });
    expect(body.schema).toEqual({ summary: { type: 'string', system: 'summary' }, priority: { type: 'priority', system: 'priority' } });
    expect(body.changelog).toMatchObject({ startAt: 0, total: issue.changelog.length });
    expect(body.properties).toEqual({});
  });

  it('answers 404 for an unknown issue and for one the viewer cannot browse', () => {
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId, 'OPS issue');
    for (const [idOrKey, viewer] of [['NOPE-1', site.app], ['99999999', site.app], [hidden.key, site.restricted], [hidden.id, site.restricted]] as const) {
      const reply = get(idOrKey, {}, viewer);
      expect(reply.status).toBe(404);
      expect(reply.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    }
    expect(get(hidden.key, {}, site.member).status).toBe(200);
  });
});
