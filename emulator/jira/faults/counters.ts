import type { FaultKind } from './rules';

/** Faults injected per endpoint (`GET /rest/api/3/issue/{issueIdOrKey}`) and kind. */
export class FaultCounters {
  private readonly byEndpoint = new Map<string, Partial<Record<FaultKind, number>>>();

  injected(endpoint: string, kind: FaultKind): void {
    const entry = this.byEndpoint.get(endpoint) ?? {};
    entry[kind] = (entry[kind] ?? 0) + 1;
    this.byEndpoint.set(endpoint, entry);
  }

  snapshot(): Record<string, Partial<Record<FaultKind, number>>> {
    const keys = [...this.byEndpoint.keys()].sort();
    return Object.fromEntries(keys.map((key) => [key, { ...this.byEndpoint.get(key) }]));
  }
}
