import type { Clock } from '../../../../emulator/platform/clock';

/** Virtual time the test moves by hand; starts mid-hour so window edges are visible. */
export interface FakeClock extends Clock {
  t: number;
}

export const HOUR_START = Date.UTC(2026, 10, 2, 9, 0, 0);

export function fakeClock(t: number = HOUR_START + 30 * 60_000): FakeClock {
  return {
    t,
    now() {
      return this.t;
    },
  };
}
