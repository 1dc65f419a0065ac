import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Clock } from './clock';
import type { Installation } from './installation';
import { invocationScope, type InvocationScope } from './invocation-scope';
import { DEFAULT_MEMORY_MB, type InvocationLog, type InvocationOutcome, type ModuleType } from './invocation-log';
import { LocalTimeline } from './local-timeline';
import type { AppManifest } from './manifest';
import { buildRuntime } from './runtime-object';

export type InvocationResult =
  | { outcome: 'success'; value: unknown; endedAt: number }
  | { outcome: 'error'; error: unknown; endedAt: number }
  | { outcome: 'timeout'; endedAt: number };

export interface InvocationRequest {
  installation: Installation;
  functionKey: string;
  moduleKey: string;
  moduleType: ModuleType;
  args: readonly unknown[];
  principalAccountId?: string;
  /** Limit override for modules whose limit is not the function's own (the lowest wins when shared). */
  limitSeconds?: number;
  /** Depth of the async-event chain this invocation belongs to (the platform caps cyclic pushes). */
  pushDepth?: number;
}

export type AppHandlers = Readonly<Record<string, unknown>>;

/**
 * Runs one exported handler as the platform does: with its own runtime context, its own time
 * line, the function's time limit, and a record in the invocation log.
 */
export class Invoker {
  constructor(
    private readonly manifest: AppManifest,
    private readonly handlers: () => AppHandlers,
    private readonly clock: Clock,
    private readonly log: InvocationLog,
  ) {}

  async invoke(request: InvocationRequest): Promise<InvocationResult> {
    const fn = this.manifest.functions.get(request.functionKey);
    if (fn === undefined) throw new Error(`No function "${request.functionKey}" in manifest.yml`);
    const handler = this.handlers()[fn.exportName];
    if (typeof handler !== 'function') throw new Error(`src/index.ts does not export a function "${fn.exportName}"`);
    const limitMs = Math.min(fn.limitSeconds, request.limitSeconds ?? fn.limitSeconds) * 1000;
    return this.execute(request, handler as (...args: unknown[]) => unknown, limitMs);
  }

  /** Runs any function in an invocation's context: how tests and tools use the real SDKs as the app would. */
  async execute(request: InvocationRequest, handler: (...args: unknown[]) => unknown, limitMs: number): Promise<InvocationResult> {
    const startedAt = this.clock.now();
    let timedOut!: () => void;
    const timeout = new Promise<'timeout'>((resolve) => (timedOut = () => resolve('timeout')));
    const timeline = new LocalTimeline(startedAt, startedAt + limitMs, () => timedOut());
    const invocationId = randomUUID();
    const scope: InvocationScope = {
      invocationId,
      installationId: request.installation.id,
      functionKey: request.functionKey,
      moduleKey: request.moduleKey,
      principalAccountId: request.principalAccountId,
      timeline,
      pushDepth: request.pushDepth ?? 0,
      ended: false,
      runtime: buildRuntime({
        manifest: this.manifest,
        installation: request.installation,
        invocationId,
        moduleKey: request.moduleKey,
        functionKey: request.functionKey,
        principalAccountId: request.principalAccountId,
        remainingMs: () => timeline.remaining(),
      }),
    };

    const realStart = performance.now();
    const run = invocationScope.run(scope, async () => {
      timeline.kick();
      return handler(...request.args);
    });
    let result: InvocationResult;
    try {
      const settled = await Promise.race([run.then((value) => ({ value })), timeout]);
      result = settled === 'timeout' ? { outcome: 'timeout', endedAt: timeline.now() } : { outcome: 'success', value: settled.value, endedAt: timeline.now() };
    } catch (error) {
      result = { outcome: 'error', error, endedAt: timeline.now() };
    }
    scope.ended = true;
    timeline.close();
    run.catch(() => undefined);
    const realMs = performance.now() - realStart;
    const virtualMs = timeline.elapsed();
    this.log.add({
      invocationId,
      functionKey: request.functionKey,
      moduleKey: request.moduleKey,
      moduleType: request.moduleType,
      installationId: request.installation.id,
      startedAt,
      virtualMs,
      realMs,
      durationMs: Math.min(limitMs, virtualMs + realMs),
      limitMs,
      memoryMb: DEFAULT_MEMORY_MB,
      outcome: outcomeOf(result),
      ...(result.outcome === 'error' ? { errorMessage: errorMessage(result.error) } : {}),
    });
    return result;
  }
}

function outcomeOf(result: InvocationResult): InvocationOutcome {
  if (result.outcome !== 'success') return result.outcome;
  return isRetryRequest(result.value) ? 'retry-requested' : 'success';
}

/** `InvocationError` is a plain object at runtime, so the platform recognises it by shape. */
export function isRetryRequest(value: unknown): value is { _retry: true; retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown } } {
  return typeof value === 'object' && value !== null && (value as { _retry?: unknown })._retry === true;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
