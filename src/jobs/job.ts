import { z } from 'zod';

/** Bodies of the `sias-jobs` queue. Versioned: events pushed by one app version may be consumed by the next. */
export const jobSchema = z.discriminatedUnion('kind', [
  z.object({ v: z.literal(1), kind: z.literal('bootstrap'), installedAt: z.number().int() }),
  z.object({ v: z.literal(1), kind: z.literal('discover-fields'), reason: z.enum(['field-event', 'periodic']), requestedAt: z.number().int() }),
  /** Continues the full sync `runId` from its checkpoint; a job of a replaced run stops. */
  z.object({ v: z.literal(1), kind: z.literal('full-sync'), runId: z.string() }),
  z.object({ v: z.literal(1), kind: z.literal('incremental-sync'), runId: z.string() }),
  /** Posts the one comment an alert gets when its project asks for notifications. */
  z.object({ v: z.literal(1), kind: z.literal('notify-alert'), alertId: z.string().regex(/^[0-9a-f]{32}$/) }),
  /** Freezes a sprint's start or close report, and raises or resolves its alerts. */
  z.object({ v: z.literal(1), kind: z.literal('sprint-report'), sprintId: z.number().int().positive(), moment: z.enum(['start', 'close']) }),
]);

export type Job = z.infer<typeof jobSchema>;
