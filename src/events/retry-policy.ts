import { JiraApiError, JiraIntegrationError, JiraNotFoundError, JiraPermissionError, JiraResponseInvalidError, requestedWaitOf } from '../jira/errors';
import type { IntegrationSettings } from '../settings/integration-settings';

export type FailureDecision = { kind: 'retry'; afterSeconds: number; reason: string } | { kind: 'dead-letter'; reason: string };

/**
 * What a failed attempt leads to. Permanent failures (not found, refused, not understood) dead-letter
 * at once; others retry on the original design's backoff, but never sooner than the failure asks
 * (a rate limit's `Retry-After`, the budget's reset, the breaker's minute); after the last attempt, a
 * dead letter.
 */
export function decideFailure(error: unknown, attempt: number, settings: Pick<IntegrationSettings, 'retryDelaysSeconds' | 'maxAttempts'>): FailureDecision {
  const reason = reasonOf(error);
  if (isPermanent(error)) return { kind: 'dead-letter', reason };
  if (attempt >= settings.maxAttempts) return { kind: 'dead-letter', reason: `${reason} (attempt ${attempt} of ${settings.maxAttempts})` };
  const delays = settings.retryDelaysSeconds;
  const backoff = delays[Math.min(attempt, delays.length) - 1] ?? delays[delays.length - 1] ?? 1;
  return { kind: 'retry', afterSeconds: Math.max(backoff, requestedWaitOf(error) ?? 0), reason };
}

function isPermanent(error: unknown): boolean {
  if (error instanceof JiraNotFoundError || error instanceof JiraPermissionError || error instanceof JiraResponseInvalidError) return true;
  // Other 4xx: the request is wrong and will be wrong again. 429 has its own class and retries.
  return error instanceof JiraApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
}

export function reasonOf(error: unknown): string {
  if (error instanceof JiraIntegrationError) return error.code;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.name : 'UNKNOWN_ERROR';
}
