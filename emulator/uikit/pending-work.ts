/**
 * What a host is still waiting for, and the loop that waits until it is all done.
 *
 * Resolvers run through `platform.callResolver`, whose virtual time advances on its own, so waiting
 * here only takes real time for real I/O (a loopback Jira site). React's passive effects run from its
 * scheduler on a later macrotask, so "done" means: no tracked promise pending, and a couple of
 * macrotask turns in a row without any bridge traffic or commit.
 */
import { setImmediate as realSetImmediate, setTimeout as realSetTimeout, clearTimeout as realClearTimeout } from 'node:timers';

export interface SettleOptions {
  /** Rounds of (await pending, one macrotask) before giving up. */
  maxRounds?: number;
  /** Real milliseconds to wait for one round's pending promises: a watchdog, not a sleep. */
  roundTimeoutMs?: number;
}

// node:timers, not the globals: the platform's time patch and jest's fake timers replace the globals.
const macrotask = (): Promise<void> => new Promise((resolve) => realSetImmediate(resolve));

/** Quiet turns needed: the scheduler may yield once mid-work and continue on the next turn. */
const QUIET_TURNS = 2;

export class PendingWork {
  private readonly pending = new Map<Promise<unknown>, string>();
  private readonly failures: unknown[] = [];
  /** Bumped on every bridge command and commit of the host. */
  private activity = 0;

  touch(): void {
    this.activity += 1;
  }

  /**
   * Waits for `promise` in `settle()`. A rejection of a fire-and-forget promise (a handler's) is kept
   * and thrown by `settle()`; an invoke's rejection belongs to the component that awaits it.
   */
  track(promise: Promise<unknown>, label: string, keepFailure: boolean): void {
    this.pending.set(promise, label);
    this.touch();
    promise.then(
      () => this.pending.delete(promise),
      (error: unknown) => {
        this.pending.delete(promise);
        if (keepFailure) this.failures.push(error);
      },
    );
  }

  labels(): string[] {
    return [...this.pending.values()];
  }

  async settle(options: SettleOptions = {}): Promise<void> {
    const maxRounds = options.maxRounds ?? 200;
    const roundTimeoutMs = options.roundTimeoutMs ?? 10_000;
    let quiet = 0;
    for (let round = 0; round < maxRounds; round += 1) {
      const before = this.activity;
      if (this.pending.size > 0) await this.waitForPending(roundTimeoutMs);
      await macrotask();
      quiet = this.pending.size === 0 && this.activity === before ? quiet + 1 : 0;
      if (quiet >= QUIET_TURNS) {
        this.throwFailures();
        return;
      }
    }
    const pending = this.labels();
    throw new Error(
      `settle() gave up after ${maxRounds} rounds: ${pending.length > 0 ? `still pending: ${pending.join(', ')}` : 'the UI kept re-rendering or calling the bridge (a render loop?)'}`,
    );
  }

  private async waitForPending(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof realSetTimeout> | undefined;
    const watchdog = new Promise<'timeout'>((resolve) => (timer = realSetTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([Promise.allSettled([...this.pending.keys()]), watchdog]);
    realClearTimeout(timer);
    if (outcome === 'timeout') throw new Error(`settle(): still pending after ${timeoutMs} ms of real time: ${this.labels().join(', ')}`);
  }

  private throwFailures(): void {
    const failures = this.failures.splice(0);
    if (failures.length === 0) return;
    if (failures.length === 1) throw failures[0];
    throw new AggregateError(failures, `${failures.length} event handlers failed`);
  }
}
