import { z } from 'zod';

/**
 * Body of the `sias-events` queue. `id` is the event's stable identity (dedup and dead letters key
 * on it); `correlationId` follows the event from trigger to effect through every log line and record.
 */
export const queuedEventSchema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  correlationId: z.string().min(1),
  eventType: z.string(),
  receivedAt: z.number().int(),
  payload: z.record(z.string(), z.unknown()),
  /** Set when a dead letter is replayed: the replay takes the same path as the original. */
  replayOf: z.string().optional(),
});

export type QueuedEvent = z.infer<typeof queuedEventSchema>;
