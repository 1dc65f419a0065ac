interface Op {
  at: number;
  seq: number;
  run: () => void;
}

/**
 * Seeded history is planned per issue but applied in global time order, so changelog, comment and
 * worklog ids increase with time across the site, exactly as the store would see live edits.
 */
export class Timeline {
  private ops: Op[] = [];

  constructor(private readonly now: number) {}

  /** Schedules `run` at `at`; anything at or after `now` has not happened yet and is dropped. */
  add(at: number, run: () => void): void {
    const rounded = Math.floor(at);
    if (rounded < this.now) this.ops.push({ at: rounded, seq: this.ops.length, run });
  }

  run(): void {
    const ops = this.ops;
    this.ops = [];
    ops.sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const op of ops) op.run();
  }
}
