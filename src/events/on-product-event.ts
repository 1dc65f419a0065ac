import { randomUUID } from 'node:crypto';
import { now } from '../platform/clock';
import { pushToQueue, QUEUES } from '../platform/queues';
import { integrationSettings, type IntegrationSettings } from '../settings/integration-settings';
import { recordDeadLetter } from './dead-letters/store';
import { countEvent } from './event-counters';
import { logEvent } from './event-log';
import { eventIdentity, parseProductEvent, type ProductEvent } from './payloads';
import type { QueuedEvent } from './product-event';

/**
 * Trigger entry: validates the event, stops what the settings filter out, and hands the rest to the
 * queue with its identity, well inside the trigger's 25 s. Nothing is lost: an invalid payload, or
 * one the queue refused, becomes a dead letter.
 */
export async function acceptProductEvent(raw: unknown): Promise<void> {
  const receivedAt = now();
  const correlationId = randomUUID();
  const eventType = eventTypeOf(raw);
  const parsed = parseProductEvent(raw);
  if (!parsed.ok) {
    await countEvent(eventType, 'received');
    await recordDeadLetter({ event: { kind: 'unparsed', body: raw, correlationId, receivedAt }, error: { code: parsed.code, message: parsed.message }, attempts: [], now: receivedAt });
    await countEvent(eventType, 'deadLettered');
    logEvent({ step: 'trigger', correlationId, eventType, outcome: 'dead-letter', code: parsed.code });
    return;
  }
  if (!passesFilters(parsed.event, await integrationSettings())) {
    await countEvent(eventType, 'filtered');
    logEvent({ step: 'trigger', correlationId, eventType, outcome: 'filtered' });
    return;
  }
  const { id } = eventIdentity(parsed.event);
  const queued: QueuedEvent = { v: 1, id, correlationId, eventType, receivedAt, payload: raw as Record<string, unknown> };
  await countEvent(eventType, 'received');
  try {
    await pushToQueue(QUEUES.events, [queued]);
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'QUEUE_PUSH_FAILED';
    await recordDeadLetter({ event: { kind: 'queued', body: queued }, error: { code, message: 'The event could not be queued; replay it from the admin page.' }, attempts: [{ at: receivedAt, reason: code }], now: receivedAt });
    await countEvent(eventType, 'deadLettered');
    logEvent({ step: 'trigger', correlationId, eventType, eventId: id, outcome: 'dead-letter', code });
    return;
  }
  logEvent({ step: 'trigger', correlationId, eventType, eventId: id, outcome: 'queued' });
}

/** The original design's registration filters: events of other projects or issue types stop here. */
function passesFilters(event: ProductEvent, settings: IntegrationSettings): boolean {
  if (!('issue' in event)) return true;
  const { projectKey, issueTypeName } = event.issue;
  if (settings.projectKeys.length > 0 && (projectKey === undefined || !settings.projectKeys.includes(projectKey))) return false;
  if (settings.issueTypes.length > 0 && (issueTypeName === undefined || !settings.issueTypes.includes(issueTypeName))) return false;
  return true;
}

function eventTypeOf(raw: unknown): string {
  const eventType = typeof raw === 'object' && raw !== null ? (raw as { eventType?: unknown }).eventType : undefined;
  return typeof eventType === 'string' && eventType.length > 0 && eventType.length <= 100 ? eventType : 'unknown';
}
