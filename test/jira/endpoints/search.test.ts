import { approximateCount } from '../../../src/jira/endpoints/approximate-count';
import { bulkFetchIssues } from '../../../src/jira/endpoints/bulk-fetch-issues';
import { editIssue } from '../../../src/jira/endpoints/edit-issue';
import type { Issue } from '../../../src/jira/endpoints/schemas/issue';
import { searchAllIssues } from '../../../src/jira/endpoints/search-all-issues';
import { searchIssues } from '../../../src/jira/endpoints/search-issues';
import type { JiraClient } from '../../../src/jira/client/jira-client';
import { inInvocation, requestsTo, required, restrictedUser, startEndpointSite, type EndpointSite } from './endpoint-site';

const SEARCH = 'POST /rest/api/3/search/jql';
const BULK_FETCH = 'POST /rest/api/3/issue/bulkfetch';

async function allPages(client: JiraClient, jql: string, maxResults?: number): Promise<Issue[][]> {
  const pages: Issue[][] = [];
  for await (const page of searchAllIssues(client, { jql, fields: ['summary', 'status'], ...(maxResults === undefined ? {} : { maxResults }) })) pages.push(page);
  return pages;
}

describe('searching and bulk-fetching issues on the emulated site', () => {
  let under: EndpointSite;
  afterEach(async () => {
    await under.site.stop();
  });

  describe('without search lag', () => {
    beforeEach(async () => {
      under = await startEndpointSite();
    });

    const issuesOf = (projectKey: string) => under.site.state.issuesInProject(required(under.site.state.projectByKey(projectKey), projectKey).id);

    it('searchIssues returns one page with the fields asked for and a token for the next', async () => {
      const page = await inInvocation(under, (client) => searchIssues(client, { jql: 'project = PLAT', fields: ['summary', 'status'], maxResults: 10 }));
      expect(page.issues).toHaveLength(10);
      expect(page.isLast).toBe(false);
      expect(page.nextPageToken).toEqual(expect.any(String));
      for (const issue of page.issues) {
        const truth = under.site.state.issue(issue.id);
        expect(issue.key).toBe(truth?.key);
        expect(issue.fields.summary).toBe(truth?.summary);
        expect(Object.keys(issue.fields).sort()).toEqual(['status', 'summary']);
      }
    });

    it('searchAllIssues walks every page, losing and repeating nothing', async () => {
      const pages = await inInvocation(under, (client) => allPages(client, 'project = PLAT', 40));
      const ids = pages.flat().map((issue) => issue.id);
      expect(ids).toHaveLength(new Set(ids).size);
      expect(ids.sort()).toEqual(issuesOf('PLAT').map((issue) => issue.id).sort());
      expect(pages.map((page) => page.length)).toEqual([40, 40, 15]);
      expect(requestsTo(under, SEARCH)).toHaveLength(3);
    });

    it('follows the token when Jira returns smaller pages than asked for', async () => {
      const pages = await inInvocation(under, (client) => allPages(client, 'project in (PLAT, MOB)', 500));
      const ids = pages.flat().map((issue) => issue.id);
      expect(new Set(ids).size).toBe(issuesOf('PLAT').length + issuesOf('MOB').length);
      expect(ids).toHaveLength(new Set(ids).size);
      expect(pages.length).toBeGreaterThan(1);
    });

    it('approximateCount counts what a bounded JQL matches', async () => {
      await expect(inInvocation(under, (client) => approximateCount(client, 'project = MOB'))).resolves.toBe(issuesOf('MOB').length);
    });

    it('bulkFetchIssues asks for 1,000 issues a request when the request is lean', async () => {
      const real = [...under.site.state.allIssues()].map((issue) => issue.id);
      const missing = Array.from({ length: 1_200 - real.length }, (_, i) => String(900_000 + i));
      const issues = await inInvocation(under, (client) => bulkFetchIssues(client, { issueIdsOrKeys: [...real, ...missing], fields: ['summary', 'status'] }));
      expect(issues.map((issue) => issue.id).sort()).toEqual([...real].sort());
      for (const issue of issues) expect(issue.fields.summary).toBe(under.site.state.issue(issue.id)?.summary);
      expect(requestsTo(under, BULK_FETCH).map((request) => request.status)).toEqual([200, 200]);
    });

    it('bulkFetchIssues falls back to 100 a request for heavy fields or expansions', async () => {
      const real = [...under.site.state.allIssues()].map((issue) => issue.key);
      const withComments = await inInvocation(under, (client) => bulkFetchIssues(client, { issueIdsOrKeys: real, fields: ['summary', 'comment'] }));
      expect(withComments).toHaveLength(real.length);
      expect(requestsTo(under, BULK_FETCH)).toHaveLength(3);
      const withChangelog = await inInvocation(under, (client) => bulkFetchIssues(client, { issueIdsOrKeys: real, fields: ['summary'], expand: ['changelog'] }));
      expect(withChangelog).toHaveLength(real.length);
      expect(requestsTo(under, BULK_FETCH).map((request) => request.status)).toEqual([200, 200, 200, 200, 200, 200]);
    });

    it('bulkFetchIssues sends nothing for nothing', async () => {
      await expect(inInvocation(under, (client) => bulkFetchIssues(client, { issueIdsOrKeys: [], fields: ['summary'] }))).resolves.toEqual([]);
      expect(requestsTo(under, BULK_FETCH)).toHaveLength(0);
    });

    it('shows a user acting through the client fewer issues than the app', async () => {
      const user = restrictedUser(under);
      const asUser = { priority: 'interactive' as const, actor: { as: 'user' as const, accountId: user.accountId } };
      // Naming OPS would be a 400 for the user, to whom it does not exist; a date bounds the query instead.
      const jql = 'created >= "2000-01-01"';
      const appIds = (await inInvocation(under, (client) => allPages(client, jql))).flat().map((issue) => issue.id);
      const userIds = (await inInvocation(under, (client) => allPages(client, jql), asUser)).flat().map((issue) => issue.id);
      const everything = [...under.site.state.allIssues()];
      expect(appIds.sort()).toEqual(everything.map((issue) => issue.id).sort());
      expect(userIds.sort()).toEqual(everything.filter((issue) => !user.hiddenProjectIds.includes(issue.projectId)).map((issue) => issue.id).sort());
      const opsKeys = issuesOf('OPS').map((issue) => issue.key);
      await expect(inInvocation(under, (client) => bulkFetchIssues(client, { issueIdsOrKeys: opsKeys, fields: ['summary'] }), asUser)).resolves.toEqual([]);
    });
  });

  describe('with search trailing writes', () => {
    beforeEach(async () => {
      under = await startEndpointSite({ searchLagMs: 30_000 });
    });

    it('searchIssues reads reconciled issues at their latest version', async () => {
      const issue = required(under.site.state.issuesInProject('10000')[0], 'PLAT issue');
      const before = issue.summary;
      const summaries = await inInvocation(under, async (client) => {
        await editIssue(client, issue.key, { fields: { summary: 'Renamed by the app' } });
        const stale = await searchIssues(client, { jql: `key = ${issue.key}`, fields: ['summary'] });
        const reconciled = await searchIssues(client, { jql: `key = ${issue.key}`, fields: ['summary'], reconcileIssues: [Number(issue.id)] });
        return [stale, reconciled].map((page) => page.issues.map((found) => found.fields.summary));
      });
      expect(summaries).toEqual([[before], ['Renamed by the app']]);
    });
  });
});
