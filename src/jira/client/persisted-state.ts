import { z } from 'zod';
import { KEYS } from '../../storage/keys';
import { breakerStateSchema, CLOSED, type BreakerState } from './circuit-breaker';
import { clientMetricsSchema, mergeMetrics, type ClientMetrics } from './client-metrics';
import { budgetStateSchema, current, type BudgetState } from './points-budget';
import type { ClientPorts } from './ports';

/** A quota 429 pauses every call of the installation until Jira's reset. */
export const pauseSchema = z.object({ until: z.number(), reason: z.string() });

export type Pause = z.infer<typeof pauseSchema>;

/**
 * The client's state that must outlive one invocation, read once per invocation and written when it
 * changes: the breaker and the pause at once (other invocations act on them), the points spent and
 * the metrics when the invocation's client is flushed.
 */
export class PersistedClientState {
  private breaker: BreakerState | undefined;
  private pause: Pause | null | undefined;
  private budget: BudgetState | undefined;

  constructor(private readonly ports: ClientPorts) {}

  async breakerState(): Promise<BreakerState> {
    this.breaker ??= (await this.ports.read(KEYS.jiraBreaker(), breakerStateSchema)) ?? CLOSED;
    return this.breaker;
  }

  async saveBreaker(next: BreakerState): Promise<void> {
    if (this.breaker !== undefined && sameBreaker(this.breaker, next)) return;
    this.breaker = next;
    await this.ports.write(KEYS.jiraBreaker(), breakerStateSchema, next);
  }

  async activePause(now: number): Promise<Pause | undefined> {
    if (this.pause === undefined) this.pause = (await this.ports.read(KEYS.jiraPause(), pauseSchema)) ?? null;
    return this.pause !== null && this.pause.until > now ? this.pause : undefined;
  }

  async savePause(pause: Pause): Promise<void> {
    this.pause = pause;
    const ttlSeconds = Math.max(60, Math.ceil((pause.until - this.ports.now()) / 1000) + 60);
    await this.ports.write(KEYS.jiraPause(), pauseSchema, pause, ttlSeconds);
  }

  async budgetState(now: number): Promise<BudgetState> {
    this.budget ??= current(await this.ports.read(KEYS.jiraBudget(), budgetStateSchema), now);
    return current(this.budget, now);
  }

  /** Adds this invocation's spending to what is stored now, which other invocations may have grown meanwhile. */
  async addSpending(points: number, appNearLimit: boolean, now: number): Promise<void> {
    const stored = current(await this.ports.read(KEYS.jiraBudget(), budgetStateSchema), now);
    this.budget = { hour: stored.hour, spent: stored.spent + points, appNearLimit: stored.appNearLimit || appNearLimit };
    await this.ports.write(KEYS.jiraBudget(), budgetStateSchema, this.budget, 2 * 3600);
  }

  /** The budget as this invocation sees it, including what it has spent but not yet flushed. */
  noteSpending(points: number, appNearLimit: boolean, now: number): void {
    const base = current(this.budget, now);
    this.budget = { hour: base.hour, spent: base.spent + points, appNearLimit: base.appNearLimit || appNearLimit };
  }

  async addMetrics(delta: ClientMetrics): Promise<void> {
    const stored = await this.ports.read(KEYS.jiraMetrics(), clientMetricsSchema);
    await this.ports.write(KEYS.jiraMetrics(), clientMetricsSchema, stored === undefined ? delta : mergeMetrics(stored, delta));
  }
}

function sameBreaker(a: BreakerState, b: BreakerState): boolean {
  return a.state === b.state && a.failures === b.failures && a.openedAt === b.openedAt && a.trips === b.trips;
}
