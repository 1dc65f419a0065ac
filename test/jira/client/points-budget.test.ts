import { RateLimiter } from '../../../emulator/jira/limits/rate-limiter';
import { JiraSite } from '../../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../../emulator/platform/forge-platform';
import type { Installation } from '../../../emulator/platform/installation';
import type { JiraClient } from '../../../src/jira/client/jira-client';
import { withJiraClient } from '../../../src/jira/client/open-client';
import type { Priority } from '../../../src/jira/client/points-budget';
import { searchIssues } from '../../../src/jira/endpoints/search-issues';
import { JiraBudgetDeferredError } from '../../../src/jira/errors';
import { KEYS } from '../../../src/storage/keys';

/** The app's hourly quota in these tests: small, so that one site could spend it all. */
const QUOTA = 3_000;

interface Tenant {
  site: JiraSite;
  installation: Installation;
}

/** Reads every issue of the site page by page, as a sync would, until done or deferred. */
async function readAll(client: JiraClient): Promise<{ issues: number; deferred: boolean }> {
  let issues = 0;
  let nextPageToken: string | undefined;
  try {
    do {
      const page = await searchIssues(client, { jql: 'created >= -365d ORDER BY id ASC', fields: ['summary', 'status', 'updated'], maxResults: 100, ...(nextPageToken === undefined ? {} : { nextPageToken }) });
      issues += page.issues.length;
      nextPageToken = page.nextPageToken;
    } while (nextPageToken !== undefined);
    return { issues, deferred: false };
  } catch (error) {
    if (error instanceof JiraBudgetDeferredError) return { issues, deferred: true };
    throw error;
  }
}

async function cloud(sharePercent: number): Promise<{ platform: ForgePlatform; large: Tenant; small: Tenant[]; stop: () => Promise<void> }> {
  const platform = new ForgePlatform();
  // Tier 1: one quota for the app, shared by every site it is installed on.
  const limiter = new RateLimiter(platform.clock, { quota: { limit: QUOTA } });
  const tenant = async (issues: number, seed: number): Promise<Tenant> => {
    const site = await JiraSite.start({ clock: platform.clock, issues, seed, limiter, cloudId: `site-${seed}` });
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
    await platform.run(installation, async () => (await import('@forge/kvs')).kvs.set(KEYS.jiraSettings(), { pointsQuotaPerHour: QUOTA, pointsSharePercent: sharePercent }));
    return { site, installation };
  };
  // Reading it all costs more than the app's whole hourly quota.
  const large = await tenant(3_500, 1);
  const small = [await tenant(150, 2), await tenant(150, 3)];
  return { platform, large, small, stop: async () => Promise.all([large, ...small].map((t) => t.site.stop())).then(() => undefined) };
}

function runOn<T>(platform: ForgePlatform, tenant: Tenant, priority: Priority, work: (client: JiraClient) => Promise<T>): Promise<T> {
  return platform.run(tenant.installation, () => withJiraClient({ priority }, work), { limitSeconds: 900 }).then((result) => {
    if (result.outcome !== 'success') throw new Error(`the invocation ended ${result.outcome}`);
    return result.value as T;
  });
}

describe('the points budget: a fair share of the app\'s hourly quota per installation', () => {
  it('stops a large site\'s background reading at its share, so the other sites still get theirs and people are still served', async () => {
    const { platform, large, small, stop } = await cloud(25);
    try {
      const sync = await runOn(platform, large, 'background', readAll);
      expect(sync.deferred).toBe(true);
      // 25 % of 3,000 points, of which background work may spend 80 %: 600 points, five pages of 100 at 101 points.
      expect(sync.issues).toBe(500);
      for (const tenant of small) expect(await runOn(platform, tenant, 'background', readAll)).toEqual({ issues: tenant.site.state.issueCount, deferred: false });
      const interactive = await runOn(platform, large, 'interactive', (client) => searchIssues(client, { jql: 'project = PLAT', fields: ['summary'], maxResults: 10 }));
      expect(interactive.issues).toHaveLength(10);
      const metrics = await platform.run(large.installation, async () => (await import('@forge/kvs')).kvs.get(KEYS.jiraMetrics()));
      // The client's own count of points matches what Jira charged (the bootstrap's connection check is not the client's).
      const charged = Object.entries(large.site.traffic()).filter(([endpoint]) => !endpoint.endsWith('/serverInfo')).reduce((sum, [, e]) => sum + e.points, 0);
      expect(metrics).toMatchObject({ value: { deferrals: 1, errorsByType: { JIRA_BUDGET_DEFERRED: 1 }, pointsSpent: charged } });
      const tooMany = [large, ...small].flatMap((t) => Object.values(t.site.traffic())).reduce((sum, e) => sum + e.tooManyRequests, 0);
      expect(tooMany).toBe(0);
    } finally {
      await stop();
    }
  });

  it('the same read unbudgeted (as interactive work, which the budget never defers) spends the whole quota, and the others are refused by Jira', async () => {
    const { platform, large, small, stop } = await cloud(25);
    try {
      await runOn(platform, large, 'interactive', readAll).catch(() => undefined);
      const victim = small[0] as Tenant;
      const refused = await platform.run(victim.installation, () => withJiraClient({ priority: 'background' }, readAll), { limitSeconds: 900 });
      expect(refused).toMatchObject({ outcome: 'error', error: { code: 'JIRA_RATE_LIMITED', reason: 'jira-quota-global-based' } });
      expect(Object.values(victim.site.traffic()).reduce((sum, e) => sum + e.tooManyRequests, 0)).toBe(1);
    } finally {
      await stop();
    }
  });
});
