/** What the limiters need to know about one Jira REST request; the server fills it per request. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface LimitedRequest {
  /** The calling app; copies of one app share its id, so they share the Tier 1 quota. */
  appId: string;
  /** The site (cloud id) the request goes to; burst buckets and Tier 2 quotas are per tenant. */
  tenantId: string;
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`, never the concrete path. */
  route: string;
  /** The issue a write targets, resolved by the server, so per-issue write limits can apply. */
  issueId?: string;
}

/** Header names exactly as Jira sends them. */
export type Headers = Record<string, string>;

export type RateLimitReason =
  | 'jira-quota-global-based'
  | 'jira-quota-tenant-based'
  | 'jira-burst-based'
  | 'jira-per-issue-on-write';

export const isWrite = (method: HttpMethod): boolean => method !== 'GET';

/** One key per endpoint for counters and buckets: `GET /rest/api/3/issue/{issueIdOrKey}`. */
export const endpointKey = (method: HttpMethod, route: string): string => `${method} ${route}`;

/** The 429 header set shared by every limiter; `retryAtMs` is when a retry can succeed. */
export function tooManyRequestsHeaders(reason: RateLimitReason, now: number, retryAtMs: number): Headers {
  return {
    'RateLimit-Reason': reason,
    // Never 0: a client honouring `Retry-After: 0` would hammer the limiter in a tight loop.
    'Retry-After': String(Math.max(1, Math.ceil((retryAtMs - now) / 1000))),
    'X-RateLimit-Reset': new Date(retryAtMs).toISOString(),
  };
}
