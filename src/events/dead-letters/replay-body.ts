import type { QueuedEvent } from '../product-event';
import type { DeadLetterSummary } from './dead-letter';

/**
 * The queue body a replay pushes: the original event under its own identity and correlation id,
 * so it takes the same path as the first delivery and the pipeline's dedup marker (keyed by `id`)
 * lets its effect happen once, however many times it is replayed before being processed.
 * `replayOf` tells the consumer to resolve the dead letter once the event is processed.
 */
export function replayBodyOf(letter: Pick<DeadLetterSummary, 'id' | 'correlationId' | 'eventType' | 'receivedAt'>, payload: Record<string, unknown>): QueuedEvent {
  return { v: 1, id: letter.id, correlationId: letter.correlationId, eventType: letter.eventType, receivedAt: letter.receivedAt, payload, replayOf: letter.id };
}
