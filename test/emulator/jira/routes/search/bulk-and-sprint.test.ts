import { routeSite, type RouteSite } from '../route-site';
import { callSearch, page } from './search-call';

const BULK = '/rest/api/3/issue/bulkfetch';
const SPRINT_ISSUES = '/rest/software/1.0/sprint/{sprintId}/issue';

describe('bulk fetch and the sprint-issue API', () => {
  let site: RouteSite;
  beforeEach(() => {
    site = routeSite();
  });

  const ids = (n: number): string[] => [...site.state.allIssues()].slice(0, n).map((i) => i.id);

  it('fetches live issues in ascending id order and leaves out unknown and hidden ones', () => {
    const [a, b] = ids(2);
    const hidden = site.state.issuesInProject(site.hiddenProjectId)[0];
    if (a === undefined || b === undefined || hidden === undefined) throw new Error('the site has issues');
    const reply = callSearch(site, 'POST', BULK, site.restricted, { body: { issueIdsOrKeys: [site.state.issue(b)?.key.toLowerCase(), a, hidden.id, 'NOPE-1'], fields: ['summary'] } });
    const body = reply.body as { issues: Array<{ id: string }>; issueErrors: unknown[] };
    expect(body.issues.map((i) => i.id)).toEqual([a, b].sort((x, y) => Number(x) - Number(y)));
    expect(reply.objects).toEqual({ core: 2, identity: 0 });
  });

  it('takes 100 ids by default and 1,000 when the request is lean', () => {
    const many = ids(101);
    expect(callSearch(site, 'POST', BULK, site.app, { body: { issueIdsOrKeys: many } })).toMatchObject({ status: 400, body: { errors: { issueIdsOrKeys: 'You can request up to 100 issues in a single request.' } } });
    expect(callSearch(site, 'POST', BULK, site.app, { body: { issueIdsOrKeys: many, fields: ['summary', 'comment'] } })).toMatchObject({ status: 400 });
    expect(callSearch(site, 'POST', BULK, site.app, { body: { issueIdsOrKeys: many, fields: ['summary'], expand: ['changelog'] } })).toMatchObject({ status: 400 });
    const lean = callSearch(site, 'POST', BULK, site.app, { body: { issueIdsOrKeys: many, fields: ['summary', 'status'] } });
    expect((lean.body as { issues: unknown[] }).issues).toHaveLength(101);
    expect(callSearch(site, 'POST', BULK, site.app, { body: { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => String(10000 + i)), fields: ['summary'] } })).toMatchObject({ status: 400 });
  });

  it('pages a sprint\'s issues by token, holding every issue that was ever in the sprint', () => {
    const sprint = [...site.state.sprints.values()].find((s) => s.state === 'closed' && site.state.issuesInSprint(s.id).length > 12);
    if (sprint === undefined) throw new Error('the site has a busy closed sprint');
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const current = page(callSearch(site, 'GET', SPRINT_ISSUES, site.app, { params: { sprintId: String(sprint.id) }, query: { maxResults: '5', ...(token === undefined ? {} : { nextPageToken: token }) } }));
      seen.push(...current.issues.map((i) => i.id));
      token = current.nextPageToken;
    } while (token !== undefined);
    expect(seen).toEqual(site.state.issuesInSprint(sprint.id).map((i) => i.id).sort((a, b) => Number(a) - Number(b)));
  });

  it('adds the Software fields, narrows by JQL, and hides sprints of boards the viewer cannot see', () => {
    const sprint = [...site.state.sprints.values()].find((s) => s.state === 'active');
    if (sprint === undefined) throw new Error('the site has an active sprint');
    const all = page(callSearch(site, 'GET', SPRINT_ISSUES, site.app, { params: { sprintId: String(sprint.id) }, query: { maxResults: '100' } }));
    expect(all.issues[0]?.fields).toMatchObject({ sprint: { id: sprint.id, state: 'active' } });
    const done = page(callSearch(site, 'GET', SPRINT_ISSUES, site.app, { params: { sprintId: String(sprint.id) }, query: { jql: 'statusCategory = Done', maxResults: '100' } }));
    const doneIds = site.state.issuesInSprint(sprint.id).filter((i) => site.state.isDone(i)).map((i) => i.id).sort((a, b) => Number(a) - Number(b));
    expect(done.issues.map((i) => i.id).sort((a, b) => Number(a) - Number(b))).toEqual(doneIds);
    expect(callSearch(site, 'GET', SPRINT_ISSUES, site.app, { params: { sprintId: 'abc' } })).toMatchObject({ status: 400 });
    expect(callSearch(site, 'GET', SPRINT_ISSUES, site.app, { params: { sprintId: '99999' } })).toMatchObject({ status: 404 });
  });
});
