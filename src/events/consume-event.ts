import { requestDiscovery } from '../fields/request-discovery';
import { now } from '../platform/clock';
import type { Outcome } from '../platform/consumer';
import { queuedEventSchema } from './product-event';

/** Field changes make the suggested and confirmed mappings worth checking again. */
const FIELD_EVENTS: ReadonlySet<string> = new Set(['avi:jira:created:field', 'avi:jira:updated:field', 'avi:jira:deleted:field']);

/** Consumer entry for product events. Handlers per event type plug in here as the pipeline grows. */
export async function processQueuedEvent(body: unknown): Promise<Outcome> {
  const parsed = queuedEventSchema.safeParse(body);
  if (!parsed.success) return { kind: 'dead-letter', reason: `EVENT_BODY_INVALID: ${parsed.error.issues.length} issue(s)` };
  if (FIELD_EVENTS.has(parsed.data.eventType)) await requestDiscovery('field-event', now());
  return { kind: 'done' };
}
