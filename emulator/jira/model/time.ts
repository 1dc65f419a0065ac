/** Jira's REST v3 timestamp form (`2026-11-02T09:00:00.000+0000`); the model keeps epoch ms to stay lean. */
export function jiraDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
