/** Jira writes `2026-11-02T09:00:00.000+0000`; `Date.parse` wants the offset with a colon. Undefined when unreadable. */
export function jiraTimestamp(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? ms : undefined;
}
