import { seededRandom } from '../../platform/delivery-policy';
import { endpointKey, tooManyRequestsHeaders, type Headers } from '../limits/request';
import { FaultCounters } from './counters';
import { drawLatencyMs } from './latency';
import { isRouteSpecific, matches, type Fault, type FaultKind, type FaultRequest, type FaultRule, type LatencyClock } from './rules';

export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

interface Delay {
  latencyMs: number;
  latencyClock: LatencyClock;
}

type Outcome =
  | { kind: 'pass' }
  | { kind: 'error'; status: number; body: JiraErrorBody; headers: Headers }
  /** The server destroys the socket (after the delay) instead of answering. */
  | { kind: 'reset' };

export type FaultDecision = Outcome & Delay;

interface ActiveRule extends FaultRule {
  id: number;
  random: () => number;
  remaining: number | undefined;
}

const DEFAULT_MESSAGES: Readonly<Record<500 | 502 | 503 | 504, string>> = {
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

/**
 * Faults on demand. A request gets at most one outcome fault (error, storm or reset) and at most
 * one delay (latency or slow): for each, the first matching rule that triggers wins, route rules
 * before `all` rules, then in the order added. Each rule draws from its own generator seeded from
 * the plan seed and the rule id, so adding a rule for one route does not reshuffle another's.
 */
export class FaultPlan {
  private readonly rules: ActiveRule[] = [];
  private readonly counters = new FaultCounters();
  private nextId = 1;

  constructor(private readonly seed: number) {}

  add(rule: FaultRule): number {
    const id = this.nextId++;
    const remaining = 'next' in rule.trigger ? rule.trigger.next : undefined;
    this.rules.push({ ...rule, id, remaining, random: seededRandom((this.seed ^ Math.imul(id, 0x9e3779b9)) >>> 0) });
    return id;
  }

  remove(id: number): void {
    const index = this.rules.findIndex((rule) => rule.id === id);
    if (index >= 0) this.rules.splice(index, 1);
  }

  clear(): void {
    this.rules.length = 0;
  }

  decide(request: FaultRequest, now: number): FaultDecision {
    const candidates = this.ordered().filter((rule) => matches(rule.match, request));
    const outcome = this.firstTriggered(candidates.filter((rule) => !isDelay(rule.fault)), now);
    const delayRule = this.firstTriggered(candidates.filter((rule) => isDelay(rule.fault)), now);
    const delay: Delay = delayRule === undefined ? { latencyMs: 0, latencyClock: 'virtual' } : delayOf(delayRule);

    const endpoint = endpointKey(request.method, request.route);
    if (delayRule !== undefined) this.counters.injected(endpoint, delayRule.fault.kind);
    if (outcome === undefined) return { kind: 'pass', ...delay };
    this.counters.injected(endpoint, outcome.fault.kind);
    return { ...outcomeOf(outcome, now), ...delay };
  }

  snapshot(): Record<string, Partial<Record<FaultKind, number>>> {
    return this.counters.snapshot();
  }

  private ordered(): ActiveRule[] {
    return [...this.rules.filter((r) => isRouteSpecific(r.match)), ...this.rules.filter((r) => !isRouteSpecific(r.match))];
  }

  /** Stops at the first hit so a later `next` rule keeps its budget for a request it really affects. */
  private firstTriggered(rules: ActiveRule[], now: number): ActiveRule | undefined {
    for (const rule of rules) if (triggers(rule, now)) return rule;
    return undefined;
  }
}

function triggers(rule: ActiveRule, now: number): boolean {
  const { trigger } = rule;
  if ('always' in trigger) return true;
  if ('probability' in trigger) return rule.random() < trigger.probability;
  if ('between' in trigger) return now >= trigger.between[0] && now < trigger.between[1];
  if (rule.remaining === undefined || rule.remaining <= 0) return false;
  rule.remaining -= 1;
  return true;
}

const isDelay = (fault: Fault): boolean => fault.kind === 'latency' || fault.kind === 'slow';

function delayOf(rule: ActiveRule): Delay {
  const { fault } = rule;
  if (fault.kind === 'latency') return { latencyMs: drawLatencyMs(fault.distribution, rule.random), latencyClock: fault.clock };
  if (fault.kind === 'slow') return { latencyMs: fault.timeoutMs + (fault.overByMs ?? 1_000), latencyClock: fault.clock };
  return { latencyMs: 0, latencyClock: 'virtual' };
}

function outcomeOf(rule: ActiveRule, now: number): Outcome {
  const { fault, trigger } = rule;
  switch (fault.kind) {
    case 'error':
      return { kind: 'error', status: fault.status, headers: {}, body: jiraError(fault.message ?? DEFAULT_MESSAGES[fault.status]) };
    case 'storm': {
      const windowEnd = 'between' in trigger ? trigger.between[1] : undefined;
      const retryAt = fault.retryAfterSeconds !== undefined ? now + fault.retryAfterSeconds * 1000 : (windowEnd ?? now + 1000);
      return { kind: 'error', status: 429, headers: tooManyRequestsHeaders(fault.reason, now, retryAt), body: jiraError('Rate limit exceeded.') };
    }
    case 'reset':
      return { kind: 'reset' };
    case 'latency':
    case 'slow':
      return { kind: 'pass' };
  }
}

const jiraError = (message: string): JiraErrorBody => ({ errorMessages: [message], errors: {} });
