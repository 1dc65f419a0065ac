import { PointsQuota, tier2PointsPerHour } from '../../../../emulator/jira/limits/quota';
import { RateLimiter } from '../../../../emulator/jira/limits/rate-limiter';
import type { LimitedRequest } from '../../../../emulator/jira/limits/request';
import { fakeClock, HOUR_START } from './fake-clock';

const read = (appId: string, tenantId: string): LimitedRequest => ({ appId, tenantId, method: 'GET', route: '/rest/api/3/serverInfo' });

describe('PointsQuota headers', () => {
  it('reports limit, remaining and policy, with r and NearLimit only below 20 % remaining', () => {
    const clock = fakeClock();
    const quota = new PointsQuota(clock);
    expect(quota.headers('app')).toEqual({
      'X-RateLimit-Limit': '65000',
      'X-RateLimit-Remaining': '65000',
      'RateLimit-Policy': '"global-app-quota";q=65000;w=3600',
      RateLimit: '"global-app-quota";t=1800',
    });
    quota.charge('app', 52_000);
    expect(quota.headers('app')['X-RateLimit-NearLimit']).toBeUndefined();
    quota.charge('app', 1);
    expect(quota.headers('app')).toEqual({
      'X-RateLimit-Limit': '65000',
      'X-RateLimit-Remaining': '12999',
      'X-RateLimit-NearLimit': 'true',
      'RateLimit-Policy': '"global-app-quota";q=65000;w=3600',
      RateLimit: '"global-app-quota";r=12999;t=1800',
    });
  });

  it('computes the Tier 2 table with its 500k cap', () => {
    expect(tier2PointsPerHour('free', 10_000)).toBe(65_000);
    expect(tier2PointsPerHour('standard', 100)).toBe(101_000);
    expect(tier2PointsPerHour('premium', 100)).toBe(132_000);
    expect(tier2PointsPerHour('enterprise', 100)).toBe(153_000);
    expect(tier2PointsPerHour('enterprise', 1_000_000)).toBe(500_000);
  });
});

describe('quota exhaustion through the RateLimiter', () => {
  it('admits the request that overdraws, denies everything after, and resets at the top of the UTC hour', () => {
    const clock = fakeClock(HOUR_START + 59 * 60_000 + 30_500);
    const limiter = new RateLimiter(clock, { quota: { limit: 100 } });
    const search = { appId: 'app', tenantId: 'a', method: 'POST', route: '/rest/api/3/search/jql' } as const;

    expect(limiter.check(search).allowed).toBe(true);
    // The cost is known only now: 150 issues overdraw the last 100 points.
    expect(limiter.record(search, { coreObjects: 150, identityObjects: 0 })['X-RateLimit-Remaining']).toBe('0');

    expect(limiter.check(read('app', 'a'))).toEqual({
      allowed: false,
      status: 429,
      reason: 'jira-quota-global-based',
      headers: {
        'X-RateLimit-Limit': '100',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-NearLimit': 'true',
        'RateLimit-Policy': '"global-app-quota";q=100;w=3600',
        RateLimit: '"global-app-quota";r=0;t=30',
        'RateLimit-Reason': 'jira-quota-global-based',
        'Retry-After': '30',
        'X-RateLimit-Reset': '2026-11-02T10:00:00.000Z',
      },
    });

    clock.t = HOUR_START + 3_600_000 - 1;
    expect(limiter.check(read('app', 'a')).allowed).toBe(false);
    clock.t = HOUR_START + 3_600_000;
    const fresh = limiter.check(read('app', 'a'));
    expect(fresh).toEqual({ allowed: true, headers: expect.objectContaining({ 'X-RateLimit-Remaining': '100' }) });
  });

  it('shares one Tier 1 quota across two installations of one app, but not across apps', () => {
    const limiter = new RateLimiter(fakeClock(), { quota: { limit: 10 } });
    limiter.check(read('app-1', 'site-a'));
    limiter.record(read('app-1', 'site-a'), { coreObjects: 9, identityObjects: 0 });

    expect(limiter.check(read('app-1', 'site-b'))).toMatchObject({ allowed: false, reason: 'jira-quota-global-based' });
    expect(limiter.check(read('app-2', 'site-a'))).toMatchObject({ allowed: true, headers: { 'X-RateLimit-Remaining': '10' } });
  });

  it('keeps one Tier 2 quota per app and tenant, denied as tenant-based', () => {
    const limiter = new RateLimiter(fakeClock(), { quota: { tier: 'tenant', limit: 10 } });
    limiter.check(read('app', 'site-a'));
    limiter.record(read('app', 'site-a'), { coreObjects: 9, identityObjects: 0 });

    const denied = limiter.check(read('app', 'site-a'));
    expect(denied).toMatchObject({ allowed: false, reason: 'jira-quota-tenant-based' });
    expect(denied.headers['RateLimit-Policy']).toBe('"tenant-app-quota";q=10;w=3600');
    expect(limiter.check(read('app', 'site-b')).allowed).toBe(true);
  });
});
