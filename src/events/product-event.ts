import { z } from 'zod';

/** The envelope every Jira product event shares; each handler parses the rest for its own event type. */
export const productEventEnvelopeSchema = z.looseObject({
  eventType: z.string().min(1),
  atlassianId: z.string().optional(),
});

/** Body of the `sias-events` queue. Versioned: a newer app version may consume it. */
export const queuedEventSchema = z.object({
  v: z.literal(1),
  eventType: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

export type QueuedEvent = z.infer<typeof queuedEventSchema>;
