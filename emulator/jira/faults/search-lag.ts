/**
 * What search sees of an issue: `live` means use the current data; `lagged` gives the version
 * the index still holds, `undefined` if the issue did not exist then (a create not yet indexed).
 */
export type SearchView<V> = { kind: 'live' } | { kind: 'lagged'; version: V | undefined };

interface Write<V> {
  at: number;
  /** The issue's state after the write; `undefined` after a delete. */
  version: V | undefined;
}

/**
 * Search results trail writes by `lagMs`: at time t the index holds each issue as it was at
 * t − lagMs. Per issue it keeps the version from before the oldest write still inside the window
 * and every write since, so several writes in quick succession surface one by one as they age.
 * An issue named in the search's `reconcileIssues` is always read live, as Jira documents.
 */
export class SearchLag<V> {
  private readonly pending = new Map<string, { before: V | undefined; writes: Write<V>[] }>();

  constructor(public lagMs: number) {}

  /** `before` is the state prior to this write (`undefined` for a create), `after` the new one. */
  recordWrite(issueId: string, at: number, before: V | undefined, after: V | undefined): void {
    const entry = this.pending.get(issueId) ?? { before, writes: [] };
    entry.writes.push({ at, version: after });
    this.pending.set(issueId, entry);
  }

  visibleVersion(issueId: string, now: number, reconciled = false): SearchView<V> {
    const entry = this.pending.get(issueId);
    if (reconciled || entry === undefined) return { kind: 'live' };
    const indexedUpTo = now - this.lagMs;
    // Writes at or before the index horizon are visible: fold them into `before`.
    while (entry.writes[0] !== undefined && entry.writes[0].at <= indexedUpTo) {
      entry.before = entry.writes[0].version;
      entry.writes.shift();
    }
    if (entry.writes.length === 0) {
      this.pending.delete(issueId);
      return { kind: 'live' };
    }
    return { kind: 'lagged', version: entry.before };
  }

  /** Issues whose latest write search does not show yet, for the server to list or hide. */
  laggingIssues(now: number): string[] {
    return [...this.pending.keys()].filter((id) => this.visibleVersion(id, now).kind === 'lagged');
  }
}
