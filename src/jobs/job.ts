import { z } from 'zod';

/** Bodies of the `sias-jobs` queue. Versioned: events pushed by one app version may be consumed by the next. */
export const jobSchema = z.discriminatedUnion('kind', [
  z.object({ v: z.literal(1), kind: z.literal('bootstrap'), installedAt: z.number().int() }),
  z.object({ v: z.literal(1), kind: z.literal('discover-fields'), reason: z.enum(['field-event', 'periodic']), requestedAt: z.number().int() }),
]);

export type Job = z.infer<typeof jobSchema>;
