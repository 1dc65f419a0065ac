import type { Outcome } from '../platform/consumer';
import { queuedEventSchema } from './product-event';

/** Consumer entry for product events. Handlers per event type plug in here as the pipeline grows. */
export async function processQueuedEvent(body: unknown): Promise<Outcome> {
  const parsed = queuedEventSchema.safeParse(body);
  if (!parsed.success) return { kind: 'dead-letter', reason: `EVENT_BODY_INVALID: ${parsed.error.issues.length} issue(s)` };
  return { kind: 'done' };
}
