/**
 * Date values of JQL. Jira reads absolute dates and day boundaries in the searching user's time zone;
 * the emulated site takes every user's JQL time zone to be UTC, so results do not depend on where the
 * tests run.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const PERIOD_UNITS: ReadonlyMap<string, number> = new Map([
  ['w', 7 * DAY],
  ['d', DAY],
  ['h', 3_600_000],
  ['m', MINUTE],
]);

/** Jira indexes dates to the minute, so `updated >= "2026-11-02 09:05"` compares whole minutes. */
export function minuteOf(epochMs: number): number {
  return Math.floor(epochMs / MINUTE);
}

export function startOfMinute(minute: number): number {
  return minute * MINUTE;
}

/**
 * An absolute date (`yyyy-MM-dd`, `yyyy/MM/dd`, optionally ` HH:mm`), a period relative to now
 * (`-15m`, `-1d 2h`, `4w`), or, for an unquoted integer, epoch milliseconds. Undefined when invalid.
 */
export function parseDate(text: string, number: boolean, now: number): number | undefined {
  if (number) return Number(text);
  return absoluteDate(text.trim()) ?? relativeDate(text.trim(), now);
}

function absoluteDate(text: string): number | undefined {
  const match = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute] = [match[1], match[3], match[4], match[5] ?? '0', match[6] ?? '0'].map(Number) as [number, number, number, number, number];
  const at = Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(at);
  // Jira parses strictly: 2026-02-30 is an error, not 2 March.
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
  return valid ? at : undefined;
}

function relativeDate(text: string, now: number): number | undefined {
  const match = /^([-+]?)((?:\d+[wdhm]\s*)+)$/i.exec(text);
  if (match === null) return undefined;
  let span = 0;
  for (const part of (match[2] as string).matchAll(/(\d+)([wdhm])/gi)) {
    span += Number(part[1]) * (PERIOD_UNITS.get((part[2] as string).toLowerCase()) as number);
  }
  return match[1] === '-' ? now - span : now + span;
}

export type DateFunctionName = 'now' | 'startOfDay' | 'endOfDay';

/**
 * `startOfDay(inc)` and `endOfDay(inc)` move the day boundary by `(+/-)n(y|M|w|d|h|m)`, as Atlassian
 * documents it, the unit defaulting to days. Undefined when the increment is malformed.
 */
export function dateFunction(name: DateFunctionName, increment: string | undefined, now: number): number | undefined {
  if (name === 'now') return now;
  const dayStart = Math.floor(now / DAY) * DAY;
  const boundary = name === 'startOfDay' ? dayStart : dayStart + DAY - 1;
  if (increment === undefined) return boundary;
  const match = /^([-+]?)(\d+)([yMwdhm]?)$/.exec(increment.trim());
  if (match === null) return undefined;
  const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  const date = new Date(boundary);
  switch (match[3]) {
    case 'y':
      date.setUTCFullYear(date.getUTCFullYear() + amount);
      return date.getTime();
    case 'M':
      date.setUTCMonth(date.getUTCMonth() + amount);
      return date.getTime();
    default:
      return boundary + amount * (PERIOD_UNITS.get(match[3] || 'd') as number);
  }
}
