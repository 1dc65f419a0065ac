import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { VirtualClock } from './clock';
import { drawLatency, RELIABLE, type DeliveryPolicy } from './delivery-policy';
import type { Installation } from './installation';
import type { InvocationScope } from './invocation-scope';
import { isRetryRequest, type Invoker } from './invoker';
import type { AppManifest } from './manifest';

/** Limits of async events per installation (PLATFORM-FACTS §2.2). */
export const ASYNC_EVENT_LIMITS = {
  eventsPerPush: 50,
  pushBytes: 200 * 1024,
  /** Consumers allowed more than 55 s get at most 100 KB per event. */
  longConsumerEventBytes: 100 * 1024,
  maxDelaySeconds: 900,
  eventsPerMinute: 500,
  maxRetryAfterSeconds: 900,
  retentionMs: 24 * 60 * 60 * 1000,
  cyclicPushDepth: 1000,
} as const;

const publishSchema = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(
    z.object({
      body: z.record(z.string(), z.unknown()),
      delayInSeconds: z.number().optional(),
      concurrency: z.object({ key: z.string(), limit: z.number().int().positive() }).optional(),
    }),
  ),
});
const jobRefSchema = z.object({ queueName: z.string(), jobId: z.string() });

type PushedEvent = z.infer<typeof publishSchema>['payload'][number];

interface Delivery {
  eventId: string;
  jobId: string;
  queueName: string;
  event: PushedEvent;
  installation: Installation;
  firstEnqueuedAt: number;
  retryCount: number;
  retryReason?: string;
  retryData?: unknown;
  depth: number;
  taskId?: number;
}

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

export interface QueueResponse {
  status: number;
  body?: unknown;
}

export interface AsyncEventCounters {
  pushed: number;
  delivered: number;
  duplicatesInjected: number;
  retriesRequested: number;
  platformRetries: number;
  expired: number;
  rejectedPushes: number;
}

/**
 * The async-events queue: push with the platform's limits, delivery to the manifest's consumer as
 * an `AsyncEvent`, at least once and in no guaranteed order, retries on request or on failure
 * until the retention window closes, job stats and cancel.
 */
export class AsyncEventsService {
  private readonly jobs = new Map<string, JobStats>();
  private readonly pending = new Map<string, Delivery[]>();
  private readonly running = new Map<string, number>();
  readonly counters: AsyncEventCounters = { pushed: 0, delivered: 0, duplicatesInjected: 0, retriesRequested: 0, platformRetries: 0, expired: 0, rejectedPushes: 0 };
  policy: DeliveryPolicy = RELIABLE;

  constructor(
    private readonly manifest: AppManifest,
    private readonly clock: VirtualClock,
    private readonly invoker: Invoker,
    private readonly random: () => number,
  ) {}

  handle(installation: Installation, scope: InvocationScope, path: string, body: unknown): QueueResponse {
    if (path.startsWith('/webhook/queue/publish/')) return this.publish(installation, scope, body);
    if (path.startsWith('/webhook/queue/stats/')) return this.stats(installation, body);
    if (path.startsWith('/webhook/queue/cancel/')) return this.cancel(installation, body);
    return { status: 404, body: { message: `Unknown queue endpoint ${path}`, code: 'NOT_FOUND' } };
  }

  jobStats(installation: Installation, jobId: string): JobStats | undefined {
    return this.jobs.get(jobKey(installation, jobId));
  }

  /** Events pushed but not finished yet, for queue-depth checks in tests. */
  inFlight(installation?: Installation): number {
    let total = 0;
    for (const [key, stats] of this.jobs) if (installation === undefined || key.startsWith(`${installation.id}/`)) total += stats.inProgress;
    return total;
  }

  private publish(installation: Installation, scope: InvocationScope, body: unknown): QueueResponse {
    const parsed = publishSchema.safeParse(body);
    if (!parsed.success) return this.reject(400, 'Invalid push request', 'VALIDATION_ERROR');
    const { queueName, jobId, payload } = parsed.data;
    const consumer = this.manifest.consumers.find((c) => c.queue === queueName);
    if (consumer === undefined) return this.reject(400, `No consumer is declared for queue ${queueName}`, 'QUEUE_NOT_FOUND');
    if (payload.length === 0 || payload.length > ASYNC_EVENT_LIMITS.eventsPerPush) return this.reject(400, 'A push carries 1 to 50 events', 'VALIDATION_ERROR');
    if (Buffer.byteLength(JSON.stringify(payload)) > ASYNC_EVENT_LIMITS.pushBytes) return this.reject(413, 'The maximum payload size is 200KB.', 'PAYLOAD_TOO_LARGE');
    const fn = this.manifest.functions.get(consumer.function);
    if (fn !== undefined && fn.limitSeconds > 55 && payload.some((e) => Buffer.byteLength(JSON.stringify(e)) > ASYNC_EVENT_LIMITS.longConsumerEventBytes)) {
      return this.reject(413, 'Events for consumers with timeoutSeconds over 55 are limited to 100KB.', 'PAYLOAD_TOO_LARGE');
    }
    if (payload.some((e) => (e.delayInSeconds ?? 0) < 0 || (e.delayInSeconds ?? 0) > ASYNC_EVENT_LIMITS.maxDelaySeconds)) {
      return this.reject(400, 'The delayInSeconds setting must be between 0 and 900.', 'VALIDATION_ERROR');
    }
    if (scope.pushDepth + 1 > ASYNC_EVENT_LIMITS.cyclicPushDepth) return this.reject(405, 'The limit on cyclic invocation has been reached.', 'CYCLIC_LIMIT');
    const now = scope.timeline.now();
    const window = installation.pushWindow;
    if (now - window.minuteStart >= 60_000) {
      window.minuteStart = now - (now % 60_000);
      window.events = 0;
    }
    if (window.events + payload.length > ASYNC_EVENT_LIMITS.eventsPerMinute) return this.reject(429, 'Too many requests.', 'RATE_LIMITED');
    window.events += payload.length;

    const stats = this.statsFor(installation, jobId);
    for (const event of payload) {
      const delivery: Delivery = { eventId: randomUUID(), jobId, queueName, event, installation, firstEnqueuedAt: now, retryCount: 0, depth: scope.pushDepth + 1 };
      stats.inProgress++;
      this.counters.pushed++;
      this.schedule(delivery, now + (event.delayInSeconds ?? 0) * 1000 + drawLatency(this.policy, this.random));
      if (this.random() < this.policy.duplicateRate) {
        this.counters.duplicatesInjected++;
        stats.inProgress++;
        this.schedule({ ...delivery }, now + (event.delayInSeconds ?? 0) * 1000 + drawLatency(this.policy, this.random));
      }
    }
    return { status: 201 };
  }

  private reject(status: number, message: string, code: string): QueueResponse {
    this.counters.rejectedPushes++;
    return { status, body: { errorMessage: message, message, code } };
  }

  private stats(installation: Installation, body: unknown): QueueResponse {
    const parsed = jobRefSchema.safeParse(body);
    const stats = parsed.success ? this.jobs.get(jobKey(installation, parsed.data.jobId)) : undefined;
    if (stats === undefined) return { status: 404, body: { message: 'Job not found', code: 'NOT_FOUND' } };
    return { status: 200, body: { ...stats } };
  }

  private cancel(installation: Installation, body: unknown): QueueResponse {
    const parsed = jobRefSchema.safeParse(body);
    if (!parsed.success) return { status: 400, body: { message: 'Invalid cancel request', code: 'VALIDATION_ERROR' } };
    const key = jobKey(installation, parsed.data.jobId);
    const stats = this.jobs.get(key);
    if (stats === undefined) return { status: 404, body: { message: 'Job not found', code: 'NOT_FOUND' } };
    // Events not started yet (pending retries included) are dropped; running ones finish.
    for (const delivery of this.pending.get(key) ?? []) {
      if (delivery.taskId !== undefined) this.clock.cancel(delivery.taskId);
      stats.inProgress--;
      stats.failed++;
    }
    this.pending.set(key, []);
    return { status: 204 };
  }

  private statsFor(installation: Installation, jobId: string): JobStats {
    const key = jobKey(installation, jobId);
    let stats = this.jobs.get(key);
    if (stats === undefined) {
      stats = { success: 0, inProgress: 0, failed: 0 };
      this.jobs.set(key, stats);
    }
    return stats;
  }

  private schedule(delivery: Delivery, at: number): void {
    const key = jobKey(delivery.installation, delivery.jobId);
    const list = this.pending.get(key) ?? [];
    this.pending.set(key, list);
    const entry = { ...delivery };
    entry.taskId = this.clock.schedule(at, `async-event:${delivery.queueName}`, () => {
      this.pending.set(key, (this.pending.get(key) ?? []).filter((d) => d !== entry));
      return this.deliver(entry);
    });
    list.push(entry);
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const { installation, event } = delivery;
    const consumer = this.manifest.consumers.find((c) => c.queue === delivery.queueName);
    if (consumer === undefined) return;
    const concurrencyKey = event.concurrency === undefined ? undefined : `${installation.id}/${event.concurrency.key}`;
    if (concurrencyKey !== undefined && event.concurrency !== undefined && (this.running.get(concurrencyKey) ?? 0) >= event.concurrency.limit) {
      // Throttled by its concurrency key: the platform retries later, spending retention time.
      this.schedule(delivery, this.clock.now() + 1000);
      return;
    }
    if (concurrencyKey !== undefined) this.running.set(concurrencyKey, (this.running.get(concurrencyKey) ?? 0) + 1);
    const asyncEvent = {
      body: event.body,
      queueName: delivery.queueName,
      jobId: delivery.jobId,
      eventId: delivery.eventId,
      ...(event.delayInSeconds === undefined ? {} : { delayInSeconds: event.delayInSeconds }),
      ...(event.concurrency === undefined ? {} : { concurrency: event.concurrency }),
      ...(delivery.retryCount === 0
        ? {}
        : {
            retryContext: {
              retryCount: delivery.retryCount,
              retryReason: delivery.retryReason,
              retryData: delivery.retryData,
              retentionWindow: { startTime: delivery.firstEnqueuedAt, remainingTimeMs: this.retentionLeft(delivery) },
            },
          }),
    };
    this.counters.delivered++;
    const result = await this.invoker.invoke({
      installation,
      functionKey: consumer.function,
      moduleKey: consumer.key,
      moduleType: 'consumer',
      args: [asyncEvent, { installContext: installation.installContext, license: installation.license, installation: { id: installation.id } }],
      pushDepth: delivery.depth,
    });
    if (concurrencyKey !== undefined) this.running.set(concurrencyKey, (this.running.get(concurrencyKey) ?? 1) - 1);
    const stats = this.statsFor(installation, delivery.jobId);

    if (result.outcome === 'success' && !isRetryRequest(result.value)) {
      stats.inProgress--;
      stats.success++;
      return;
    }
    let retryAfterMs: number;
    let reason: string;
    let data: unknown;
    if (result.outcome === 'success' && isRetryRequest(result.value)) {
      this.counters.retriesRequested++;
      const options = result.value.retryOptions ?? {};
      retryAfterMs = Math.min(ASYNC_EVENT_LIMITS.maxRetryAfterSeconds, Math.max(1, options.retryAfter ?? 1)) * 1000;
      reason = options.retryReason ?? 'FUNCTION_RETRY_REQUEST';
      data = options.retryData;
    } else {
      // A thrown error or a time-out: the platform backs off exponentially, up to about 15 minutes.
      this.counters.platformRetries++;
      retryAfterMs = Math.min(900_000, 1000 * 2 ** delivery.retryCount);
      reason = result.outcome === 'timeout' ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR';
      data = delivery.retryData;
    }
    const next = { ...delivery, retryCount: delivery.retryCount + 1, retryReason: reason, retryData: data };
    const at = result.endedAt + retryAfterMs;
    if (at - delivery.firstEnqueuedAt > ASYNC_EVENT_LIMITS.retentionMs) {
      this.counters.expired++;
      stats.inProgress--;
      stats.failed++;
      return;
    }
    this.schedule(next, at);
  }

  private retentionLeft(delivery: Delivery): number {
    return Math.max(0, delivery.firstEnqueuedAt + ASYNC_EVENT_LIMITS.retentionMs - this.clock.now());
  }
}

function jobKey(installation: Installation, jobId: string): string {
  return `${installation.id}/${jobId}`;
}
