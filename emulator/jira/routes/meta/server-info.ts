import { jiraDateTime } from '../../model/time';
import type { SiteContext, SiteRoute } from '../../site/context';
import { siteRoute } from './request-params';

const DAY = 86_400_000;

/**
 * GET /rest/api/3/serverInfo. Cloud ships continuously, so the build is dated the virtual day
 * before `now`; `defaultLocale`, which Jira also sends, is left out because the schema forbids it.
 */
export function serverInfoRoute(context: SiteContext): SiteRoute {
  return siteRoute('GET', '/rest/api/3/serverInfo', () => {
    const now = context.now();
    return {
      status: 200,
      body: {
        baseUrl: context.siteUrl,
        version: '1001.0.0-SNAPSHOT',
        versionNumbers: [1001, 0, 0],
        deploymentType: 'Cloud',
        buildNumber: 100284,
        buildDate: jiraDateTime(Math.floor(now / DAY) * DAY - DAY + 4 * 3_600_000),
        serverTime: jiraDateTime(now),
        scmInfo: '5c3a3d9f2d1b8e7a6f40c1e29b87d6a5f3e2c1b0',
        serverTitle: 'Jira',
      },
    };
  });
}
