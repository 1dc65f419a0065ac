import type { Clock } from '../../platform/clock';
import { endpointKey, type HttpMethod, type LimitedRequest } from './request';

/** Documented steady-state rates (requests per second) per method. */
export const DEFAULT_RATES: Readonly<Record<HttpMethod, number>> = { GET: 100, POST: 100, PUT: 50, PATCH: 50, DELETE: 50 };

/** Documented per-endpoint overrides, keyed like `endpointKey`. */
export const RATE_OVERRIDES: Readonly<Record<string, number>> = {
  'GET /rest/api/3/issue/{issueIdOrKey}': 150,
  'GET /rest/api/3/issue/{issueIdOrKey}/changelog': 200,
  'POST /rest/api/3/search/approximate-count': 150,
  'POST /rest/api/3/expression/evaluate': 150,
  'GET /rest/servicedeskapi/servicedesk/{serviceDeskId}/customer': 5,
};

export interface BurstLimiterOptions {
  /**
   * Bucket size in seconds of steady rate. Atlassian does not publish the capacity; 1 s worth
   * (100 tokens for a 100 RPS GET) lets a short burst through yet refuses anything sustained
   * above the documented rate, which is what clients are told to design for.
   */
  capacitySeconds?: number;
  overrides?: Readonly<Record<string, number>>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets per tenant × endpoint template × method. Every app and API token on a site
 * shares the bucket, so the key deliberately leaves the app out.
 */
export class BurstLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacitySeconds: number;
  private readonly overrides: Readonly<Record<string, number>>;

  constructor(
    private readonly clock: Clock,
    options: BurstLimiterOptions = {},
  ) {
    this.capacitySeconds = options.capacitySeconds ?? 1;
    this.overrides = options.overrides ?? RATE_OVERRIDES;
  }

  ratePerSecond(method: HttpMethod, route: string): number {
    return this.overrides[endpointKey(method, route)] ?? DEFAULT_RATES[method];
  }

  /** When a token will be available, or undefined if one is available now. Takes nothing. */
  retryAt(request: LimitedRequest): number | undefined {
    const bucket = this.refilled(request);
    if (bucket.tokens >= 1) return undefined;
    const rate = this.ratePerSecond(request.method, request.route);
    return bucket.updatedAt + Math.ceil(((1 - bucket.tokens) * 1000) / rate);
  }

  take(request: LimitedRequest): void {
    this.refilled(request).tokens -= 1;
  }

  private refilled(request: LimitedRequest): Bucket {
    const now = this.clock.now();
    const rate = this.ratePerSecond(request.method, request.route);
    const capacity = rate * this.capacitySeconds;
    const key = `${request.tenantId} ${endpointKey(request.method, request.route)}`;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) * rate) / 1000);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}
