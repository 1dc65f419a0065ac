import { RateLimiter } from '../../../../emulator/jira/limits/rate-limiter';
import type { LimitedRequest } from '../../../../emulator/jira/limits/request';
import { fakeClock } from './fake-clock';

describe('RateLimiter counters', () => {
  it('counts requests, points and 429s by reason per endpoint template', () => {
    const limiter = new RateLimiter(fakeClock(), { quota: { limit: 50 }, burst: { capacitySeconds: 0.1 } });
    const getIssue: LimitedRequest = { appId: 'app', tenantId: 'a', method: 'GET', route: '/rest/api/3/issue/{issueIdOrKey}' };
    const members: LimitedRequest = { appId: 'app', tenantId: 'a', method: 'GET', route: '/rest/api/3/group/member' };

    for (let i = 0; i < 16; i += 1) {
      if (limiter.check(getIssue).allowed) limiter.record(getIssue, { coreObjects: 1, identityObjects: 0 });
    }
    limiter.check(members);
    limiter.record(members, { coreObjects: 0, identityObjects: 8 });
    limiter.check(members);
    limiter.record(members, { coreObjects: 0, identityObjects: 8 });
    limiter.check(members);

    expect(limiter.snapshot()).toEqual({
      'GET /rest/api/3/group/member': { requests: 3, points: 34, rejected: { 'jira-quota-global-based': 1 } },
      'GET /rest/api/3/issue/{issueIdOrKey}': { requests: 16, points: 30, rejected: { 'jira-burst-based': 1 } },
    });
  });
});
