/**
 * Exactly the handlers that manifest.yml names. Each one adapts the platform's call to the app's
 * core and nothing more.
 */
import { runScheduledAlertCheck } from './alerts/scheduled-check';
import { processQueuedEvent } from './events/consume-event';
import { periodicFieldCheck } from './fields/periodic-check';
import { scheduleIncrementalSync } from './sync/sync-jobs';
import { acceptProductEvent } from './events/on-product-event';
import { runJob } from './jobs/consume-job';
import { onInstalled } from './lifecycle/on-installed';
import { onUpgraded } from './lifecycle/on-upgraded';
import { now } from './platform/clock';
import { deliveryOf, toConsumerResult, type Outcome } from './platform/consumer';
import { buildResolver } from './platform/resolver';
import { ADMIN_ACTIONS } from './resolvers/admin-actions';
import { PANEL_ACTIONS } from './resolvers/panel-actions';

interface AsyncEventLike {
  body?: unknown;
  retryContext?: unknown;
}

function logOutcome(queue: string, outcome: Outcome): void {
  if (outcome.kind === 'dead-letter') console.error(`[${queue}] dead letter`, { reason: outcome.reason });
}

export async function onProductEvent(event: unknown): Promise<void> {
  await acceptProductEvent(event);
}

export async function onAppInstalled(event: unknown): Promise<void> {
  await onInstalled(event);
}

export async function onAppUpgraded(event: unknown): Promise<void> {
  await onUpgraded(event);
}

export async function consumeEvent(event: AsyncEventLike): Promise<ReturnType<typeof toConsumerResult>> {
  const outcome = await processQueuedEvent(event.body, deliveryOf(event.retryContext));
  logOutcome('events', outcome);
  return toConsumerResult(outcome);
}

export async function consumeJob(event: AsyncEventLike): Promise<ReturnType<typeof toConsumerResult>> {
  const outcome = await runJob(event.body);
  logOutcome('jobs', outcome);
  return toConsumerResult(outcome);
}

/** The platform ignores the return value of a scheduled trigger; 204 also satisfies the older contract. */
export async function onScheduledTick(): Promise<{ statusCode: number }> {
  await periodicFieldCheck(now());
  await scheduleIncrementalSync(now());
  await runScheduledAlertCheck(now());
  return { statusCode: 204 };
}

export const adminResolver = buildResolver(ADMIN_ACTIONS);

export const panelResolver = buildResolver(PANEL_ACTIONS);
