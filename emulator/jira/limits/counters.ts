import type { RateLimitReason } from './request';

export interface EndpointCounters {
  requests: number;
  points: number;
  rejected: Partial<Record<RateLimitReason, number>>;
}

/** Per endpoint template (`GET /rest/api/3/issue/{issueIdOrKey}`): what the bench and tests read. */
export class LimitCounters {
  private readonly byEndpoint = new Map<string, EndpointCounters>();

  request(endpoint: string): void {
    this.entry(endpoint).requests += 1;
  }

  points(endpoint: string, points: number): void {
    this.entry(endpoint).points += points;
  }

  rejected(endpoint: string, reason: RateLimitReason): void {
    const { rejected } = this.entry(endpoint);
    rejected[reason] = (rejected[reason] ?? 0) + 1;
  }

  /** A deep copy, sorted by endpoint, so a snapshot cannot change under its reader. */
  snapshot(): Record<string, EndpointCounters> {
    const keys = [...this.byEndpoint.keys()].sort();
    return Object.fromEntries(
      keys.map((key) => {
        const entry = this.entry(key);
        return [key, { requests: entry.requests, points: entry.points, rejected: { ...entry.rejected } }];
      }),
    );
  }

  private entry(endpoint: string): EndpointCounters {
    let entry = this.byEndpoint.get(endpoint);
    if (entry === undefined) {
      entry = { requests: 0, points: 0, rejected: {} };
      this.byEndpoint.set(endpoint, entry);
    }
    return entry;
  }
}
