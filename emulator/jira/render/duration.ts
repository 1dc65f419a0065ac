/** Jira's default time-tracking units: 8-hour days and 5-day weeks. */
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 8 * HOUR;
const WEEK = 5 * DAY;

/** Renders seconds as Jira writes durations, e.g. `1w 2d 3h 30m`; zero is `0m`. */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(seconds / MINUTE) * MINUTE);
  for (const [unit, size] of [['w', WEEK], ['d', DAY], ['h', HOUR], ['m', MINUTE]] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.length === 0 ? '0m' : parts.join(' ');
}

/**
 * Parses a duration as Jira's time-tracking fields accept it (`3h`, `1d 4h`, `90m`, `2w`, or a bare
 * number of minutes). Returns undefined for anything else.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * MINUTE;
  const tokens = trimmed.split(/\s+/);
  let total = 0;
  for (const token of tokens) {
    const match = /^(\d+(?:\.\d+)?)([wdhm])$/.exec(token);
    if (match === null) return undefined;
    const size = { w: WEEK, d: DAY, h: HOUR, m: MINUTE }[match[2] as 'w' | 'd' | 'h' | 'm'];
    total += Number(match[1]) * size;
  }
  return tokens.length === 0 ? undefined : Math.round(total);
}
