import { InvocationError, InvocationErrorCode } from '@forge/events';

/** A consumer's work ends in one of these; only the consumer entry turns `retry` into the platform's form. */
export type Outcome =
  | { kind: 'done' }
  | { kind: 'retry'; afterSeconds: number; reason: string }
  | { kind: 'dead-letter'; reason: string };

export function toConsumerResult(outcome: Outcome): InvocationError | undefined {
  if (outcome.kind !== 'retry') return undefined;
  return new InvocationError({
    retryAfter: Math.min(900, Math.max(1, Math.ceil(outcome.afterSeconds))),
    retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    retryData: { reason: outcome.reason },
  });
}
