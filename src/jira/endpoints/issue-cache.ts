/**
 * Memory-cache keys of an issue: one per selection of fields and expansions, all under the issue's
 * prefix, so that an edit drops every selection at once. Keys are case-insensitive in Jira, so
 * `proj-1` and `PROJ-1` share entries.
 */
export function issueCachePrefix(idOrKey: string): string {
  return `${idOrKey.toUpperCase()}|`;
}

export function issueCacheKey(idOrKey: string, selection: URLSearchParams): string {
  return `${issueCachePrefix(idOrKey)}${selection.toString()}`;
}
