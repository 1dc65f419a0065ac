/**
 * Jira refuses two statuses or issue types whose names differ only in case, and admins type the
 * names in settings by hand, so a name matches whatever its case and surrounding spaces.
 */
export function sameJiraName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
