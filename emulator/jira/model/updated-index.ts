export interface UpdatedSource {
  updatedOf(issueId: string): number | undefined;
  ids(): Iterable<string>;
  size(): number;
}

/**
 * Issues ordered by `updated`, for "updated since" sync queries. Edits append (time, id) to a log
 * instead of re-sorting, since virtual time only moves forward; an entry is live while it matches
 * the issue's current `updated`. The log is rebuilt when stale entries pile up or an edit lands in
 * the past.
 */
export class UpdatedIndex {
  private times: number[] = [];
  private ids: string[] = [];
  private sorted = true;

  constructor(private readonly source: UpdatedSource) {}

  touch(issueId: string, updated: number): void {
    const last = this.times[this.times.length - 1];
    if (last !== undefined && updated < last) this.sorted = false;
    this.times.push(updated);
    this.ids.push(issueId);
  }

  /** Issue ids with `from <= updated < to`, oldest first (ties by numeric id). */
  between(from: number, to: number = Number.POSITIVE_INFINITY): string[] {
    this.compactIfNeeded();
    const result: string[] = [];
    const seen = new Set<string>();
    for (let i = lowerBound(this.times, from); i < this.times.length; i++) {
      const at = this.times[i] as number;
      if (at >= to) break;
      const id = this.ids[i] as string;
      if (this.source.updatedOf(id) === at && !seen.has(id)) {
        seen.add(id);
        result.push(id);
      }
    }
    return result;
  }

  private compactIfNeeded(): void {
    if (this.sorted && this.times.length <= 2 * this.source.size() + 1024) return;
    const entries: Array<[number, string]> = [];
    for (const id of this.source.ids()) entries.push([this.source.updatedOf(id) as number, id]);
    entries.sort((a, b) => a[0] - b[0] || Number(a[1]) - Number(b[1]));
    this.times = entries.map((e) => e[0]);
    this.ids = entries.map((e) => e[1]);
    this.sorted = true;
  }
}

function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
