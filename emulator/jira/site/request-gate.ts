import type { Clock } from '../../platform/clock';
import type { FaultDecision, FaultPlan } from '../faults/fault-plan';
import type { JiraReply } from '../http/jira-errors';
import type { JiraRequest, RequestHooks } from '../http/jira-server';
import type { RateLimiter } from '../limits/rate-limiter';
import { pointsFor } from '../limits/points';
import { endpointKey, type LimitedRequest } from '../limits/request';
import type { JiraSiteState } from '../model/site-state';

/** One answered request, for tests that check who called what. */
export interface RecordedRequest {
  method: string;
  /** The OpenAPI template of the operation. */
  path: string;
  /** `app`, `user:<accountId>`, or `basic:<accountId>` for API-token clients. */
  principal: string;
  status: number;
  /** The caller's `X-Request-Id`, when it sent one. */
  requestId?: string;
}

export interface EndpointTraffic {
  requests: number;
  points: number;
  /** Every 429 answered, from the limits or from an injected storm. */
  tooManyRequests: number;
  serverErrors: number;
  resets: number;
}

interface GateOptions {
  clock: Clock;
  state: JiraSiteState;
  limiter: RateLimiter;
  faults: FaultPlan;
  /** The site's cloud id: burst buckets and Tier 2 quotas are per tenant. */
  tenantId: string;
}

/**
 * What stands between a request and its handler, in the order a real site applies it: the rate
 * limits (only for app traffic: API-token calls are outside the points model), then injected
 * faults; after the handler, the points the answer cost and the quota headers.
 */
export class RequestGate implements RequestHooks {
  readonly requests: RecordedRequest[] = [];
  private readonly traffic = new Map<string, EndpointTraffic>();
  private readonly delays = new WeakMap<JiraRequest, FaultDecision>();
  private readonly admitted = new WeakMap<JiraRequest, LimitedRequest>();

  constructor(private readonly options: GateOptions) {}

  before(request: JiraRequest): JiraReply | 'reset' | undefined {
    const { limiter, faults, clock } = this.options;
    const limited = this.limitedRequest(request);
    if (limited !== undefined) {
      const verdict = limiter.check(limited);
      if (!verdict.allowed) return { status: 429, headers: verdict.headers, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } };
      this.admitted.set(request, limited);
    }
    const decision = faults.decide({ method: request.method, route: request.template }, clock.now());
    this.delays.set(request, decision);
    if (decision.kind === 'reset') {
      this.count(request, 0).resets += 1;
      this.log(request, 0);
      return 'reset';
    }
    if (decision.kind === 'error') return { status: decision.status, headers: decision.headers, body: decision.body };
    return undefined;
  }

  after(request: JiraRequest, reply: JiraReply): JiraReply {
    const limited = this.admitted.get(request);
    let headers = reply.headers ?? {};
    let points = 0;
    if (limited !== undefined) {
      const objects = reply.objects ?? defaultObjects(reply);
      const outcome = { coreObjects: objects.core, identityObjects: objects.identity };
      headers = { ...headers, ...this.options.limiter.record(limited, outcome) };
      points = pointsFor({ method: limited.method, route: limited.route, ...outcome });
    }
    const entry = this.count(request, points);
    if (reply.status === 429) entry.tooManyRequests += 1;
    if (reply.status >= 500) entry.serverErrors += 1;
    this.log(request, reply.status);
    return { ...reply, headers };
  }

  latency(request: JiraRequest): { ms: number; virtual: boolean } {
    const decision = this.delays.get(request);
    return decision === undefined ? { ms: 0, virtual: true } : { ms: decision.latencyMs, virtual: decision.latencyClock === 'virtual' };
  }

  /** Requests, points, 429s, 5xx and resets per endpoint (`GET /rest/api/3/issue/{issueIdOrKey}`). */
  snapshot(): Record<string, EndpointTraffic> {
    return Object.fromEntries([...this.traffic.keys()].sort().map((key) => [key, { ...(this.traffic.get(key) as EndpointTraffic) }]));
  }

  private limitedRequest(request: JiraRequest): LimitedRequest | undefined {
    if (request.installationId === undefined) return undefined;
    const appId = request.principal.kind === 'app' ? (request.principal.appId ?? request.appId) : request.appId;
    if (appId === undefined) return undefined;
    const issueId = this.writtenIssueId(request);
    return { appId, tenantId: this.options.tenantId, method: request.method, route: request.template, ...(issueId === undefined ? {} : { issueId }) };
  }

  /** Per-issue write limits need the issue's id even when the path names it by key. */
  private writtenIssueId(request: JiraRequest): string | undefined {
    const idOrKey = request.params.issueIdOrKey;
    if (idOrKey === undefined || request.method === 'GET') return undefined;
    const { state } = this.options;
    return state.issue(idOrKey)?.id ?? state.issueByKey(idOrKey.toUpperCase())?.id;
  }

  private count(request: JiraRequest, points: number): EndpointTraffic {
    const key = endpointKey(request.method, request.template);
    const entry = this.traffic.get(key) ?? { requests: 0, points: 0, tooManyRequests: 0, serverErrors: 0, resets: 0 };
    if (!this.traffic.has(key)) this.traffic.set(key, entry);
    entry.requests += 1;
    entry.points += points;
    return entry;
  }

  private log(request: JiraRequest, status: number): void {
    const { principal } = request;
    const who = principal.kind === 'app' ? 'app' : `${request.installationId === undefined ? 'basic' : 'user'}:${principal.accountId}`;
    this.requests.push({ method: request.method, path: request.template, principal: who, status, ...(request.requestId === undefined ? {} : { requestId: request.requestId }) });
  }
}

/** A handler that did not say what its body holds is charged as one object per successful body. */
function defaultObjects(reply: JiraReply): { core: number; identity: number } {
  return { core: reply.status < 300 && reply.body !== undefined ? 1 : 0, identity: 0 };
}
