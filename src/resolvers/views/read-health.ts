import { eventTotals } from '../../events/event-counters';
import { breakerStateSchema, CLOSED } from '../../jira/client/circuit-breaker';
import { clientMetricsSchema } from '../../jira/client/client-metrics';
import { currentJiraSettings } from '../../jira/client/open-client';
import { pauseSchema } from '../../jira/client/persisted-state';
import { budgetStateSchema, current, shareOf } from '../../jira/client/points-budget';
import { readValue } from '../../platform/kvs-store';
import { KEYS } from '../../storage/keys';
import { syncStateSchema } from '../../sync/sync-records';
import type { HealthView } from '../api';
import { healthOf } from './health-view';

/** Reads what the health view rests on: the client's shared state, the event counters, the sync. */
export async function readHealth(now: number): Promise<HealthView> {
  const [breaker, pause, budget, metrics, events, sync, { settings }] = await Promise.all([
    readValue(KEYS.jiraBreaker(), breakerStateSchema),
    readValue(KEYS.jiraPause(), pauseSchema),
    readValue(KEYS.jiraBudget(), budgetStateSchema),
    readValue(KEYS.jiraMetrics(), clientMetricsSchema),
    eventTotals(),
    readValue(KEYS.syncState(), syncStateSchema),
    currentJiraSettings(),
  ]);
  return healthOf({
    now,
    breaker: breaker ?? CLOSED,
    pause: pause !== undefined && pause.until > now ? pause : undefined,
    pointsUsed: current(budget, now).spent,
    pointsBudget: shareOf({ quotaPerHour: settings.pointsQuotaPerHour, sharePercent: settings.pointsSharePercent }),
    metrics,
    events,
    sync,
    syncIntervalMinutes: settings.defaultSyncIntervalMinutes,
  });
}
