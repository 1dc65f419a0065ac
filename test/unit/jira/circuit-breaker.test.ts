import { admit, afterFailure, afterSuccess, CLOSED, OPEN_FOR_MS, type BreakerState } from '../../../src/jira/client/circuit-breaker';

const T0 = 1_000_000;

function fail(times: number, from: BreakerState = CLOSED, at = T0): BreakerState {
  let state = from;
  for (let i = 0; i < times; i++) state = afterFailure(state, at);
  return state;
}

describe('the circuit breaker', () => {
  it('stays closed for four failures in a row and opens on the fifth', () => {
    expect(fail(4)).toEqual({ state: 'closed', failures: 4, openedAt: null, trips: 0 });
    expect(fail(5)).toEqual({ state: 'open', failures: 5, openedAt: T0, trips: 1 });
  });

  it('forgets failures after a success', () => {
    expect(fail(2, afterSuccess(fail(4)))).toMatchObject({ state: 'closed', failures: 2 });
  });

  it('refuses calls for a minute, then lets one trial through half-open', () => {
    const open = fail(5);
    expect(admit(open, T0 + OPEN_FOR_MS - 1)).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(admit(open, T0 + OPEN_FOR_MS)).toEqual({ allowed: true, state: { ...open, state: 'half-open' } });
  });

  it('closes on a successful trial and re-opens on a failed one', () => {
    const trial = { ...fail(5), state: 'half-open' as const };
    expect(afterSuccess(trial)).toEqual({ ...CLOSED, trips: 1 });
    expect(afterFailure(trial, T0 + OPEN_FOR_MS)).toEqual({ state: 'open', failures: 5, openedAt: T0 + OPEN_FOR_MS, trips: 2 });
  });

  it('does not change when a closed breaker without failures succeeds, so nothing needs writing', () => {
    expect(afterSuccess(CLOSED)).toBe(CLOSED);
  });
});
