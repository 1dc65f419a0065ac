import { z } from 'zod';

const HOUR_MS = 3_600_000;

/**
 * Background work may spend this part of the installation's share; the rest stays for calls a
 * person is waiting on, which the budget never defers.
 */
export const BACKGROUND_FRACTION = 0.8;

export interface BudgetSettings {
  /** The app's hourly points quota (Tier 1: 65,000, shared by every installation). */
  quotaPerHour: number;
  /** The share of it one installation may spend, in percent. */
  sharePercent: number;
}

/** Points this installation spent in the current UTC hour, and whether Jira said the whole app is near its limit. */
export const budgetStateSchema = z.object({
  hour: z.number().int(),
  spent: z.number().min(0),
  appNearLimit: z.boolean(),
});

export type BudgetState = z.infer<typeof budgetStateSchema>;

export type Priority = 'interactive' | 'background';

export type BudgetAdmission = { allowed: true } | { allowed: false; retryAfterMs: number };

export function hourOf(now: number): number {
  return Math.floor(now / HOUR_MS);
}

/** The state as of `now`: a new hour starts from nothing, as Jira's quota resets at the top of each UTC hour. */
export function current(state: BudgetState | undefined, now: number): BudgetState {
  const hour = hourOf(now);
  return state !== undefined && state.hour === hour ? state : { hour, spent: 0, appNearLimit: false };
}

export function shareOf(settings: BudgetSettings): number {
  return (settings.quotaPerHour * settings.sharePercent) / 100;
}

/**
 * Background calls wait for the next hour once they have spent their part of the share, or once
 * Jira reports the app as a whole near its quota; interactive calls always go.
 */
export function admit(state: BudgetState, priority: Priority, estimate: number, settings: BudgetSettings, now: number): BudgetAdmission {
  if (priority === 'interactive') return { allowed: true };
  const limit = shareOf(settings) * BACKGROUND_FRACTION;
  if (!state.appNearLimit && state.spent + estimate <= limit) return { allowed: true };
  return { allowed: false, retryAfterMs: (state.hour + 1) * HOUR_MS - now };
}

/** Jira's documented cost: writes 1; reads 1 plus 1 per core object and 2 per identity object returned. */
export function pointsOf(method: string, objects: { core: number; identity: number }, readLikeWrite = false): number {
  if (method !== 'GET' && !readLikeWrite) return 1;
  return 1 + objects.core + 2 * objects.identity;
}

export function afterSpending(state: BudgetState, points: number, appNearLimit: boolean): BudgetState {
  return { hour: state.hour, spent: state.spent + points, appNearLimit: state.appNearLimit || appNearLimit };
}
