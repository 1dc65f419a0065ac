/** Kinds of module the platform invokes a function for. */
export type ModuleType = 'trigger' | 'consumer' | 'scheduledTrigger' | 'resolver' | 'script';

export type InvocationOutcome = 'success' | 'retry-requested' | 'error' | 'timeout';

export interface InvocationRecord {
  invocationId: string;
  functionKey: string;
  moduleKey: string;
  moduleType: ModuleType;
  installationId: string;
  /** Virtual time the invocation started at. */
  startedAt: number;
  /** Virtual time it took: injected latency and timers on its own time line. */
  virtualMs: number;
  /** Real time it took on this machine: the app's own work. */
  realMs: number;
  /** What Forge would bill: virtual plus real time, capped at the limit as the platform caps it. */
  durationMs: number;
  limitMs: number;
  memoryMb: number;
  outcome: InvocationOutcome;
  errorMessage?: string;
}

/** Forge functions run with 512 MB unless the manifest says otherwise. */
export const DEFAULT_MEMORY_MB = 512;

export class InvocationLog {
  private readonly records: InvocationRecord[] = [];

  add(record: InvocationRecord): void {
    this.records.push(record);
  }

  all(): readonly InvocationRecord[] {
    return this.records;
  }

  /** Forge compute is metered as duration times memory. */
  gbSeconds(filter: (record: InvocationRecord) => boolean = () => true): number {
    let total = 0;
    for (const record of this.records) if (filter(record)) total += (record.durationMs / 1000) * (record.memoryMb / 1024);
    return total;
  }

  count(filter: (record: InvocationRecord) => boolean = () => true): number {
    return this.records.filter(filter).length;
  }
}
