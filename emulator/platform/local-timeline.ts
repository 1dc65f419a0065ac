import { setImmediate as realSetImmediate } from 'node:timers';

interface LocalTimer {
  id: number;
  at: number;
  fire: () => void;
}

/**
 * One invocation's own time line: a small discrete-event simulation. The invocation's timers
 * (`setTimeout` in app code, injected network latency) fire in time order, and only when the
 * invocation has no real I/O in flight, so a 30 s back-off or a slow Jira answer costs virtual
 * time, not test time. Time passing its deadline ends the invocation as a time-out.
 */
export class LocalTimeline {
  private localNow: number;
  private pendingIo = 0;
  private timers: LocalTimer[] = [];
  private nextId = 1;
  private pumpScheduled = false;
  private idleRounds = 0;
  private closed = false;

  constructor(
    private readonly start: number,
    private readonly deadline: number,
    private readonly onDeadline: () => void,
  ) {
    this.localNow = start;
  }

  now(): number {
    return this.localNow;
  }

  elapsed(): number {
    return this.localNow - this.start;
  }

  remaining(): number {
    return Math.max(0, this.deadline - this.localNow);
  }

  setTimer(ms: number, fire: () => void): number {
    const id = this.nextId++;
    if (!this.closed) this.timers.push({ id, at: this.localNow + Math.max(0, ms), fire });
    this.pump();
    return id;
  }

  clearTimer(id: number): void {
    this.timers = this.timers.filter((timer) => timer.id !== id);
  }

  /** Virtual latency: resolves once this invocation's time has moved `ms` forward. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(ms, resolve));
  }

  /** Marks real I/O in flight; time does not move while any is pending. */
  async trackIo<T>(work: Promise<T>): Promise<T> {
    this.pendingIo++;
    try {
      return await work;
    } finally {
      this.pendingIo--;
      this.pump();
    }
  }

  /** Called when the handler settled: nothing of this invocation may fire afterwards. */
  close(): void {
    this.closed = true;
    this.timers = [];
  }

  /** Keeps the time line moving while the handler waits on a timer or on nothing at all. */
  kick(): void {
    this.pump();
  }

  private pump(): void {
    if (this.pumpScheduled || this.closed) return;
    this.pumpScheduled = true;
    realSetImmediate(() => {
      this.pumpScheduled = false;
      this.step();
    });
  }

  private step(): void {
    if (this.closed || this.pendingIo > 0) {
      this.idleRounds = 0;
      return;
    }
    // Two quiet rounds in a row: the handler is waiting only on time (or on nothing).
    if (++this.idleRounds < 2) {
      this.pump();
      return;
    }
    this.idleRounds = 0;
    const next = this.earliest();
    if (next === undefined || next.at > this.deadline) {
      this.localNow = this.deadline;
      this.close();
      this.onDeadline();
      return;
    }
    this.timers = this.timers.filter((timer) => timer.id !== next.id);
    this.localNow = Math.max(this.localNow, next.at);
    next.fire();
    this.pump();
  }

  private earliest(): LocalTimer | undefined {
    let best: LocalTimer | undefined;
    for (const timer of this.timers) if (best === undefined || timer.at < best.at) best = timer;
    return best;
  }
}
