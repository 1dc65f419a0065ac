/** An absolute JQL time (`"2026/11/02 09:05"`, UTC like the app's searches): fixed, unlike `-30d`, across a run's jobs. */
export function jqlTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `"${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}"`;
}

/** `AND project in (…)` for the configured projects, or nothing when every project is synced. */
export function projectClause(projectKeys: readonly string[]): string {
  return projectKeys.length === 0 ? '' : ` AND project in (${projectKeys.map((key) => `"${key.replace(/["\\]/g, '')}"`).join(', ')})`;
}
