import type { Clock } from '../../platform/clock';
import type { LimitedRequest } from './request';

/** The documented sliding windows for writes to one issue. */
export const PER_ISSUE_WINDOWS: ReadonlyArray<{ writes: number; windowMs: number }> = [
  { writes: 20, windowMs: 2_000 },
  { writes: 100, windowMs: 30_000 },
];

/** Per-issue write limits: one timeline of write times per site and issue, kept for the longest window. */
export class PerIssueWriteLimiter {
  private readonly writes = new Map<string, number[]>();
  private readonly longestMs = Math.max(...PER_ISSUE_WINDOWS.map((w) => w.windowMs));

  constructor(private readonly clock: Clock) {}

  /** When the issue accepts another write, or undefined if it does now. Records nothing. */
  retryAt(request: LimitedRequest & { issueId: string }): number | undefined {
    const now = this.clock.now();
    const times = this.recent(request, now);
    let retryAt: number | undefined;
    for (const { writes, windowMs } of PER_ISSUE_WINDOWS) {
      const inWindow = times.filter((t) => t > now - windowMs);
      if (inWindow.length < writes) continue;
      // The write that must age out is the one `writes` places from the newest.
      const blocking = inWindow[inWindow.length - writes];
      if (blocking === undefined) continue;
      retryAt = Math.max(retryAt ?? 0, blocking + windowMs);
    }
    return retryAt;
  }

  record(request: LimitedRequest & { issueId: string }): void {
    const now = this.clock.now();
    const times = this.recent(request, now);
    times.push(now);
    this.writes.set(keyOf(request), times);
  }

  private recent(request: LimitedRequest & { issueId: string }, now: number): number[] {
    const times = (this.writes.get(keyOf(request)) ?? []).filter((t) => t > now - this.longestMs);
    this.writes.set(keyOf(request), times);
    return times;
  }
}

const keyOf = (request: LimitedRequest & { issueId: string }): string => `${request.tenantId} ${request.issueId}`;
