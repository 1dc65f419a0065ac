import type { Random } from '../seed/random';

const HOUR = 3_600_000;

/**
 * How busy the site is at `at`, relative to a weekday working hour (08:00 to 18:00 UTC): people
 * work late or at weekends now and then, but rarely.
 */
export function activityLevel(at: number): number {
  const date = new Date(at);
  const day = date.getUTCDay();
  if (day === 0 || day === 6) return 0.02;
  const hour = date.getUTCHours();
  return hour >= 8 && hour < 18 ? 1 : 0.05;
}

/**
 * The next action after `after`: a Poisson process at `actionsPerHour` during working hours,
 * thinned by the activity level elsewhere.
 */
export function nextActionTime(random: Random, after: number, actionsPerHour: number): number {
  const meanGap = HOUR / actionsPerHour;
  let at = after;
  for (;;) {
    at += -Math.log(1 - random.float()) * meanGap;
    if (random.chance(activityLevel(at))) return Math.floor(at);
  }
}
