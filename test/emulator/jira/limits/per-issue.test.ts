import { RateLimiter } from '../../../../emulator/jira/limits/rate-limiter';
import type { LimitedRequest } from '../../../../emulator/jira/limits/request';
import { fakeClock } from './fake-clock';

const edit = (issueId: string, tenantId = 'site-a'): LimitedRequest => ({
  appId: 'app',
  tenantId,
  method: 'PUT',
  route: '/rest/api/3/issue/{issueIdOrKey}',
  issueId,
});

describe('per-issue write limits', () => {
  it('allows 20 writes per 2 s on one issue, then refuses until the oldest ages out', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    const start = clock.t;
    for (let i = 0; i < 20; i += 1) {
      expect(limiter.check(edit('10001')).allowed).toBe(true);
      clock.t += 10;
    }
    const refused = limiter.check(edit('10001'));
    expect(refused).toMatchObject({ allowed: false, status: 429, reason: 'jira-per-issue-on-write' });
    expect(refused.headers).toMatchObject({ 'RateLimit-Reason': 'jira-per-issue-on-write', 'Retry-After': '2' });
    expect(refused.headers['X-RateLimit-Reset']).toBe(new Date(start + 2_000).toISOString());

    expect(limiter.check(edit('10002')).allowed).toBe(true);
    expect(limiter.check(edit('10001', 'site-b')).allowed).toBe(true);
    clock.t = start + 1_999;
    expect(limiter.check(edit('10001')).allowed).toBe(false);
    clock.t = start + 2_000;
    expect(limiter.check(edit('10001')).allowed).toBe(true);
  });

  it('allows 100 writes per 30 s even when spread to pass the 2 s window', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    const start = clock.t;
    for (let i = 0; i < 100; i += 1) {
      expect(limiter.check(edit('10001')).allowed).toBe(true);
      clock.t += 200; // 10 per 2 s: under the short window
    }
    const refused = limiter.check(edit('10001'));
    expect(refused).toMatchObject({ allowed: false, reason: 'jira-per-issue-on-write' });
    expect(refused.headers['X-RateLimit-Reset']).toBe(new Date(start + 30_000).toISOString());
    clock.t = start + 30_000;
    expect(limiter.check(edit('10001')).allowed).toBe(true);
  });

  it('does not count reads or a write refused by another limit', () => {
    const limiter = new RateLimiter(fakeClock(), { burst: { capacitySeconds: 0.1 } });
    const write = { ...edit('10001'), issueId: '10001' };
    for (let i = 0; i < 30; i += 1) limiter.check({ ...write, method: 'GET' });
    // The PUT bucket holds 5: five writes pass, five are burst refusals that log no write.
    const verdicts = Array.from({ length: 10 }, () => limiter.check(write).allowed);
    expect(verdicts.filter(Boolean)).toHaveLength(5);

    for (let i = 0; i < 14; i += 1) limiter.perIssue.record(write);
    expect(limiter.perIssue.retryAt(write)).toBeUndefined();
    limiter.perIssue.record(write);
    expect(limiter.perIssue.retryAt(write)).toBeDefined();
  });
});
