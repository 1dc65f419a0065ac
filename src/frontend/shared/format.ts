/** How the UI writes times, durations and ratios; pure, so screens and tests agree. */

const NOTHING = '—';

/**
 * A moment as `2024-05-01 14:05 UTC`. UTC because resolver times are epoch milliseconds with no
 * zone, and the same text for every viewer makes support conversations simpler.
 */
export function formatTime(epochMs: number | null | undefined): string {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return NOTHING;
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatDate(epochMs: number | null | undefined): string {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return NOTHING;
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Jira's time tracking counts seconds; people read hours. */
export function formatHours(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return NOTHING;
  const hours = seconds / 3600;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** A ratio (0.25) as a percent (25%); one decimal below 10 % so small error rates do not read as 0. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return NOTHING;
  const percent = ratio * 100;
  return `${percent !== 0 && Math.abs(percent) < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return NOTHING;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** `missing-estimate` → `Missing estimate`: alert kinds are stable ids, not prose. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
