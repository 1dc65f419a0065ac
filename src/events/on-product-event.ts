import { pushToQueue, QUEUES } from '../platform/queues';
import { productEventEnvelopeSchema, type QueuedEvent } from './product-event';

/** Trigger entry: hands the event to the queue at once, so the 25 s trigger limit is never at risk. */
export async function acceptProductEvent(event: unknown): Promise<void> {
  const parsed = productEventEnvelopeSchema.safeParse(event);
  if (!parsed.success) {
    console.error('[events] product event rejected', { code: 'EVENT_ENVELOPE_INVALID', issues: parsed.error.issues.length });
    return;
  }
  const queued: QueuedEvent = { v: 1, eventType: parsed.data.eventType, payload: parsed.data };
  await pushToQueue(QUEUES.events, [queued]);
}
