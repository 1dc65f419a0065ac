import { routeSite, type RouteSite } from '../route-site';
import { call, conforming, firstIssue, json } from './issue-call';

const WORKLOGS = '/rest/api/3/issue/{issueIdOrKey}/worklog';
let site: RouteSite;

beforeAll(() => {
  site = routeSite();
});

const list = (idOrKey: string, query: Record<string, string> = {}, viewer = site.app) =>
  conforming('GET', WORKLOGS, call(site, 'GET', WORKLOGS, viewer, { params: { issueIdOrKey: idOrKey }, query }));
const ids = (reply: ReturnType<typeof list>) => (json(reply).worklogs as Array<{ id: string }>).map((w) => w.id);

describe('GET /rest/api/3/issue/{issueIdOrKey}/worklog', () => {
  it('lists the worklogs in the order they were logged, rendered with durations', () => {
    const issue = firstIssue(site.state, (i) => i.worklogs.length >= 3, 'issue with three worklogs');
    const reply = list(issue.key);
    expect(json(reply)).toMatchObject({ startAt: 0, maxResults: 5000, total: issue.worklogs.length });
    expect(ids(reply)).toEqual(issue.worklogs.map((w) => w.id));
    const first = issue.worklogs[0]!;
    expect((json(reply).worklogs as unknown[])[0]).toMatchObject({ issueId: issue.id, timeSpentSeconds: first.timeSpentSeconds, author: { accountId: first.authorId } });
    expect(reply.objects).toEqual({ core: issue.worklogs.length, identity: 0 });
  });

  it('pages without losing or repeating a worklog', () => {
    const issue = firstIssue(site.state, (i) => i.worklogs.length >= 3, 'issue with three worklogs');
    const seen: string[] = [];
    for (let startAt = 0; startAt < issue.worklogs.length; startAt += 2) seen.push(...ids(list(issue.id, { startAt: String(startAt), maxResults: '2' })));
    expect(seen).toEqual(issue.worklogs.map((w) => w.id));
    expect(json(list(issue.id, { maxResults: '9999' }))).toMatchObject({ maxResults: 5000 });
  });

  it('keeps worklogs started at or after startedAfter and before startedBefore', () => {
    const issue = firstIssue(site.state, (i) => i.worklogs.length >= 3, 'issue with three worklogs');
    // Seeded start times carry fractions of a millisecond; the parameters are whole milliseconds.
    const starts = issue.worklogs.map((w) => Math.floor(w.started)).sort((a, b) => a - b);
    const middle = starts[1]!;
    const after = list(issue.key, { startedAfter: String(middle) });
    expect(ids(after)).toEqual(issue.worklogs.filter((w) => w.started >= middle).map((w) => w.id));
    expect(json(after).total).toBe(issue.worklogs.filter((w) => w.started >= middle).length);
    expect(ids(list(issue.key, { startedBefore: String(middle) }))).toEqual(issue.worklogs.filter((w) => w.started < middle).map((w) => w.id));
    expect(ids(list(issue.key, { startedAfter: String(middle), startedBefore: String(middle + 1) }))).toEqual(issue.worklogs.filter((w) => Math.floor(w.started) === middle).map((w) => w.id));
  });

  it('answers 404 for hidden issues and for non-numeric parameters, as the document says', () => {
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId, 'OPS issue');
    expect(list(hidden.id, {}, site.restricted).status).toBe(404);
    const issue = firstIssue(site.state, () => true, 'issue');
    const queries: Array<Record<string, string>> = [{ startAt: 'one' }, { maxResults: '1e3' }, { startedAfter: 'yesterday' }, { startedBefore: '' }];
    for (const query of queries) expect(list(issue.key, query).status).toBe(404);
  });
});
