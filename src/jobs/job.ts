import { z } from 'zod';

/** Bodies of the `sias-jobs` queue. Versioned: events pushed by one app version may be consumed by the next. */
export const jobSchema = z.discriminatedUnion('kind', [
  z.object({ v: z.literal(1), kind: z.literal('bootstrap'), installedAt: z.number().int() }),
  z.object({ v: z.literal(1), kind: z.literal('discover-fields'), reason: z.enum(['field-event', 'periodic']), requestedAt: z.number().int() }),
  /** Continues the full sync `runId` from its checkpoint; a job of a replaced run stops. */
  z.object({ v: z.literal(1), kind: z.literal('full-sync'), runId: z.string() }),
  z.object({ v: z.literal(1), kind: z.literal('incremental-sync'), runId: z.string() }),
]);

export type Job = z.infer<typeof jobSchema>;
