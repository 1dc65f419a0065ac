/**
 * The error table, as data: what one answer (or a missing one) means for the call that got it.
 * Pure, so every row is tested without a network.
 */
export type AnswerVerdict =
  | { kind: 'success' }
  /** 401: once, after a short wait, for the install-time permission race. */
  | { kind: 'authentication' }
  | { kind: 'permission' }
  | { kind: 'not-found' }
  /** 429. `quotaUntil` is set for a quota 429, which pauses every call of the installation. */
  | { kind: 'rate-limited'; retryAfterMs: number; reason: string; quotaUntil: number | undefined }
  /** 5xx or no answer: retried with backoff, and counted by the breaker. */
  | { kind: 'transient' }
  /** Any other 4xx: the request is wrong, and sending it again will not help. */
  | { kind: 'client-error' };

export interface Answer {
  status: number;
  header(name: string): string | null;
}

/** When Jira sends no `Retry-After` (a gateway 429), wait this long. */
const DEFAULT_RETRY_AFTER_MS = 5_000;

export function verdictOf(answer: Answer, now: number): AnswerVerdict {
  const { status } = answer;
  if (status < 400) return { kind: 'success' };
  if (status === 401) return { kind: 'authentication' };
  if (status === 403) return { kind: 'permission' };
  if (status === 404) return { kind: 'not-found' };
  if (status === 429) return rateLimited(answer, now);
  if (status >= 500 && status <= 504) return { kind: 'transient' };
  return { kind: 'client-error' };
}

function rateLimited(answer: Answer, now: number): AnswerVerdict {
  const reason = answer.header('RateLimit-Reason') ?? 'unspecified';
  const retryAfterSeconds = Number(answer.header('Retry-After'));
  const resetAt = Date.parse(answer.header('X-RateLimit-Reset') ?? '');
  const retryAfterMs = Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : Number.isFinite(resetAt) ? Math.max(0, resetAt - now) : DEFAULT_RETRY_AFTER_MS;
  const quota = reason.startsWith('jira-quota-');
  return { kind: 'rate-limited', retryAfterMs, reason, quotaUntil: quota ? (Number.isFinite(resetAt) ? resetAt : now + retryAfterMs) : undefined };
}

/** Exponential backoff with jitter for transient failures: about 1 s, 2 s, 4 s, each ×[0.7, 1.3]. */
export function backoffMs(attempt: number, random: () => number): number {
  const base = 1_000 * 2 ** attempt;
  return Math.round(base * (0.7 + 0.6 * random()));
}

/** The wait before the single 401 retry: long enough for a grant that is landing, short enough to wait inline. */
export const AUTHENTICATION_RETRY_MS = 2_000;

/** A wait is done inline only when it leaves this much of the invocation for the call and what follows. */
export const INLINE_WAIT_MARGIN_MS = 5_000;

/** And never longer than this: waits cost compute; the queue waits for free. */
export const MAX_INLINE_WAIT_MS = 10_000;

export function fitsInline(waitMs: number, remainingMs: number): boolean {
  return waitMs <= MAX_INLINE_WAIT_MS && waitMs + INLINE_WAIT_MARGIN_MS <= remainingMs;
}
