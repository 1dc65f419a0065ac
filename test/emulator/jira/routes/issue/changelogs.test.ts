import type { Issue } from '../../../../../emulator/jira/model/issue';
import { routeSite, type RouteSite } from '../route-site';
import { call, conforming, firstIssue, json } from './issue-call';

const CHANGELOG = '/rest/api/3/issue/{issueIdOrKey}/changelog';
let site: RouteSite;

beforeAll(() => {
  site = routeSite();
});

const changelog = (idOrKey: string, query: Record<string, string> = {}, viewer = site.app) =>
  conforming('GET', CHANGELOG, call(site, 'GET', CHANGELOG, viewer, { params: { issueIdOrKey: idOrKey }, query }));

describe('GET /rest/api/3/issue/{issueIdOrKey}/changelog', () => {
  it('walks the whole history page by page, oldest first, following nextPage', () => {
    const issue = firstIssue(site.state, (i) => i.changelog.length >= 7, 'issue with a long history');
    const seen: string[] = [];
    let query: Record<string, string> = { maxResults: '3' };
    for (;;) {
      const reply = changelog(issue.key, query);
      const page = json(reply);
      const values = page.values as Array<{ id: string; created: string }>;
      expect(page).toMatchObject({ startAt: seen.length, maxResults: 3, total: issue.changelog.length });
      expect(reply.objects).toEqual({ core: values.length, identity: 0 });
      expect(page.self).toBe(`https://emulated.atlassian.net/rest/api/3/issue/${issue.key}/changelog?startAt=${seen.length}&maxResults=3`);
      seen.push(...values.map((v) => v.id));
      if (page.isLast === true) {
        expect(page).not.toHaveProperty('nextPage');
        break;
      }
      const next = new URL(page.nextPage as string);
      query = Object.fromEntries(next.searchParams);
    }
    expect(seen).toEqual(issue.changelog.map((h) => h.id));
  });

  it('renders each history with its author, time and items', () => {
    const issue = firstIssue(site.state, (i) => i.changelog.length > 0, 'issue with history');
    const first = (json(changelog(issue.id)).values as Array<Record<string, unknown>>)[0];
    const history = issue.changelog[0]!;
    expect(first).toMatchObject({ id: history.id, author: { accountId: history.authorId }, created: new Date(history.created).toISOString().replace('Z', '+0000') });
    expect(first?.items).toEqual(history.items);
  });

  it('defaults to and caps pages at 100 entries', () => {
    const issue = firstIssue(site.state, (i) => i.changelog.length > 0, 'issue with history');
    expect(json(changelog(issue.id))).toMatchObject({ maxResults: 100, isLast: true });
    expect(json(changelog(issue.id, { maxResults: '5000' }))).toMatchObject({ maxResults: 100 });
    expect(json(changelog(issue.id, { startAt: '1000' }))).toMatchObject({ values: [], isLast: true });
  });

  it('answers 404 for hidden issues and for parameters that are not integers, 400 for negative ones', () => {
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId, 'OPS issue');
    expect(changelog(hidden.key, {}, site.restricted).status).toBe(404);
    const issue = firstIssue(site.state, () => true, 'issue');
    expect(changelog(issue.key, { startAt: 'abc' }).status).toBe(404);
    expect(changelog(issue.key, { maxResults: '2.5' }).status).toBe(404);
    // The document declares no 400 for this operation; Jira answers one all the same.
    const negative = call(site, 'GET', CHANGELOG, site.app, { params: { issueIdOrKey: issue.key }, query: { maxResults: '-1' } });
    expect(negative).toEqual({ status: 400, body: { errorMessages: ["The 'maxResults' parameter must be greater than or equal to 0."], errors: {} } });
  });
});

const BULK = '/rest/api/3/changelog/bulkfetch';

const bulk = (body: unknown, viewer = site.app) => conforming('POST', BULK, call(site, 'POST', BULK, viewer, { body }));

interface BulkPage {
  issueChangeLogs: Array<{ issueId: string; changeHistories: Array<{ id: string; created: string; items: Array<{ field: string; fieldId?: string }> }> }>;
  nextPageToken?: string;
}

/** Every page of a bulk fetch, following the tokens, as (issue id, history) pairs in answer order. */
function walk(request: Record<string, unknown>, viewer = site.app): Array<{ issueId: string; history: BulkPage['issueChangeLogs'][number]['changeHistories'][number] }> {
  const out: ReturnType<typeof walk> = [];
  let token: string | undefined;
  do {
    const reply = bulk({ ...request, ...(token === undefined ? {} : { nextPageToken: token }) }, viewer);
    expect(reply.status).toBe(200);
    const page = reply.body as BulkPage;
    const count = page.issueChangeLogs.reduce((sum, log) => sum + log.changeHistories.length, 0);
    expect(reply.objects).toEqual({ core: count, identity: 0 });
    expect(new Set(page.issueChangeLogs.map((log) => log.issueId)).size).toBe(page.issueChangeLogs.length);
    for (const log of page.issueChangeLogs) for (const history of log.changeHistories) out.push({ issueId: log.issueId, history });
    token = page.nextPageToken;
  } while (token !== undefined);
  return out;
}

describe('POST /rest/api/3/changelog/bulkfetch', () => {
  const someIssues = (): Issue[] => [...site.state.allIssues()].filter((i) => i.changelog.length > 0).slice(0, 40);

  it('pages histories oldest first by date then issue id, each page grouping them by issue, nothing lost or repeated', () => {
    const issues = someIssues();
    const expected = issues
      .flatMap((i) => i.changelog.map((h) => ({ issueId: i.id, id: h.id, created: h.created })))
      .sort((a, b) => a.created - b.created || Number(a.issueId) - Number(b.issueId) || Number(a.id) - Number(b.id));
    const pages = walkPages({ issueIdsOrKeys: issues.map((i, n) => (n % 2 === 0 ? i.id : i.key.toLowerCase())), maxResults: 7 });
    expect(pages).toHaveLength(Math.ceil(expected.length / 7));
    pages.forEach((page, n) => {
      const chunk = expected.slice(n * 7, n * 7 + 7);
      const order = [...new Set(chunk.map((e) => e.issueId))];
      expect(page.map((log) => log.issueId)).toEqual(order);
      for (const log of page) expect(log.changeHistories.map((h) => h.id)).toEqual(chunk.filter((e) => e.issueId === log.issueId).map((e) => e.id));
    });
  });

  it('keeps only the items of the fields asked for, by id or name, dropping histories left empty', () => {
    const issues = someIssues();
    const all = walk({ issueIdsOrKeys: issues.map((i) => i.key), fieldIds: ['status', 'Sprint'] });
    expect(all.length).toBeGreaterThan(0);
    for (const { history } of all) for (const item of history.items) expect(['status', 'Sprint']).toContain(item.field);
    const expected = issues.flatMap((i) => i.changelog.filter((h) => h.items.some((item) => item.field === 'status' || item.field === 'Sprint')));
    expect(all).toHaveLength(expected.length);
    expect(walk({ issueIdsOrKeys: issues.map((i) => i.key), fieldIds: ['customfield_10020'] })).toHaveLength(
      issues.flatMap((i) => i.changelog.filter((h) => h.items.some((item) => item.fieldId === 'customfield_10020'))).length,
    );
  });

  it('skips issues the viewer cannot see, and unknown ones, without an error', () => {
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId && i.changelog.length > 0, 'OPS issue with history');
    const visible = firstIssue(site.state, (i) => i.projectId !== site.hiddenProjectId && i.changelog.length > 0, 'visible issue with history');
    const all = walk({ issueIdsOrKeys: [hidden.key, visible.key, 'NOPE-9', visible.id] }, site.restricted);
    expect(new Set(all.map((e) => e.issueId))).toEqual(new Set([visible.id]));
    expect(all).toHaveLength(visible.changelog.length);
    expect(walk({ issueIdsOrKeys: [hidden.key] }, site.restricted)).toEqual([]);
  });

  it('refuses malformed requests with 400', () => {
    const ids = Array.from({ length: 1001 }, (_, n) => String(10000 + n));
    const bad: unknown[] = [
      undefined,
      {},
      { issueIdsOrKeys: [] },
      { issueIdsOrKeys: ids },
      { issueIdsOrKeys: [10000] },
      { issueIdsOrKeys: ['10000'], fieldIds: Array.from({ length: 11 }, (_, n) => `f${n}`) },
      { issueIdsOrKeys: ['10000'], fieldIds: ['status', 'status'] },
      { issueIdsOrKeys: ['10000'], maxResults: 0 },
      { issueIdsOrKeys: ['10000'], maxResults: 10001 },
      { issueIdsOrKeys: ['10000'], maxResults: '5' },
      { issueIdsOrKeys: ['10000'], nextPageToken: 'not-a-token' },
      { issueIdsOrKeys: ['10000'], expand: 'x' },
    ];
    for (const body of bad) {
      const reply = bulk(body);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ errorMessages: [expect.any(String)], errors: {} });
    }
  });

  it('does not repeat or skip histories written between pages', () => {
    const fresh = routeSite();
    const issues = [...fresh.state.allIssues()].filter((i) => i.changelog.length > 0).slice(0, 10);
    const reply = conforming('POST', BULK, call(fresh, 'POST', BULK, fresh.app, { body: { issueIdsOrKeys: issues.map((i) => i.id), maxResults: 5 } }));
    const page = reply.body as BulkPage;
    fresh.tick(1000);
    fresh.state.editIssueFields(issues[0]!.id, { summary: 'Written between pages' }, fresh.restrictedUser.accountId, fresh.context.now());
    const rest: string[] = [];
    let token = page.nextPageToken;
    while (token !== undefined) {
      const next = call(fresh, 'POST', BULK, fresh.app, { body: { issueIdsOrKeys: issues.map((i) => i.id), maxResults: 5, nextPageToken: token } }).body as BulkPage;
      for (const log of next.issueChangeLogs) rest.push(...log.changeHistories.map((h) => h.id));
      token = next.nextPageToken;
    }
    const firstIds = page.issueChangeLogs.flatMap((log) => log.changeHistories.map((h) => h.id));
    const total = issues.reduce((sum, i) => sum + i.changelog.length, 0);
    expect([...firstIds, ...rest]).toHaveLength(total);
    expect(new Set([...firstIds, ...rest]).size).toBe(total);
    expect(rest[rest.length - 1]).toBe(issues[0]!.changelog[issues[0]!.changelog.length - 1]!.id);
  });
});

/** Every page's issue changelogs, following the tokens. */
function walkPages(request: Record<string, unknown>): Array<BulkPage['issueChangeLogs']> {
  const pages: Array<BulkPage['issueChangeLogs']> = [];
  let token: string | undefined;
  do {
    const page = bulk({ ...request, ...(token === undefined ? {} : { nextPageToken: token }) }).body as BulkPage;
    pages.push(page.issueChangeLogs);
    token = page.nextPageToken;
  } while (token !== undefined);
  return pages;
}
