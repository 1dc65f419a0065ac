import type { HttpMethod, RateLimitReason } from '../limits/request';
import type { LatencyDistribution } from './latency';

export interface FaultRequest {
  method: HttpMethod;
  /** The OpenAPI path template, as for the rate limiter. */
  route: string;
}

/** Which requests a rule applies to: all of them, one endpoint (method optional), or any predicate. */
export type FaultMatcher = 'all' | { method?: HttpMethod; route: string } | ((request: FaultRequest) => boolean);

/**
 * Who gets the fault among the matching requests. `next` is an exact schedule: the next N
 * matching requests, then the rule is spent. `between` is a virtual-time window [from, until).
 */
export type FaultTrigger = { always: true } | { probability: number } | { next: number } | { between: [number, number] };

/** `virtual` delays are paid on the platform's invocation time line; `real` ones by the socket (curl). */
export type LatencyClock = 'virtual' | 'real';

export type Fault =
  | { kind: 'error'; status: 500 | 502 | 503 | 504; message?: string }
  /** Every triggered request gets 429; `Retry-After` defaults to the end of a `between` window. */
  | { kind: 'storm'; reason: RateLimitReason; retryAfterSeconds?: number }
  | { kind: 'reset' }
  | { kind: 'latency'; distribution: LatencyDistribution; clock: LatencyClock }
  /** A response that arrives `overByMs` (default 1 s) after the caller's timeout. */
  | { kind: 'slow'; timeoutMs: number; overByMs?: number; clock: LatencyClock };

export type FaultKind = Fault['kind'];

export interface FaultRule {
  match: FaultMatcher;
  trigger: FaultTrigger;
  fault: Fault;
}

export function matches(matcher: FaultMatcher, request: FaultRequest): boolean {
  if (matcher === 'all') return true;
  if (typeof matcher === 'function') return matcher(request);
  return matcher.route === request.route && (matcher.method === undefined || matcher.method === request.method);
}

/** Route rules win over `all` rules, so a targeted fault is not hidden by a blanket one. */
export const isRouteSpecific = (matcher: FaultMatcher): boolean => matcher !== 'all';
