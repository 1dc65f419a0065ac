/**
 * The emulator's virtual clock. Platform time (queue delays, retries, scheduled triggers, TTLs,
 * invocation deadlines) is read only from here, so tests move time forward instead of waiting.
 */
export interface Clock {
  now(): number;
}

interface Task {
  id: number;
  at: number;
  label: string;
  run: () => Promise<void>;
}

/** A 2026 start keeps seeded data and "last 30 days" windows realistic. */
export const DEFAULT_EPOCH = Date.UTC(2026, 10, 2, 9, 0, 0);

/**
 * Global virtual time plus the platform's timetable. Tasks due at the same instant run together;
 * `advance` runs every task in time order and waits for each instant's work before moving on.
 */
export class VirtualClock implements Clock {
  private current: number;
  private nextId = 1;
  private tasks: Task[] = [];

  constructor(start: number = DEFAULT_EPOCH) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  schedule(at: number, label: string, run: () => Promise<void>): number {
    const id = this.nextId++;
    this.tasks.push({ id, at: Math.max(at, this.current), label, run });
    return id;
  }

  cancel(id: number): void {
    this.tasks = this.tasks.filter((task) => task.id !== id);
  }

  pendingTasks(): ReadonlyArray<{ at: number; label: string }> {
    return [...this.tasks].sort((a, b) => a.at - b.at).map(({ at, label }) => ({ at, label }));
  }

  /** Runs everything due up to `now + ms`, instant by instant, then stops at exactly `now + ms`. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    while (await this.runNextInstant(target));
    this.current = Math.max(this.current, target);
  }

  /** Runs what is due now, including work that becomes due now while it runs. */
  async runDue(): Promise<void> {
    while (await this.runNextInstant(this.current));
  }

  /**
   * Runs instants until no task is left that `keep` accepts, or `limitMs` of virtual time passed.
   * Recurring tasks (scheduled triggers) are excluded through `keep` so a drain can end.
   */
  async drain(keep: (label: string) => boolean, limitMs: number): Promise<void> {
    const limit = this.current + limitMs;
    for (;;) {
      const next = this.earliest();
      if (next === undefined || next.at > limit) return;
      if (!this.tasks.some((task) => keep(task.label))) return;
      await this.runNextInstant(limit);
    }
  }

  private earliest(): Task | undefined {
    let best: Task | undefined;
    for (const task of this.tasks) if (best === undefined || task.at < best.at) best = task;
    return best;
  }

  private async runNextInstant(limit: number): Promise<boolean> {
    const next = this.earliest();
    if (next === undefined || next.at > limit) return false;
    this.current = Math.max(this.current, next.at);
    const due = this.tasks.filter((task) => task.at <= this.current);
    this.tasks = this.tasks.filter((task) => task.at > this.current);
    await Promise.all(due.map((task) => task.run()));
    return true;
  }
}
