/**
 * Jira writes `2026-11-02T09:00:00.000+0000`, which `Date.parse` is not required to read, and other
 * sources write ISO 8601 (`…Z`, `…+02:00`). A zone is required: a local time would be read in the
 * runtime's zone, which is not the site's.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Epoch milliseconds of a zoned date-time, or undefined when there is none, or it is not one (or names no real day). */
export function parseJiraTime(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = DATE_TIME.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '', utc, sign, zoneHours = '0', zoneMinutes = '0'] = match;
  const [y, mo, d, h, mi, s, zh, zm] = [year, month, day, hour, minute, second, zoneHours, zoneMinutes].map(Number) as [number, number, number, number, number, number, number, number];
  // Date.UTC maps years 0-99 to 19xx; Jira's dates are all far later.
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59 || zh > 23 || zm > 59) return undefined;
  const midnight = Date.UTC(y, mo - 1, d);
  if (new Date(midnight).getUTCDate() !== d) return undefined;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const offsetMinutes = utc === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (zh * 60 + zm);
  return midnight + ((h * 60 + mi - offsetMinutes) * 60 + s) * 1000 + millis;
}

/** An issue bean's `updated`, whatever else its fields hold. */
export function updatedOf(fields: Readonly<Record<string, unknown>>): number | undefined {
  return typeof fields.updated === 'string' ? parseJiraTime(fields.updated) : undefined;
}
