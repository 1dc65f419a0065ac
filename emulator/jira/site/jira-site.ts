import type { Clock } from '../../platform/clock';
import type { ForgePlatform } from '../../platform/forge-platform';
import { connectSiteToPlatform } from '../events/site-bridge';
import { FaultPlan } from '../faults/fault-plan';
import { SearchLag } from '../faults/search-lag';
import { jiraError } from '../http/jira-errors';
import { JiraHttpServer, type JiraRequest } from '../http/jira-server';
import type { Method } from '../http/route-table';
import { RateLimiter } from '../limits/rate-limiter';
import type { User } from '../model/entities';
import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import { agileRoutes } from '../routes/agile';
import { issueRoutes } from '../routes/issue';
import { metaRoutes } from '../routes/meta';
import { searchRoutes } from '../routes/search';
import { generateSite } from '../seed/generate-site';
import { appAccountIdOf } from './app-users';
import type { SiteContext } from './context';
import { SiteCredentials } from './credentials';
import { RequestGate, type EndpointTraffic, type RecordedRequest } from './request-gate';
import { routeTableOf } from './site-routes';

export interface JiraSiteOptions {
  /** The platform's virtual clock, so the site and the app agree on time. */
  clock: Clock;
  /** A prepared state; otherwise one is generated from `issues` and `seed`. */
  state?: JiraSiteState;
  issues?: number;
  seed?: number;
  cloudId?: string;
  /** The URL `self` links use; the server's own base URL by default. */
  siteUrl?: string;
  /** One limiter shared by every site of an app, since the Tier 1 points quota spans them all. */
  limiter?: RateLimiter;
  searchLagMs?: number;
  faultSeed?: number;
}

/**
 * A whole Jira Cloud site on loopback: the seeded state, every operation the app uses, rate limits,
 * faults and search lag, served over real HTTP to the Forge platform emulator, curl, or any client.
 */
export class JiraSite {
  readonly state: JiraSiteState;
  readonly cloudId: string;
  readonly limiter: RateLimiter;
  readonly faults: FaultPlan;
  readonly searchLag: SearchLag<Issue>;
  readonly credentials: SiteCredentials;
  /** Every operation the site serves, by method and OpenAPI path template. */
  readonly operations: ReadonlyArray<{ method: Method; template: string }>;
  private readonly gate: RequestGate;
  private readonly server: JiraHttpServer;
  private appDeniedUntil = Number.NEGATIVE_INFINITY;
  private requestNow: number | undefined;

  constructor(options: JiraSiteOptions) {
    // A request is answered at its caller's time: an invocation that waited 2 s of virtual time
    // finds the site 2 s older, though the global clock has not moved yet.
    const clock: Clock = { now: () => this.requestNow ?? options.clock.now() };
    const seed = options.seed ?? 1;
    this.state = options.state ?? generateSite({ issues: options.issues ?? 300, seed, now: clock.now() });
    this.cloudId = options.cloudId ?? `site-${seed}`;
    this.limiter = options.limiter ?? new RateLimiter(clock);
    this.faults = new FaultPlan(options.faultSeed ?? seed);
    this.searchLag = new SearchLag<Issue>(options.searchLagMs ?? 0);
    this.credentials = new SiteCredentials(this.state, `${this.cloudId}:${seed}`);
    const site = this;
    const context: SiteContext = {
      state: this.state,
      now: () => clock.now(),
      // Links point back at the running server unless told otherwise, so a client can follow them.
      get siteUrl() {
        return options.siteUrl ?? site.baseUrl;
      },
      searchLag: this.searchLag,
      appAccountId: (appId) => appAccountIdOf(this.state, appId),
    };
    // Search trails every write by the lag, whoever wrote: the app, a user, or the activity generator.
    this.state.onChange((change) => {
      if ('issueId' in change && this.searchLag.lagMs > 0) this.searchLag.recordWrite(change.issueId, change.at, change.before, change.after);
    });
    const siteRoutes = [...metaRoutes(context), ...searchRoutes(context), ...issueRoutes(context), ...agileRoutes(context)];
    this.operations = siteRoutes.map(({ method, template }) => ({ method, template }));
    const routes = routeTableOf(context, siteRoutes);
    this.gate = new RequestGate({ clock, state: this.state, limiter: this.limiter, faults: this.faults, tenantId: this.cloudId });
    const gate = this.gate;
    this.server = new JiraHttpServer(routes, this.credentials, {
      before: (request) => {
        this.requestNow = Math.max(options.clock.now(), request.callerNow ?? 0);
        return this.refuseAppDuringInstall(request, clock.now()) ?? gate.before(request);
      },
      after: (request, reply) => {
        const answered = gate.after(request, reply);
        this.requestNow = undefined;
        return answered;
      },
      latency: (request) => gate.latency(request),
    });
  }

  static async start(options: JiraSiteOptions & { port?: number }): Promise<JiraSite> {
    const site = new JiraSite(options);
    await site.server.start(options.port ?? 0);
    return site;
  }

  get baseUrl(): string {
    return this.server.baseUrl;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /** Every answered request in order: method, operation template, caller, status. */
  get requests(): readonly RecordedRequest[] {
    return this.gate.requests;
  }

  /** Requests, points, 429s, 5xx and resets per endpoint. */
  traffic(): Record<string, EndpointTraffic> {
    return this.gate.snapshot();
  }

  /** The first site admin: the account whose API token `npm run jira-site` prints. */
  admin(): User {
    const admin = [...this.state.users.values()].find((user) => user.siteAdmin && user.active);
    if (admin === undefined) throw new Error('The site has no admin');
    return admin;
  }

  apiTokenFor(accountId: string): string {
    return this.credentials.tokenFor(accountId);
  }

  /**
   * Delivers the site's changes as product events to every installation of `platform` on this site,
   * with the app's own writes marked self-generated. Returns the disconnect.
   */
  deliverEventsTo(platform: ForgePlatform): () => void {
    return connectSiteToPlatform({
      state: this.state,
      platform,
      installations: () => platform.allInstallations().filter((installation) => installation.jiraBaseUrl === this.baseUrl),
      appAccountIds: () => new Set([...this.state.users.values()].filter((user) => user.accountType === 'app').map((user) => user.accountId)),
    });
  }

  /**
   * Plays the install-time race: right after install, Jira may not yet know the app's grants and
   * answers its calls 401 until `until` (virtual time).
   */
  refuseAppUntil(until: number): void {
    this.appDeniedUntil = until;
  }

  private refuseAppDuringInstall(request: JiraRequest, now: number): ReturnType<RequestGate['before']> {
    if (request.principal.kind !== 'app' || now >= this.appDeniedUntil) return undefined;
    return jiraError(401, ['Client must be authenticated to access this resource.']);
  }
}
