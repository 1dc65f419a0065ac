import type { Clock } from '../../platform/clock';
import { BurstLimiter, type BurstLimiterOptions } from './burst';
import { LimitCounters, type EndpointCounters } from './counters';
import { PerIssueWriteLimiter } from './per-issue';
import { pointsFor } from './points';
import { PointsQuota, type PointsQuotaOptions } from './quota';
import { endpointKey, isWrite, tooManyRequestsHeaders, type Headers, type LimitedRequest, type RateLimitReason } from './request';

export type RateLimitVerdict =
  | { allowed: true; headers: Headers }
  | { allowed: false; status: 429; reason: RateLimitReason; headers: Headers };

/** What the response turned out to contain; only then is the points cost known. */
export interface ResponseOutcome {
  coreObjects: number;
  identityObjects: number;
}

export interface RateLimiterOptions {
  quota?: PointsQuotaOptions;
  burst?: BurstLimiterOptions;
}

/**
 * The three independent Jira limits behind one per-request API, used in two steps:
 *
 * 1. `check` before the handler runs. It denies when the quota has nothing left (remaining ≤ 0),
 *    when the burst bucket is empty, or when the issue had too many recent writes. Only when all
 *    three admit does it take a burst token and log the issue write, so a refused request does not
 *    also drain the limits that would have admitted it. Reported in that order of precedence:
 *    the quota blocks everything, the burst bucket sits in front of the per-issue counter.
 * 2. `record` once the response body is built, charging the points it actually cost. Denied
 *    requests are never recorded: they never reached Jira and cost nothing.
 */
export class RateLimiter {
  readonly quota: PointsQuota;
  readonly burst: BurstLimiter;
  readonly perIssue: PerIssueWriteLimiter;
  private readonly counters = new LimitCounters();

  constructor(
    private readonly clock: Clock,
    options: RateLimiterOptions = {},
  ) {
    this.quota = new PointsQuota(clock, options.quota);
    this.burst = new BurstLimiter(clock, options.burst);
    this.perIssue = new PerIssueWriteLimiter(clock);
  }

  check(request: LimitedRequest): RateLimitVerdict {
    const endpoint = endpointKey(request.method, request.route);
    this.counters.request(endpoint);
    const quotaKey = this.quota.keyFor(request.appId, request.tenantId);
    const quota = this.quota.check(quotaKey);
    if (!quota.allowed) return this.deny(endpoint, quota.reason, quota.headers);

    const burstRetryAt = this.burst.retryAt(request);
    if (burstRetryAt !== undefined) return this.deny(endpoint, 'jira-burst-based', quota.headers, burstRetryAt);

    const issueWrite = issueWriteOf(request);
    const issueRetryAt = issueWrite === undefined ? undefined : this.perIssue.retryAt(issueWrite);
    if (issueRetryAt !== undefined) return this.deny(endpoint, 'jira-per-issue-on-write', quota.headers, issueRetryAt);

    this.burst.take(request);
    if (issueWrite !== undefined) this.perIssue.record(issueWrite);
    return { allowed: true, headers: quota.headers };
  }

  /** Charges the request's points and returns the quota headers as they stand after the charge. */
  record(request: LimitedRequest, outcome: ResponseOutcome): Headers {
    const points = pointsFor({ method: request.method, route: request.route, ...outcome });
    const quotaKey = this.quota.keyFor(request.appId, request.tenantId);
    this.quota.charge(quotaKey, points);
    this.counters.points(endpointKey(request.method, request.route), points);
    return this.quota.headers(quotaKey);
  }

  snapshot(): Record<string, EndpointCounters> {
    return this.counters.snapshot();
  }

  private deny(endpoint: string, reason: RateLimitReason, base: Headers, retryAt?: number): RateLimitVerdict {
    this.counters.rejected(endpoint, reason);
    const headers = retryAt === undefined ? base : { ...base, ...tooManyRequestsHeaders(reason, this.clock.now(), retryAt) };
    return { allowed: false, status: 429, reason, headers };
  }
}

function issueWriteOf(request: LimitedRequest): (LimitedRequest & { issueId: string }) | undefined {
  const { issueId } = request;
  return issueId !== undefined && isWrite(request.method) ? { ...request, issueId } : undefined;
}
