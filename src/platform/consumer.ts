import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';

/** One failed attempt of a queued item, carried to the next attempt and into its dead letter. */
export const attemptSchema = z.object({ at: z.number(), reason: z.string() });

export type Attempt = z.infer<typeof attemptSchema>;

/** A consumer's work ends in one of these; only the consumer entry turns `retry` into the platform's form. */
export type Outcome =
  | { kind: 'done' }
  | { kind: 'retry'; afterSeconds: number; reason: string; attempts?: Attempt[] }
  | { kind: 'dead-letter'; reason: string };

/** Forge keeps `retryData` under 4 KB: only the last attempts travel. */
const ATTEMPTS_CARRIED = 10;

export function toConsumerResult(outcome: Outcome): InvocationError | undefined {
  if (outcome.kind !== 'retry') return undefined;
  return new InvocationError({
    retryAfter: Math.min(900, Math.max(1, Math.ceil(outcome.afterSeconds))),
    retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    retryData: { reason: outcome.reason, attempts: (outcome.attempts ?? []).slice(-ATTEMPTS_CARRIED) },
  });
}

/** What the platform tells a consumer about earlier attempts; absent on the first delivery. */
const retryContextSchema = z.looseObject({
  retryCount: z.number().int().min(0).optional(),
  retryData: z.looseObject({ attempts: z.array(attemptSchema).optional() }).optional(),
});

export interface Delivery {
  /** 1 on the first delivery. */
  attempt: number;
  earlierAttempts: Attempt[];
}

export function deliveryOf(retryContext: unknown): Delivery {
  const parsed = retryContextSchema.safeParse(retryContext ?? {});
  if (!parsed.success) return { attempt: 1, earlierAttempts: [] };
  return { attempt: (parsed.data.retryCount ?? 0) + 1, earlierAttempts: parsed.data.retryData?.attempts ?? [] };
}
