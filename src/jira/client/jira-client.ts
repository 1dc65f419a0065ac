import type { z } from 'zod';
import type { Route } from '../../platform/jira-transport';
import type { JiraSettings } from '../../settings/jira-settings';
import { KEYS } from '../../storage/keys';
import {
  JiraApiError,
  JiraAuthenticationError,
  JiraBudgetDeferredError,
  JiraCircuitOpenError,
  JiraIntegrationError,
  JiraNetworkError,
  JiraNotFoundError,
  JiraPermissionError,
  JiraRateLimitedError,
  JiraResponseInvalidError,
  JiraUnavailableError,
} from '../errors';
import { JIRA_OPERATIONS, type JiraOperation, type JiraOperationName } from '../operations';
import { cachedValueSchema } from './cached-value';
import { appCacheTtlSeconds, MAX_CACHED_BYTES, MEMORY_CACHE_TTL_SECONDS, type AppCacheKind, type MemoryCacheKind } from './cache-policy';
import { admit as admitToBreaker, afterFailure, afterSuccess } from './circuit-breaker';
import { countError, emptyMetrics, hasCounts, type ClientMetrics } from './client-metrics';
import { PersistedClientState } from './persisted-state';
import { admit as admitToBudget, pointsOf, type Priority } from './points-budget';
import type { ClientPorts, IncomingAnswer, JiraActor } from './ports';
import { AUTHENTICATION_RETRY_MS, backoffMs, fitsInline, verdictOf, type AnswerVerdict } from './response-policy';

/** One Jira call, as an endpoint function describes it. */
export interface JiraCall<S extends z.ZodType> {
  operation: JiraOperationName;
  path: Route;
  body?: unknown;
  /** The answer's shape; unknown fields pass through. */
  schema: S;
  /** The objects the answer holds, for the points it cost: core (issues, projects…) and identity (users…). */
  objects?: (answer: z.infer<S>) => { core: number; identity?: number };
  /** Read-through caching under this key. */
  cache?: { kind: AppCacheKind | MemoryCacheKind; key: string };
  /** Cache entries this call makes stale (a write); `prefix` drops every memory entry whose key starts so. */
  invalidates?: Array<{ kind: AppCacheKind; key: string } | { kind: MemoryCacheKind; key: string; prefix?: boolean }>;
  /** What the cost of this call is likely to be, for the budget to decide before spending. */
  estimate?: number;
}

export interface ClientOptions {
  actor: JiraActor;
  /** Background work yields to people: it is deferred when the installation's share is spent. */
  priority: Priority;
  settings: JiraSettings;
}

/** Where a call stands between attempts. */
interface Progress {
  transientFailures: number;
  authenticationRetried: boolean;
  rateLimitWaits: number;
}

type AttemptResult = { done: true; answer: IncomingAnswer } | { done: false; waitMs: number; reason: 'transient' | 'authentication' | 'rate-limit' };

const MAX_RATE_LIMIT_WAITS = 3;
const MEMORY_KINDS: ReadonlySet<string> = new Set<MemoryCacheKind>(['issues', 'sprints']);

/**
 * The Jira client of one invocation: the error table, the breaker, the quota pause, the points
 * budget and both caches around each call. State that other invocations need lives in KVS; the
 * memory cache and the unflushed counts live here, and an instance is never shared between
 * invocations, so no tenant's data outlives its invocation.
 */
export class JiraClient {
  readonly metrics: ClientMetrics = emptyMetrics();
  private readonly persisted: PersistedClientState;
  private readonly memory = new Map<string, { value: unknown; expiresAt: number }>();
  private pendingPoints = 0;
  private appNearLimit = false;
  private sequence = 0;
  private readonly idPrefix: string;

  constructor(
    private readonly ports: ClientPorts,
    private readonly options: ClientOptions,
  ) {
    this.persisted = new PersistedClientState(ports);
    this.idPrefix = ports.newId();
  }

  async call<S extends z.ZodType>(call: JiraCall<S>): Promise<z.infer<S>> {
    const cached = await this.fromCache(call);
    if (cached !== undefined) return cached as z.infer<S>;
    const requestId = `${this.idPrefix}-${++this.sequence}`;
    try {
      await this.checkGates(call);
      const answer = await this.send(call, requestId);
      const parsed = call.schema.safeParse(answer.body);
      if (!parsed.success) throw new JiraResponseInvalidError(call.operation, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; '));
      this.charge(call, answer, parsed.data as z.infer<S>);
      await this.invalidate(call);
      await this.toCache(call, parsed.data);
      return parsed.data as z.infer<S>;
    } catch (error) {
      if (error instanceof JiraIntegrationError) {
        countError(this.metrics, error.code, call.operation);
        this.ports.log({ level: 'warn', message: error.message, requestId, operation: call.operation, code: error.code });
      }
      throw error;
    }
  }

  /** Drops a cached answer that is known to be stale, e.g. the field list after a field event. */
  async forget(kind: AppCacheKind | MemoryCacheKind, key: string): Promise<void> {
    await this.invalidate({ invalidates: [MEMORY_KINDS.has(kind) ? { kind: kind as MemoryCacheKind, key } : { kind: kind as AppCacheKind, key }] });
  }

  /** Writes what this invocation spent and counted; call once at the end of the invocation's Jira work. */
  async flush(): Promise<void> {
    const now = this.ports.now();
    if (this.pendingPoints > 0 || this.appNearLimit) await this.persisted.addSpending(this.pendingPoints, this.appNearLimit, now);
    this.pendingPoints = 0;
    this.appNearLimit = false;
    if (hasCounts(this.metrics)) await this.persisted.addMetrics(this.metrics);
    Object.assign(this.metrics, emptyMetrics());
  }

  private async checkGates(call: JiraCall<z.ZodType>): Promise<void> {
    const now = this.ports.now();
    const pause = await this.persisted.activePause(now);
    if (pause !== undefined) {
      this.metrics.rateLimited += 1;
      throw new JiraRateLimitedError(call.operation, Math.ceil((pause.until - now) / 1000), pause.reason);
    }
    const breaker = admitToBreaker(await this.persisted.breakerState(), now);
    if (!breaker.allowed) throw new JiraCircuitOpenError(call.operation, Math.ceil(breaker.retryAfterMs / 1000));
    await this.persisted.saveBreaker(breaker.state);
    const { settings, priority } = this.options;
    const budget = admitToBudget(await this.persisted.budgetState(now), priority, call.estimate ?? 1, { quotaPerHour: settings.pointsQuotaPerHour, sharePercent: settings.pointsSharePercent }, now);
    if (!budget.allowed) {
      this.metrics.deferrals += 1;
      throw new JiraBudgetDeferredError(call.operation, Math.ceil(budget.retryAfterMs / 1000));
    }
  }

  /** Sends until the error table says stop: at most one 401 retry, `maxRetries` for 5xx and network failures. */
  private async send(call: JiraCall<z.ZodType>, requestId: string): Promise<IncomingAnswer> {
    const progress: Progress = { transientFailures: 0, authenticationRetried: false, rateLimitWaits: 0 };
    for (;;) {
      const outcome = await this.attempt(call, requestId, progress);
      if (outcome.done) return outcome.answer;
      this.ports.log({ level: 'info', message: `waiting before retrying (${outcome.reason})`, requestId, operation: call.operation, waitMs: outcome.waitMs });
      await this.ports.sleep(outcome.waitMs);
      if (outcome.reason === 'transient') progress.transientFailures += 1;
      if (outcome.reason === 'authentication') progress.authenticationRetried = true;
      if (outcome.reason === 'rate-limit') progress.rateLimitWaits += 1;
    }
  }

  private async attempt(call: JiraCall<z.ZodType>, requestId: string, progress: Readonly<Progress>): Promise<AttemptResult> {
    const { settings } = this.options;
    let answer: IncomingAnswer | undefined;
    let failure: unknown;
    this.metrics.requests += 1;
    try {
      answer = await this.withTimeout(this.ports.send({ actor: this.options.actor, method: JIRA_OPERATIONS[call.operation].method, path: call.path, body: call.body, requestId }), settings.timeoutMs);
    } catch (error) {
      if (this.ports.isConsentRequired(error)) throw error;
      failure = error;
    }
    const now = this.ports.now();
    const verdict: AnswerVerdict = answer === undefined ? { kind: 'transient' } : verdictOf(answer, now);
    if (answer !== undefined && verdict.kind !== 'rate-limited') this.noteHeaders(answer);
    switch (verdict.kind) {
      case 'success':
        await this.persisted.saveBreaker(afterSuccess(await this.persisted.breakerState()));
        return { done: true, answer: answer as IncomingAnswer };
      case 'authentication':
        if (!progress.authenticationRetried && fitsInline(AUTHENTICATION_RETRY_MS, this.ports.remainingMs())) return { done: false, waitMs: AUTHENTICATION_RETRY_MS, reason: 'authentication' };
        throw new JiraAuthenticationError(call.operation);
      case 'permission':
        throw new JiraPermissionError(call.operation, answer?.body);
      case 'not-found':
        throw new JiraNotFoundError(call.operation, answer?.body);
      case 'client-error':
        throw new JiraApiError(call.operation, answer?.status ?? 0, answer?.body);
      case 'rate-limited':
        return this.onRateLimited(call, verdict, progress.rateLimitWaits, answer?.body);
      case 'transient': {
        const before = await this.persisted.breakerState();
        const breaker = afterFailure(before, now);
        if (breaker.trips > before.trips) this.metrics.breakerTrips += 1;
        await this.persisted.saveBreaker(breaker);
        const waitMs = backoffMs(progress.transientFailures, this.ports.random);
        if (breaker.state === 'closed' && progress.transientFailures < settings.maxRetries && fitsInline(waitMs, this.ports.remainingMs())) return { done: false, waitMs, reason: 'transient' };
        if (answer === undefined) throw new JiraNetworkError(call.operation, failure);
        throw new JiraUnavailableError(call.operation, answer.status, answer.body);
      }
    }
  }

  private async onRateLimited(
    call: JiraCall<z.ZodType>,
    verdict: Extract<AnswerVerdict, { kind: 'rate-limited' }>,
    waits: number,
    body: unknown,
  ): Promise<AttemptResult> {
    this.metrics.rateLimited += 1;
    if (verdict.quotaUntil !== undefined) {
      await this.persisted.savePause({ until: verdict.quotaUntil, reason: verdict.reason });
      throw new JiraRateLimitedError(call.operation, Math.ceil((verdict.quotaUntil - this.ports.now()) / 1000), verdict.reason, body);
    }
    if (waits < MAX_RATE_LIMIT_WAITS && fitsInline(verdict.retryAfterMs, this.ports.remainingMs())) {
      this.metrics.rateLimitWaits += 1;
      return { done: false, waitMs: verdict.retryAfterMs, reason: 'rate-limit' };
    }
    throw new JiraRateLimitedError(call.operation, Math.ceil(verdict.retryAfterMs / 1000), verdict.reason, body);
  }

  /** The timeout also stops short of the invocation's end, so a late answer cannot take the invocation down. */
  private withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
    const limit = Math.max(1, Math.min(timeoutMs, this.ports.remainingMs() - 2_000));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${limit} ms`)), limit);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  /** Jira's headers say how close the whole app is to its quota; every answer but a 429 costs points. */
  private noteHeaders(answer: IncomingAnswer): void {
    if (answer.header('X-RateLimit-NearLimit') === 'true') this.appNearLimit = true;
  }

  private charge(call: JiraCall<z.ZodType>, answer: IncomingAnswer, parsed: unknown): void {
    const operation: JiraOperation = JIRA_OPERATIONS[call.operation];
    const objects = call.objects?.(parsed) ?? { core: answer.body === undefined ? 0 : 1 };
    const points = pointsOf(operation.method, { core: objects.core, identity: objects.identity ?? 0 }, operation.chargedAsRead === true);
    this.pendingPoints += points;
    this.metrics.pointsSpent += points;
    this.persisted.noteSpending(points, this.appNearLimit, this.ports.now());
  }

  private async fromCache(call: JiraCall<z.ZodType>): Promise<unknown> {
    if (call.cache === undefined) return undefined;
    const { kind, key } = call.cache;
    const now = this.ports.now();
    if (MEMORY_KINDS.has(kind)) {
      const entry = this.memory.get(`${kind}:${key}`);
      if (entry !== undefined && entry.expiresAt > now) return this.hit(entry.value);
    } else if (this.appCacheScope() !== undefined && appCacheTtlSeconds(kind as AppCacheKind, this.options.settings.cacheTtlSeconds) > 0) {
      const entry = await this.ports.read(this.appCacheKey(kind, key), cachedValueSchema);
      // KVS may keep an expired entry readable for a while, so the entry's own expiry decides.
      if (entry !== undefined && entry.expiresAt > now) {
        const parsed = call.schema.safeParse(entry.value);
        if (parsed.success) return this.hit(parsed.data);
      }
    }
    this.metrics.cacheMisses += 1;
    return undefined;
  }

  private hit(value: unknown): unknown {
    this.metrics.cacheHits += 1;
    return value;
  }

  private async toCache(call: JiraCall<z.ZodType>, value: unknown): Promise<void> {
    if (call.cache === undefined) return;
    const { kind, key } = call.cache;
    const now = this.ports.now();
    if (MEMORY_KINDS.has(kind)) {
      this.memory.set(`${kind}:${key}`, { value, expiresAt: now + MEMORY_CACHE_TTL_SECONDS[kind as MemoryCacheKind] * 1000 });
      return;
    }
    const ttlSeconds = appCacheTtlSeconds(kind as AppCacheKind, this.options.settings.cacheTtlSeconds);
    if (this.appCacheScope() === undefined || ttlSeconds === 0 || JSON.stringify(value).length > MAX_CACHED_BYTES) return;
    await this.ports.write(this.appCacheKey(kind, key), cachedValueSchema, { expiresAt: now + ttlSeconds * 1000, value }, ttlSeconds);
  }

  private async invalidate(call: Pick<JiraCall<z.ZodType>, 'invalidates'>): Promise<void> {
    for (const entry of call.invalidates ?? []) {
      if ('prefix' in entry && entry.prefix === true) {
        for (const cached of [...this.memory.keys()]) if (cached.startsWith(`${entry.kind}:${entry.key}`)) this.memory.delete(cached);
      } else if (MEMORY_KINDS.has(entry.kind)) {
        this.memory.delete(`${entry.kind}:${entry.key}`);
      } else if (this.appCacheScope() !== undefined) {
        await this.ports.remove(this.appCacheKey(entry.kind, entry.key));
      }
    }
  }

  /**
   * Jira answers each caller with what that caller may see, so the app cache is kept per actor: the
   * app's entries are never served to a user. A call as "the invoking user" has no account to key
   * by and skips the app cache.
   */
  private appCacheScope(): string | undefined {
    const { actor } = this.options;
    if (actor.as === 'app') return 'app';
    return 'accountId' in actor ? `user:${actor.accountId}` : undefined;
  }

  private appCacheKey(kind: string, key: string): string {
    return KEYS.jiraCache(kind, `${this.appCacheScope() ?? ''}|${key}`);
  }
}
