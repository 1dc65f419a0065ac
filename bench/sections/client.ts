import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';
import { withJiraClient } from '../../src/jira/client/open-client';
import { searchIssues } from '../../src/jira/endpoints/search-issues';
import type { BenchSection } from '../section';

const ISSUES = 10_000;
/** The fields a sync reads: the mapped custom fields and what the mirror keeps. */
const MAPPED_FIELDS = ['summary', 'status', 'issuetype', 'assignee', 'updated', 'created', 'parent', 'timetracking', 'customfield_10016', 'customfield_10026', 'customfield_10020', 'customfield_10001'];
/** The largest page the search serves when fields beyond id and key are asked for. */
const LARGEST_PAGE_WITH_FIELDS = 100;

/** Reading a 10,000-issue site with the mapped fields: the requests and points it takes against the floor. */
export const clientSection: BenchSection = {
  name: 'client',
  async run() {
    const platform = new ForgePlatform();
    const site = await JiraSite.start({ clock: platform.clock, issues: ISSUES, seed: 7 });
    try {
      const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
      const before = totals(site);
      const result = await platform.run(
        installation,
        () =>
          withJiraClient({ priority: 'background' }, async (client) => {
            let read = 0;
            let nextPageToken: string | undefined;
            do {
              const page = await searchIssues(client, { jql: 'project in (PLAT, MOB, OPS, ATLAS) ORDER BY id ASC', fields: MAPPED_FIELDS, maxResults: LARGEST_PAGE_WITH_FIELDS, ...(nextPageToken === undefined ? {} : { nextPageToken }) });
              read += page.issues.length;
              nextPageToken = page.nextPageToken;
            } while (nextPageToken !== undefined);
            return read;
          }),
        { limitSeconds: 900 },
      );
      if (result.outcome !== 'success') throw new Error(`the read ended ${result.outcome}`);
      const issues = result.value as number;
      const after = totals(site);
      const pagesFloor = Math.ceil(issues / LARGEST_PAGE_WITH_FIELDS);
      return { issues, requests: after.requests - before.requests, requestsFloor: pagesFloor, points: after.points - before.points, pointsFloor: issues + pagesFloor };
    } finally {
      await site.stop();
    }
  },
};

function totals(site: JiraSite): { requests: number; points: number } {
  return Object.values(site.traffic()).reduce((sum, e) => ({ requests: sum.requests + e.requests, points: sum.points + e.points }), { requests: 0, points: 0 });
}
