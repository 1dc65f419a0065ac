import { BurstLimiter } from '../../../../emulator/jira/limits/burst';
import { RateLimiter } from '../../../../emulator/jira/limits/rate-limiter';
import type { HttpMethod, LimitedRequest } from '../../../../emulator/jira/limits/request';
import { fakeClock } from './fake-clock';

const request = (method: HttpMethod, route: string, tenantId = 'site-a', appId = 'app'): LimitedRequest => ({ appId, tenantId, method, route });

/** How many requests a full bucket admits at one instant. */
function admittedAtOnce(limiter: RateLimiter, req: LimitedRequest): number {
  let admitted = 0;
  while (limiter.check(req).allowed) admitted += 1;
  return admitted;
}

describe('BurstLimiter', () => {
  it.each<[HttpMethod, string, number]>([
    ['GET', '/rest/api/3/project/search', 100],
    ['POST', '/rest/api/3/issue', 100],
    ['PUT', '/rest/api/3/issue/{issueIdOrKey}', 50],
    ['DELETE', '/rest/api/3/issue/{issueIdOrKey}', 50],
    ['GET', '/rest/api/3/issue/{issueIdOrKey}', 150],
    ['GET', '/rest/api/3/issue/{issueIdOrKey}/changelog', 200],
    ['POST', '/rest/api/3/search/approximate-count', 150],
  ])('%s %s holds %i tokens (1 s of its steady rate)', (method, route, rate) => {
    const limiter = new RateLimiter(fakeClock());
    expect(limiter.burst.ratePerSecond(method, route)).toBe(rate);
    expect(admittedAtOnce(limiter, request(method, route))).toBe(rate);
  });

  it('refuses with jira-burst-based and Retry-After, then refills at the steady rate', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(clock);
    const put = request('PUT', '/rest/api/3/issue/{issueIdOrKey}');
    admittedAtOnce(limiter, put);

    const refused = limiter.check(put);
    expect(refused).toMatchObject({ allowed: false, status: 429, reason: 'jira-burst-based' });
    expect(refused.headers).toMatchObject({ 'RateLimit-Reason': 'jira-burst-based', 'Retry-After': '1', 'X-RateLimit-Remaining': '65000' });
    expect(refused.headers['X-RateLimit-Reset']).toBe(new Date(clock.t + 20).toISOString());

    clock.t += 19;
    expect(limiter.check(put).allowed).toBe(false);
    clock.t += 1;
    expect(limiter.check(put).allowed).toBe(true);
    // 50 RPS: half a second buys 25 more, and a full bucket never exceeds 50.
    clock.t += 500;
    expect(admittedAtOnce(limiter, put)).toBe(25);
    clock.t += 60_000;
    expect(admittedAtOnce(limiter, put)).toBe(50);
  });

  it('keeps separate buckets per tenant, endpoint and method, but shares one across apps', () => {
    const limiter = new RateLimiter(fakeClock());
    admittedAtOnce(limiter, request('DELETE', '/rest/api/3/issue/{issueIdOrKey}', 'site-a', 'app-1'));

    expect(limiter.check(request('DELETE', '/rest/api/3/issue/{issueIdOrKey}', 'site-a', 'app-2')).allowed).toBe(false);
    expect(limiter.check(request('DELETE', '/rest/api/3/issue/{issueIdOrKey}', 'site-b', 'app-1')).allowed).toBe(true);
    expect(limiter.check(request('GET', '/rest/api/3/issue/{issueIdOrKey}', 'site-a', 'app-1')).allowed).toBe(true);
    expect(limiter.check(request('DELETE', '/rest/api/3/comment/{id}', 'site-a', 'app-1')).allowed).toBe(true);
  });

  it('takes its capacity from the option', () => {
    const limiter = new BurstLimiter(fakeClock(), { capacitySeconds: 0.1 });
    const get = request('GET', '/rest/api/3/myself');
    for (let i = 0; i < 10; i += 1) {
      expect(limiter.retryAt(get)).toBeUndefined();
      limiter.take(get);
    }
    expect(limiter.retryAt(get)).toBeDefined();
  });
});
