import { bulkFetchChangelogs } from '../../../src/jira/endpoints/bulk-fetch-changelogs';
import { inInvocation, requestsTo, restrictedUser, startEndpointSite, type EndpointSite } from './endpoint-site';

const BULK_CHANGELOGS = 'POST /rest/api/3/changelog/bulkfetch';

describe('bulkFetchChangelogs on the emulated site', () => {
  let under: EndpointSite;
  beforeEach(async () => {
    under = await startEndpointSite();
  });
  afterEach(async () => {
    await under.site.stop();
  });

  it('reads every history of every issue, 1,000 issues a request, following each request\'s pages', async () => {
    const issues = [...under.site.state.allIssues()];
    const missing = Array.from({ length: 1_500 - issues.length }, (_, i) => `NOPE-${i + 1}`);
    const logs = await inInvocation(under, (client) => bulkFetchChangelogs(client, { issueIdsOrKeys: [...issues.map((issue) => issue.key), ...missing] }));
    const expected = issues.filter((issue) => issue.changelog.length > 0);
    expect(logs.map((log) => log.issueId).sort()).toEqual(expected.map((issue) => issue.id).sort());
    for (const log of logs) {
      expect(log.histories.map((history) => history.id)).toEqual(under.site.state.issue(log.issueId)?.changelog.map((history) => history.id));
    }
    // The first 1,000 names hold every real issue and more histories than one page; the rest take one more request.
    const histories = expected.reduce((sum, issue) => sum + issue.changelog.length, 0);
    expect(histories).toBeGreaterThan(1_000);
    expect(requestsTo(under, BULK_CHANGELOGS)).toHaveLength(Math.ceil(histories / 1_000) + 1);
  });

  it('keeps only the entries and items of the fields asked for', async () => {
    const issues = [...under.site.state.allIssues()];
    const logs = await inInvocation(under, (client) => bulkFetchChangelogs(client, { issueIdsOrKeys: issues.map((issue) => issue.id), fieldIds: ['status'] }));
    const items = logs.flatMap((log) => log.histories.flatMap((history) => history.items));
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.field))).toEqual(new Set(['status']));
    const expected = issues.flatMap((issue) => issue.changelog.filter((history) => history.items.some((item) => item.field === 'status')).map((history) => history.id));
    expect(logs.flatMap((log) => log.histories.map((history) => history.id)).sort()).toEqual(expected.sort());
  });

  it('refuses more than ten fields before asking Jira', async () => {
    const fieldIds = Array.from({ length: 11 }, (_, i) => `customfield_${10_000 + i}`);
    await expect(inInvocation(under, (client) => bulkFetchChangelogs(client, { issueIdsOrKeys: ['PLAT-1'], fieldIds }))).rejects.toBeInstanceOf(RangeError);
    expect(requestsTo(under, BULK_CHANGELOGS)).toHaveLength(0);
  });

  it('leaves out the issues the acting user cannot see', async () => {
    const user = restrictedUser(under);
    const issues = [...under.site.state.allIssues()].filter((issue) => issue.changelog.length > 0);
    const logs = await inInvocation(under, (client) => bulkFetchChangelogs(client, { issueIdsOrKeys: issues.map((issue) => issue.id) }), { priority: 'interactive', actor: { as: 'user', accountId: user.accountId } });
    expect(logs.map((log) => log.issueId).sort()).toEqual(issues.filter((issue) => !user.hiddenProjectIds.includes(issue.projectId)).map((issue) => issue.id).sort());
  });
});
