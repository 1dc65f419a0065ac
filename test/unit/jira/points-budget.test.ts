import { admit, afterSpending, BACKGROUND_FRACTION, current, pointsOf, shareOf } from '../../../src/jira/client/points-budget';

const HOUR = 3_600_000;
const NOW = 500 * HOUR + 20 * 60_000;
const SETTINGS = { quotaPerHour: 65_000, sharePercent: 25 };

describe('the points budget', () => {
  it('gives an installation its share of the quota and background work 80 % of it', () => {
    expect(shareOf(SETTINGS)).toBe(16_250);
    const limit = shareOf(SETTINGS) * BACKGROUND_FRACTION;
    const state = { hour: 500, spent: limit - 100, appNearLimit: false };
    expect(admit(state, 'background', 100, SETTINGS, NOW)).toEqual({ allowed: true });
    expect(admit(state, 'background', 101, SETTINGS, NOW)).toEqual({ allowed: false, retryAfterMs: 40 * 60_000 });
    expect(admit({ ...state, spent: 1e9 }, 'interactive', 100, SETTINGS, NOW)).toEqual({ allowed: true });
  });

  it('defers background work for the rest of the hour once Jira says the app is near its quota', () => {
    expect(admit({ hour: 500, spent: 0, appNearLimit: true }, 'background', 1, SETTINGS, NOW)).toEqual({ allowed: false, retryAfterMs: 40 * 60_000 });
  });

  it('starts each UTC hour from nothing, as Jira resets its quota', () => {
    expect(current({ hour: 499, spent: 9_000, appNearLimit: true }, NOW)).toEqual({ hour: 500, spent: 0, appNearLimit: false });
    expect(current({ hour: 500, spent: 9_000, appNearLimit: false }, NOW)).toEqual({ hour: 500, spent: 9_000, appNearLimit: false });
    expect(afterSpending({ hour: 500, spent: 10, appNearLimit: false }, 5, true)).toEqual({ hour: 500, spent: 15, appNearLimit: true });
  });

  it('charges what Jira documents: a read 1 + core + 2 × identity, a write 1, a search POST like a read', () => {
    expect(pointsOf('GET', { core: 1, identity: 0 })).toBe(2);
    expect(pointsOf('GET', { core: 0, identity: 8 })).toBe(17);
    expect(pointsOf('PUT', { core: 1, identity: 0 })).toBe(1);
    expect(pointsOf('POST', { core: 100, identity: 0 }, true)).toBe(101);
  });
});
