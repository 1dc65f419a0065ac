import type { Clock } from '../clock';
import type { KvsContext } from './context';
import { EntityCatalog } from './entities';
import { KvsFailure } from './failure';
import { DEFAULT_KVS_LIMITS, type KvsLimits } from './limits';
import { Meter } from './metering';
import { RecordStore } from './record-store';
import { ROUTES, type Route } from './routes';
import type { EntityDeclaration, KvsResponse, KvsUsage } from './types';

/**
 * A fault a test injects: asked about every request before it runs; a failure it returns is the
 * answer (a 500 for a crash at a chosen point, a 429 for throttling), undefined lets it through.
 */
export type KvsFault = (path: string, body: unknown) => KvsFailure | undefined;

export interface KvsServiceOptions {
  clock: Clock;
  entities: readonly EntityDeclaration[];
  limits?: Partial<KvsLimits>;
}

/**
 * The Forge KVS and Custom Entity Store of ONE installation, answering the HTTP requests that
 * @forge/kvs sends through `__forge_fetch__`. Every outcome, refusals included, is a response.
 *
 * Response bodies share objects with the store: the platform serialises them straight away.
 */
export class KvsService {
  private readonly context: KvsContext;
  private readonly meter: Meter;
  private readonly faults = new Set<KvsFault>();

  /** Throws if a declaration could not be deployed (see EntityCatalog). */
  constructor(options: KvsServiceOptions) {
    const limits = { ...DEFAULT_KVS_LIMITS, ...options.limits };
    this.context = { clock: options.clock, limits, store: new RecordStore(options.clock), entities: new EntityCatalog(options.entities) };
    this.meter = new Meter(options.clock, limits);
  }

  /** `path` as @forge/kvs passes it (e.g. '/api/v1/get'); `body` is the parsed JSON body. */
  handle(path: string, body: unknown): KvsResponse {
    const route = ROUTES.get(path);
    if (route === undefined) return new KvsFailure(404, 'NOT_FOUND', `No KVS endpoint at ${path}`).toResponse();
    for (const fault of this.faults) {
      const failure = fault(path, body);
      if (failure !== undefined) return failure.toResponse();
    }
    return this.meter.run(route.access, body, () => this.execute(route, body));
  }

  /** Injects a fault until the returned function removes it. */
  addFault(fault: KvsFault): () => void {
    this.faults.add(fault);
    return () => this.faults.delete(fault);
  }

  /** Cumulative metering of this installation. */
  usage(): KvsUsage {
    return this.meter.usage();
  }

  /** Values held (KVS, secrets and entities), counting expired ones the platform has not yet purged. */
  keyCount(): number {
    return this.context.store.size();
  }

  private execute(route: Route, body: unknown): KvsResponse {
    try {
      const outcome = route.handle(this.context, body);
      return outcome instanceof KvsFailure ? outcome.toResponse() : outcome;
    } catch (error) {
      // An emulator bug must still reach the app as a platform error, never as a broken fetch.
      return new KvsFailure(500, 'INTERNAL_SERVER_ERROR', `KVS emulator fault: ${error instanceof Error ? error.stack ?? error.message : String(error)}`).toResponse();
    }
  }
}
