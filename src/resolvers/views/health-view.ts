import type { BreakerState } from '../../jira/client/circuit-breaker';
import type { ClientMetrics } from '../../jira/client/client-metrics';
import type { Pause } from '../../jira/client/persisted-state';
import type { EventTotals } from '../../events/event-counters';
import type { SyncState } from '../../sync/sync-records';
import type { ComponentHealth, HealthView } from '../api';

export interface HealthInputs {
  now: number;
  breaker: BreakerState;
  pause: Pause | undefined;
  pointsUsed: number;
  pointsBudget: number;
  metrics: ClientMetrics | undefined;
  events: EventTotals;
  sync: SyncState | undefined;
  syncIntervalMinutes: number;
}

/** Above these, a component is degraded, then down. */
const EVENT_ERROR_DEGRADED = 0.01;
const EVENT_ERROR_DOWN = 0.2;
const QUEUE_DEGRADED = 500;
const CLIENT_ERROR_DEGRADED = 0.1;
const BUDGET_DEGRADED = 0.9;

/**
 * The original design's health view, from what the app keeps: each component healthy, degraded or
 * down with the reason a person can act on. Pure: every figure is passed in.
 */
export function healthOf(inputs: HealthInputs): HealthView {
  const events = eventFigures(inputs.events);
  return {
    jiraClient: clientHealth(inputs),
    events: eventHealth(events.errorRate, inputs.events.queueDepth),
    sync: syncHealth(inputs),
    lastSuccessfulSync: inputs.sync?.lastSuccessAt ?? null,
    queueDepth: inputs.events.queueDepth,
    errorRate: events.errorRate,
    breaker: inputs.breaker.state,
    rateLimitPause: inputs.pause === undefined ? null : { until: inputs.pause.until, reason: inputs.pause.reason },
    points: { used: inputs.pointsUsed, budget: inputs.pointsBudget },
  };
}

function clientHealth({ breaker, pause, metrics, pointsUsed, pointsBudget }: HealthInputs): ComponentHealth {
  if (pause !== undefined) return { status: 'down', reason: `Jira's rate limit (${pause.reason}): calls wait until ${new Date(pause.until).toISOString()}.` };
  if (breaker.state === 'open') return { status: 'down', reason: 'Jira failed repeatedly; calls are paused for a minute (circuit open).' };
  if (breaker.state === 'half-open') return { status: 'degraded', reason: 'Jira is recovering: one trial call at a time (circuit half-open).' };
  if (pointsBudget > 0 && pointsUsed >= pointsBudget * BUDGET_DEGRADED) return { status: 'degraded', reason: `${Math.round((100 * pointsUsed) / pointsBudget)} % of this hour's points budget is spent: background work waits for the next hour.` };
  const errors = Object.values(metrics?.errorsByType ?? {}).reduce((sum, n) => sum + n, 0);
  const requests = metrics?.requests ?? 0;
  if (requests > 0 && errors / requests > CLIENT_ERROR_DEGRADED) return { status: 'degraded', reason: `${Math.round((100 * errors) / requests)} % of Jira calls failed.` };
  return { status: 'healthy', reason: 'Jira answers.' };
}

function eventFigures(totals: EventTotals): { errorRate: number } {
  let failed = 0;
  let finished = 0;
  for (const counts of Object.values(totals.byType)) {
    failed += counts.deadLettered ?? 0;
    finished += (counts.processed ?? 0) + (counts.duplicate ?? 0) + (counts.stale ?? 0) + (counts.deadLettered ?? 0);
  }
  return { errorRate: finished === 0 ? 0 : failed / finished };
}

function eventHealth(errorRate: number, queueDepth: number): ComponentHealth {
  const percent = `${(100 * errorRate).toFixed(1)} %`;
  if (errorRate > EVENT_ERROR_DOWN) return { status: 'down', reason: `${percent} of events end as dead letters.` };
  if (errorRate > EVENT_ERROR_DEGRADED) return { status: 'degraded', reason: `${percent} of events end as dead letters: see the dead letters below.` };
  if (queueDepth > QUEUE_DEGRADED) return { status: 'degraded', reason: `${queueDepth} events wait in the queue.` };
  return { status: 'healthy', reason: 'Events are processed as they come.' };
}

function syncHealth({ sync, now, syncIntervalMinutes }: HealthInputs): ComponentHealth {
  if (sync?.lastSuccessAt === undefined) return { status: 'degraded', reason: 'No sync has finished yet: start a full sync.' };
  const lateMinutes = (now - sync.lastSuccessAt) / 60_000 - syncIntervalMinutes;
  if (lateMinutes > 2 * syncIntervalMinutes + 15) return { status: 'down', reason: `The last successful sync was ${Math.round((now - sync.lastSuccessAt) / 60_000)} minutes ago.` };
  if (lateMinutes > syncIntervalMinutes) return { status: 'degraded', reason: `The sync is ${Math.round(lateMinutes)} minutes late.` };
  return { status: 'healthy', reason: 'The mirror is in sync.' };
}
