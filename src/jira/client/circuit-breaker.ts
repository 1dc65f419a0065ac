import { z } from 'zod';

/** The original design's breaker: 5 consecutive failures open it; after 1 minute one trial call is let through. */
export const FAILURES_TO_OPEN = 5;
export const OPEN_FOR_MS = 60_000;

export const breakerStateSchema = z.object({
  state: z.enum(['closed', 'open', 'half-open']),
  /** Consecutive failures while closed. */
  failures: z.number().int().min(0),
  openedAt: z.number().nullable(),
  trips: z.number().int().min(0),
});

export type BreakerState = z.infer<typeof breakerStateSchema>;

export const CLOSED: BreakerState = { state: 'closed', failures: 0, openedAt: null, trips: 0 };

export type Admission = { allowed: true; state: BreakerState } | { allowed: false; retryAfterMs: number };

/** Whether a call may go to Jira now; an open breaker whose minute has passed half-opens for a trial. */
export function admit(breaker: BreakerState, now: number): Admission {
  if (breaker.state !== 'open') return { allowed: true, state: breaker };
  const openedAt = breaker.openedAt ?? now;
  if (now - openedAt < OPEN_FOR_MS) return { allowed: false, retryAfterMs: openedAt + OPEN_FOR_MS - now };
  return { allowed: true, state: { ...breaker, state: 'half-open' } };
}

export function afterSuccess(breaker: BreakerState): BreakerState {
  return breaker.state === 'closed' && breaker.failures === 0 ? breaker : { ...CLOSED, trips: breaker.trips };
}

/** A failed trial re-opens at once; a closed breaker opens on the fifth failure in a row. */
export function afterFailure(breaker: BreakerState, now: number): BreakerState {
  if (breaker.state === 'half-open') return { ...breaker, state: 'open', openedAt: now, trips: breaker.trips + 1 };
  if (breaker.state === 'open') return breaker;
  const failures = breaker.failures + 1;
  if (failures < FAILURES_TO_OPEN) return { ...breaker, failures };
  return { state: 'open', failures, openedAt: now, trips: breaker.trips + 1 };
}
