import type { ForgePlatform } from '../../../../emulator/platform/forge-platform';
import type { Installation } from '../../../../emulator/platform/installation';
import { RateLimiter } from '../../../../emulator/jira/limits/rate-limiter';
import { JiraSite, type JiraSiteOptions } from '../../../../emulator/jira/site/jira-site';
import { fixturePlatform } from '../../fixture-platform';

export interface SiteUnderTest {
  platform: ForgePlatform;
  site: JiraSite;
  installation: Installation;
}

/** A seeded site on loopback with the fixture app installed against it. */
export async function siteWithFixtureApp(options: Omit<JiraSiteOptions, 'clock' | 'limiter'> & { quotaPerHour?: number } = {}): Promise<SiteUnderTest> {
  const { platform } = fixturePlatform();
  const { quotaPerHour, ...siteOptions } = options;
  const limiter = quotaPerHour === undefined ? undefined : new RateLimiter(platform.clock, { quota: { limit: quotaPerHour } });
  const site = await JiraSite.start({ clock: platform.clock, issues: 200, seed: 11, ...siteOptions, ...(limiter === undefined ? {} : { limiter }) });
  const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
  return { platform, site, installation };
}

/** Basic auth as curl or a Jira client library sends it. */
export function basicAuth(email: string, token: string): string {
  return `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
}
