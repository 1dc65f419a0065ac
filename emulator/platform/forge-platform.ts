import { join } from 'node:path';
import { AsyncEventsService } from './async-events';
import { VirtualClock } from './clock';
import { seededRandom } from './delivery-policy';
import { installForgeGlobals } from './forge-globals';
import { Installation } from './installation';
import { InvocationLog } from './invocation-log';
import { Invoker, type AppHandlers, type InvocationResult } from './invoker';
import type { KvsLimits } from './kvs/limits';
import { loadManifest, type AppManifest } from './manifest';
import { ProductEventsService, type PublishOptions } from './product-events';
import { ResolverHost, type ResolverCall } from './resolvers';
import { SCHEDULED_LABEL_PREFIX, ScheduledTriggersService } from './scheduled-triggers';
import { installTimePatch } from './time-patch';
import { APP_VERSION } from './runtime-object';

export interface PlatformOptions {
  /** The app's root: manifest.yml and src/index.ts. Defaults to this repository. */
  appDir?: string;
  /** Loads the app's handlers after the globals exist, as the Forge runtime does. Defaults to src/index.ts. */
  loadHandlers?: () => AppHandlers;
  manifest?: AppManifest;
  seed?: number;
  startTime?: number;
}

export interface InstallOptions {
  cloudId?: string;
  siteUrl?: string;
  /** Where `requestJira` goes: the loopback base URL of a Jira site. */
  jiraBaseUrl?: string;
  installerAccountId?: string;
  /** Tighter KVS limits than Forge's, to exercise rate limiting without writing thousands of values. */
  kvsLimits?: Partial<KvsLimits>;
}

const REPOSITORY_ROOT = join(__dirname, '..', '..');

/**
 * The local Forge platform: one app, many installations, a virtual clock, and the real `@forge/*`
 * packages talking to it through the process globals. One platform per process, as the SDKs'
 * globals are process-wide (jest runs each test file in its own globals).
 */
export class ForgePlatform {
  readonly clock: VirtualClock;
  readonly log = new InvocationLog();
  readonly manifest: AppManifest;
  readonly asyncEvents: AsyncEventsService;
  readonly productEvents: ProductEventsService;
  readonly scheduled: ScheduledTriggersService;
  readonly resolvers: ResolverHost;
  private readonly invoker: Invoker;
  private readonly installations = new Map<string, Installation>();
  private installationCounter = 0;

  constructor(options: PlatformOptions = {}) {
    const appDir = options.appDir ?? REPOSITORY_ROOT;
    this.manifest = options.manifest ?? loadManifest(join(appDir, 'manifest.yml'));
    this.clock = new VirtualClock(options.startTime);
    const random = seededRandom(options.seed ?? 1);
    installTimePatch(this.clock);
    let handlers: AppHandlers | undefined;
    this.invoker = new Invoker(this.manifest, () => handlers ?? {}, this.clock, this.log);
    this.asyncEvents = new AsyncEventsService(this.manifest, this.clock, this.invoker, random);
    installForgeGlobals({ appId: this.manifest.appId, installation: (id) => this.installation(id), asyncEvents: this.asyncEvents });
    // The handlers load after the globals exist, as in the Forge runtime: @forge/api binds `fetch` at import.
    handlers = options.loadHandlers?.() ?? (require(join(appDir, 'src', 'index')) as AppHandlers);
    this.productEvents = new ProductEventsService(this.manifest, this.clock, this.invoker, random);
    this.scheduled = new ScheduledTriggersService(this.manifest, this.clock, this.invoker, random);
    this.resolvers = new ResolverHost(this.manifest, this.invoker);
  }

  installation(id: string): Installation {
    const installation = this.installations.get(id);
    if (installation === undefined) throw new Error(`Unknown installation ${id}`);
    return installation;
  }

  allInstallations(): readonly Installation[] {
    return [...this.installations.values()];
  }

  /** Installs the app on a site: storage, scheduled triggers, and the `installed` lifecycle event. */
  async install(options: InstallOptions = {}): Promise<Installation> {
    const n = ++this.installationCounter;
    const suffix = String(n).padStart(12, '0');
    const cloudId = options.cloudId ?? `c10d0000-0000-4000-8000-${suffix}`;
    const installation = new Installation(
      `1a570000-0000-4000-8000-${suffix}`,
      cloudId,
      options.siteUrl ?? `https://site-${n}.atlassian.net`,
      options.jiraBaseUrl,
      this.clock,
      this.manifest.entities,
      options.kvsLimits,
    );
    this.installations.set(installation.id, installation);
    this.scheduled.start(installation);
    this.productEvents.publish(
      installation,
      {
        id: installation.id,
        installerAccountId: options.installerAccountId ?? 'emulator-admin',
        app: { id: this.manifest.appId, version: APP_VERSION, name: 'SIAS for Jira' },
        environment: { id: 'development' },
      },
      { eventType: 'avi:forge:installed:app' },
    );
    await this.clock.runDue();
    return installation;
  }

  /** A major-version upgrade: the only kind that emits `avi:forge:upgraded:app`. */
  async upgrade(installation: Installation, version: string, upgraderAccountId = 'emulator-admin'): Promise<void> {
    this.productEvents.publish(installation, { id: installation.id, upgraderAccountId, app: { id: this.manifest.appId, version } }, { eventType: 'avi:forge:upgraded:app' });
    await this.clock.runDue();
  }

  publishProductEvent(installation: Installation, payload: Record<string, unknown>, options?: PublishOptions): void {
    this.productEvents.publish(installation, payload, options);
  }

  callResolver(call: ResolverCall): Promise<unknown> {
    return this.resolvers.call(call);
  }

  /** Runs code inside an invocation of `installation`, e.g. to read its storage through the real SDK. */
  run<T>(installation: Installation, work: () => Promise<T>, options: { accountId?: string; limitSeconds?: number } = {}): Promise<InvocationResult> {
    return this.invoker.execute(
      { installation, functionKey: 'script', moduleKey: 'script', moduleType: 'script', args: [], ...(options.accountId === undefined ? {} : { principalAccountId: options.accountId }) },
      work,
      (options.limitSeconds ?? 900) * 1000,
    );
  }

  advance(ms: number): Promise<void> {
    return this.clock.advance(ms);
  }

  runDue(): Promise<void> {
    return this.clock.runDue();
  }

  /** Delivers everything pending (queues, product events, retries), ignoring recurring scheduled runs. */
  drain(limitMs = 7 * 24 * 60 * 60_000): Promise<void> {
    return this.clock.drain((label) => !label.startsWith(SCHEDULED_LABEL_PREFIX), limitMs);
  }
}
