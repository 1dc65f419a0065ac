import type { User } from '../../../emulator/jira/model/entities';
import { JiraSite, type JiraSiteOptions } from '../../../emulator/jira/site/jira-site';
import type { RecordedRequest } from '../../../emulator/jira/site/request-gate';
import { ForgePlatform } from '../../../emulator/platform/forge-platform';
import type { Installation } from '../../../emulator/platform/installation';
import type { JiraClient } from '../../../src/jira/client/jira-client';
import { withJiraClient, type OpenClientOptions } from '../../../src/jira/client/open-client';
import { forgetBootstrapTraffic } from '../client-state';

/** The real app installed on a seeded Jira site on loopback; the endpoints run inside its invocations. */
export interface EndpointSite {
  platform: ForgePlatform;
  site: JiraSite;
  installation: Installation;
  /** Requests the site had answered when the installation was ready; tests count from there. */
  baseline: number;
}

export async function startEndpointSite(options: Pick<JiraSiteOptions, 'searchLagMs'> = {}): Promise<EndpointSite> {
  const platform = new ForgePlatform();
  const site = await JiraSite.start({ clock: platform.clock, issues: 300, seed: 5, ...options });
  return installOn({ platform, site });
}

/** A second installation on the same site: its own storage, so its app cache starts empty. */
export function freshInstallation(under: EndpointSite): Promise<EndpointSite> {
  return installOn(under);
}

async function installOn({ platform, site }: Pick<EndpointSite, 'platform' | 'site'>): Promise<EndpointSite> {
  const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
  // The bootstrap discovers the site's fields; let it finish, then start the client's state afresh.
  await platform.drain();
  await forgetBootstrapTraffic(platform, installation);
  return { platform, site, installation, baseline: site.requests.length };
}

/** Runs `work` with a Jira client in one invocation of the app; returns its value or throws its error. */
export async function inInvocation<T>(under: EndpointSite, work: (client: JiraClient) => Promise<T>, options: Omit<OpenClientOptions, 'ports'> = { priority: 'interactive' }): Promise<T> {
  const result = await under.platform.run(under.installation, () => withJiraClient(options, work));
  if (result.outcome === 'error') throw result.error;
  if (result.outcome !== 'success') throw new Error(`the invocation ended with ${result.outcome}`);
  return result.value as T;
}

/** The requests the site answered for one operation, e.g. `GET /rest/api/3/project/search`. */
export function requestsTo(under: EndpointSite, operation: string): RecordedRequest[] {
  return under.site.requests.slice(under.baseline).filter((request) => `${request.method} ${request.path}` === operation);
}

/** The seeded user who cannot browse OPS. */
export function restrictedUser(under: EndpointSite): User {
  const user = [...under.site.state.users.values()].find((candidate) => candidate.hiddenProjectIds.length > 0);
  if (user === undefined) throw new Error('the seeded site has a user with a hidden project');
  return user;
}

/** Waits inside an invocation: its own time line moves, so memory-cache entries age without test time passing. */
export function invocationSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the seeded site has no ${what}`);
  return value;
}
