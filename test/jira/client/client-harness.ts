import { z } from 'zod';
import { JiraSite } from '../../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../../emulator/platform/forge-platform';
import type { Installation } from '../../../emulator/platform/installation';
import type { JiraClient } from '../../../src/jira/client/jira-client';
import { withJiraClient } from '../../../src/jira/client/open-client';
import type { Priority } from '../../../src/jira/client/points-budget';
import type { JiraActor } from '../../../src/jira/client/ports';
import { route } from '../../../src/platform/jira-transport';
import { forgetBootstrapTraffic } from '../client-state';

const APP: JiraActor = { as: 'app' };

export interface Harness {
  platform: ForgePlatform;
  site: JiraSite;
  installation: Installation;
  /** Runs `work` with a client inside one invocation of the app; resolves with its value or its error. */
  invoke<T>(work: (client: JiraClient) => Promise<T>, options?: { priority?: Priority; actor?: JiraActor }): Promise<{ value?: T; error?: unknown }>;
  /** Requests the site answered since the install's bootstrap. */
  requestsSinceInstall(): Array<{ path: string; status: number }>;
  /** What the app keeps in KVS under `key`. */
  stored(key: string): Promise<unknown>;
}

/** The real app installed on a seeded site: the client runs through the real @forge/api and KVS. */
export async function harness(options: { issues?: number; limitSeconds?: number } = {}): Promise<Harness> {
  const platform = new ForgePlatform();
  const site = await JiraSite.start({ clock: platform.clock, issues: options.issues ?? 60, seed: 21 });
  const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
  // The bootstrap discovers the site's fields; let it finish, then start the client's state afresh.
  await platform.drain();
  await forgetBootstrapTraffic(platform, installation);
  const baseline = site.requests.length;
  return {
    platform,
    site,
    installation,
    async invoke(work, { priority = 'interactive', actor = APP } = {}) {
      let failure: unknown;
      const result = await platform.run(
        installation,
        async () => {
          try {
            return await withJiraClient({ priority, actor }, work);
          } catch (error) {
            failure = error;
            return undefined;
          }
        },
        { limitSeconds: options.limitSeconds ?? 55 },
      );
      if (result.outcome !== 'success') throw new Error(`the invocation ended ${result.outcome}`);
      return failure === undefined ? { value: result.value as never } : { error: failure };
    },
    requestsSinceInstall: () => site.requests.slice(baseline).map((r) => ({ path: r.path, status: r.status })),
    async stored(key) {
      const result = await platform.run(installation, async () => (await import('@forge/kvs')).kvs.get(key));
      return result.outcome === 'success' ? result.value : undefined;
    },
  };
}

/** The cheapest call there is; the tests' stand-in for any endpoint. */
export function serverInfo(client: JiraClient): Promise<{ baseUrl: string }> {
  return client.call({ operation: 'getServerInfo', path: route`/rest/api/3/serverInfo`, schema: z.looseObject({ baseUrl: z.string() }) });
}

export const SERVER_INFO = '/rest/api/3/serverInfo';
