import type { Clock } from '../../platform/clock';
import { tooManyRequestsHeaders, type Headers, type RateLimitReason } from './request';

const HOUR_MS = 3_600_000;

/** Tier 1 is one pool per app across every site; Tier 2 (granted on review) is one per app per site. */
export type QuotaTier = 'global' | 'tenant';

export const TIER_1_POINTS_PER_HOUR = 65_000;

export type Edition = 'free' | 'standard' | 'premium' | 'enterprise';

/** The documented Tier 2 table: a base plus a per-user share, capped at 500k for paid editions. */
export function tier2PointsPerHour(edition: Edition, users: number): number {
  switch (edition) {
    case 'free':
      return 65_000;
    case 'standard':
      return Math.min(500_000, 100_000 + 10 * users);
    case 'premium':
      return Math.min(500_000, 130_000 + 20 * users);
    case 'enterprise':
      return Math.min(500_000, 150_000 + 30 * users);
  }
}

export interface PointsQuotaOptions {
  tier?: QuotaTier;
  /** Points per hour; Tier 2 callers compute it with `tier2PointsPerHour`. */
  limit?: number;
}

export type QuotaVerdict = { allowed: true; headers: Headers } | { allowed: false; reason: RateLimitReason; headers: Headers };

/**
 * The hourly points pool. Windows are UTC hours of the virtual clock (epoch ms has no leap
 * seconds, so `floor(now / 1h)` is the UTC hour). Usage may overdraw the limit: the cost of a
 * read is only known once its response is built, so the last admitted request can go past zero,
 * and from then on everything is denied until the reset ("no gradual throttling").
 */
export class PointsQuota {
  readonly tier: QuotaTier;
  readonly limit: number;
  private readonly used = new Map<string, { window: number; points: number }>();

  constructor(
    private readonly clock: Clock,
    options: PointsQuotaOptions = {},
  ) {
    this.tier = options.tier ?? 'global';
    this.limit = options.limit ?? TIER_1_POINTS_PER_HOUR;
  }

  /** The pool a request draws from: the app id alone in Tier 1, app and site in Tier 2. */
  keyFor(appId: string, tenantId: string): string {
    return this.tier === 'global' ? appId : `${appId}@${tenantId}`;
  }

  remaining(key: string): number {
    return this.limit - this.usedThisHour(key);
  }

  check(key: string): QuotaVerdict {
    const now = this.clock.now();
    if (this.remaining(key) > 0) return { allowed: true, headers: this.headers(key) };
    const reason: RateLimitReason = this.tier === 'global' ? 'jira-quota-global-based' : 'jira-quota-tenant-based';
    return { allowed: false, reason, headers: { ...this.headers(key), ...tooManyRequestsHeaders(reason, now, this.resetAt()) } };
  }

  charge(key: string, points: number): void {
    const window = this.currentWindow();
    const entry = this.used.get(key);
    const base = entry !== undefined && entry.window === window ? entry.points : 0;
    this.used.set(key, { window, points: base + points });
  }

  /** Headers every response carries; `r` and NearLimit only once less than 20 % remains. */
  headers(key: string): Headers {
    const remaining = Math.max(0, this.remaining(key));
    const policy = this.tier === 'global' ? 'global-app-quota' : 'tenant-app-quota';
    const secondsToReset = Math.ceil((this.resetAt() - this.clock.now()) / 1000);
    const near = remaining < this.limit * 0.2;
    const headers: Headers = {
      'X-RateLimit-Limit': String(this.limit),
      'X-RateLimit-Remaining': String(remaining),
      'RateLimit-Policy': `"${policy}";q=${this.limit};w=3600`,
      RateLimit: near ? `"${policy}";r=${remaining};t=${secondsToReset}` : `"${policy}";t=${secondsToReset}`,
    };
    if (near) headers['X-RateLimit-NearLimit'] = 'true';
    return headers;
  }

  private usedThisHour(key: string): number {
    const entry = this.used.get(key);
    return entry !== undefined && entry.window === this.currentWindow() ? entry.points : 0;
  }

  private currentWindow(): number {
    return Math.floor(this.clock.now() / HOUR_MS);
  }

  private resetAt(): number {
    return (this.currentWindow() + 1) * HOUR_MS;
  }
}
