import { routeSite, type RouteSite } from '../route-site';
import { callSearch, page, type SearchPage } from './search-call';

const SEARCH = '/rest/api/3/search/jql';

describe('the enhanced JQL search', () => {
  let site: RouteSite;
  beforeEach(() => {
    site = routeSite();
  });

  const post = (body: unknown, viewer = site.app) => callSearch(site, 'POST', SEARCH, viewer, { body });

  /** Follows nextPageToken to the end and returns every issue id in order. */
  function walk(body: Record<string, unknown>): { ids: string[]; pages: SearchPage[] } {
    const pages: SearchPage[] = [];
    let token: string | undefined;
    do {
      const current = page(post({ ...body, ...(token === undefined ? {} : { nextPageToken: token }) }));
      pages.push(current);
      token = current.nextPageToken;
      expect(current.isLast).toBe(token === undefined);
    } while (token !== undefined);
    return { ids: pages.flatMap((p) => p.issues.map((i) => i.id)), pages };
  }

  it('returns ids only by default and walks every page without losing or repeating an issue', () => {
    const project = site.state.projectByKey('PLAT');
    const expected = site.state.issuesInProject(project?.id ?? '').map((i) => i.id).sort((a, b) => Number(a) - Number(b));
    const { ids, pages } = walk({ jql: 'project = PLAT ORDER BY id ASC', maxResults: 40 });
    expect(ids).toEqual(expected);
    expect(pages.length).toBe(Math.ceil(expected.length / 40));
    expect(pages[0]?.issues[0]?.fields).toEqual({});
  });

  it('serves up to 5,000 ids a page but only 100 issues when fields are asked for, so clients must follow the token', () => {
    const idsOnly = page(post({ jql: 'project in (PLAT, MOB, ATLAS, OPS)', maxResults: 5000 }));
    expect(idsOnly.issues.length).toBe(site.state.issueCount);
    const withFields = page(post({ jql: 'project in (PLAT, MOB, ATLAS, OPS)', maxResults: 5000, fields: ['summary', 'status'] }));
    expect(withFields.issues).toHaveLength(100);
    expect(withFields.nextPageToken).toBeDefined();
    expect(Object.keys(withFields.issues[0]?.fields ?? {}).sort()).toEqual(['status', 'summary']);
  });

  it('answers GET with the same issues as POST', () => {
    const viaGet = page(callSearch(site, 'GET', SEARCH, site.app, { query: { jql: 'project = MOB ORDER BY key ASC', fields: 'summary', maxResults: '30' } }));
    const viaPost = page(post({ jql: 'project = MOB ORDER BY key ASC', fields: ['summary'], maxResults: 30 }));
    expect(viaGet.issues).toEqual(viaPost.issues);
  });

  it('hides what the viewer cannot browse', () => {
    const ids = walk({ jql: 'project in (PLAT, MOB, ATLAS) OR project = PLAT', maxResults: 5000 }).ids;
    expect(callSearch(site, 'POST', SEARCH, site.restricted, { body: { jql: 'project = OPS' } })).toMatchObject({ status: 400, body: { errorMessages: ["The value 'OPS' does not exist for the field 'project'."] } });
    const visible = page(post({ jql: 'project in (PLAT, MOB, ATLAS)', maxResults: 5000 }, site.restricted));
    expect(visible.issues.map((i) => i.id).sort()).toEqual([...ids].sort());
  });

  it('refuses unbounded queries, bad JQL, more than 50 reconciled ids, bad tokens and unknown properties with 400', () => {
    const refusals: Array<[unknown, string]> = [
      [{ jql: 'ORDER BY key DESC' }, 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
      [{ jql: 'project = PLAT', reconcileIssues: Array.from({ length: 51 }, (_, i) => 10000 + i) }, "The number of issues to reconcile can't exceed 50."],
      [{ jql: 'project = PLAT', nextPageToken: 'not-a-token' }, 'The provided next page token is invalid.'],
      [{ jql: 'project = PLAT', startAt: 10 }, 'Unrecognized field "startAt".'],
      [{ jql: 'project = PLAT', maxResults: -1 }, "The 'maxResults' parameter must be greater than or equal to 0."],
    ];
    for (const [body, message] of refusals) expect(post(body)).toMatchObject({ status: 400, body: { errorMessages: [message] } });
    expect(post({ jql: 'project = ' })).toMatchObject({ status: 400 });
  });

  it('refuses a token issued for another query, and one older than seven days', () => {
    const first = page(post({ jql: 'project = PLAT', maxResults: 10 }));
    expect(post({ jql: 'project = MOB', nextPageToken: first.nextPageToken })).toMatchObject({ status: 400, body: { errorMessages: ['The provided next page token is invalid.'] } });
    site.tick(7 * 24 * 3_600_000 + 1);
    expect(post({ jql: 'project = PLAT', nextPageToken: first.nextPageToken })).toMatchObject({ status: 400, body: { errorMessages: ['The provided next page token has expired.'] } });
  });

  it('serves lagged versions until the lag has passed, and reconciled issues at their latest version', () => {
    site.context.searchLag.lagMs = 60_000;
    const issue = site.state.issuesInProject(site.state.projectByKey('PLAT')?.id ?? '')[0];
    if (issue === undefined) throw new Error('PLAT has issues');
    const before = { ...issue };
    const now = site.context.now();
    site.state.editIssueFields(issue.id, { summary: 'Changed just now' }, site.restrictedUser.accountId, now);
    site.context.searchLag.recordWrite(issue.id, now, before, { ...issue });
    const search = (reconcile: number[]) => page(post({ jql: `key = ${issue.key}`, fields: ['summary'], reconcileIssues: reconcile })).issues.map((i) => i.fields.summary);
    expect(search([])).toEqual([before.summary]);
    expect(search([Number(issue.id)])).toEqual(['Changed just now']);
    site.tick(60_000);
    expect(search([])).toEqual(['Changed just now']);
  });

  it('expands names and schema at the top and the changelog per issue', () => {
    const body = post({ jql: 'project = PLAT', fields: ['summary', 'customfield_10026'], expand: 'names,schema,changelog', maxResults: 3 }).body as Record<string, unknown>;
    expect(body.names).toEqual({ summary: 'Summary', customfield_10026: 'Story Points' });
    expect(body.schema).toMatchObject({ customfield_10026: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' } });
    expect((body.issues as Array<Record<string, unknown>>)[0]).toHaveProperty('changelog.histories');
  });

  it('counts matches approximately, and refuses an unbounded count', () => {
    const count = callSearch(site, 'POST', '/rest/api/3/search/approximate-count', site.app, { body: { jql: 'project = PLAT' } });
    expect(count.body).toEqual({ count: site.state.issuesInProject(site.state.projectByKey('PLAT')?.id ?? '').length });
    expect(callSearch(site, 'POST', '/rest/api/3/search/approximate-count', site.app, { body: { jql: '' } })).toMatchObject({ status: 400 });
  });
});
