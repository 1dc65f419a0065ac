import { FaultPlan, type FaultDecision } from '../../../../emulator/jira/faults/fault-plan';
import { drawLatencyMs, longTail } from '../../../../emulator/jira/faults/latency';
import type { FaultRequest, FaultRule } from '../../../../emulator/jira/faults/rules';

const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const getIssue: FaultRequest = { method: 'GET', route: '/rest/api/3/issue/{issueIdOrKey}' };
const editIssue: FaultRequest = { method: 'PUT', route: '/rest/api/3/issue/{issueIdOrKey}' };
const search: FaultRequest = { method: 'POST', route: '/rest/api/3/search/jql' };
const PASS: FaultDecision = { kind: 'pass', latencyMs: 0, latencyClock: 'virtual' };

const decideMany = (plan: FaultPlan, request: FaultRequest, n: number): FaultDecision[] =>
  Array.from({ length: n }, () => plan.decide(request, T0));

describe('FaultPlan outcomes', () => {
  it.each([500, 502, 503, 504] as const)('answers %i with a Jira-style body for the next N requests of a route', (status) => {
    const plan = new FaultPlan(1);
    plan.add({ match: { method: 'GET', route: getIssue.route }, trigger: { next: 2 }, fault: { kind: 'error', status } });
    const [first, second, third] = decideMany(plan, getIssue, 3);
    expect(first).toEqual({ kind: 'error', status, headers: {}, body: { errorMessages: [expect.any(String)], errors: {} }, latencyMs: 0, latencyClock: 'virtual' });
    expect(second).toMatchObject({ kind: 'error', status });
    expect(third).toEqual(PASS);
    expect(plan.decide(editIssue, T0)).toEqual(PASS);
  });

  it('uses a custom message', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: 'all', trigger: { always: true }, fault: { kind: 'error', status: 503, message: 'Jira is down for maintenance' } });
    expect(plan.decide(search, T0)).toMatchObject({ body: { errorMessages: ['Jira is down for maintenance'], errors: {} } });
  });

  it('plays a 429 storm over a virtual-time window with Retry-After to its end', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: 'all', trigger: { between: [T0 + 1_000, T0 + 11_000] }, fault: { kind: 'storm', reason: 'jira-burst-based' } });
    expect(plan.decide(search, T0 + 999)).toEqual(PASS);
    expect(plan.decide(search, T0 + 1_000)).toEqual({
      kind: 'error',
      status: 429,
      headers: { 'RateLimit-Reason': 'jira-burst-based', 'Retry-After': '10', 'X-RateLimit-Reset': new Date(T0 + 11_000).toISOString() },
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
      latencyMs: 0,
      latencyClock: 'virtual',
    });
    expect(plan.decide(getIssue, T0 + 10_999)).toMatchObject({ status: 429, headers: { 'Retry-After': '1' } });
    expect(plan.decide(getIssue, T0 + 11_000)).toEqual(PASS);
  });

  it('gives a storm a fixed Retry-After when asked', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: 'all', trigger: { always: true }, fault: { kind: 'storm', reason: 'jira-quota-global-based', retryAfterSeconds: 120 } });
    expect(plan.decide(search, T0)).toMatchObject({ headers: { 'RateLimit-Reason': 'jira-quota-global-based', 'Retry-After': '120' } });
  });

  it('resets the connection', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: { route: search.route }, trigger: { next: 1 }, fault: { kind: 'reset' } });
    expect(plan.decide(search, T0)).toEqual({ kind: 'reset', latencyMs: 0, latencyClock: 'virtual' });
    expect(plan.decide(search, T0)).toEqual(PASS);
  });

  it('matches by predicate', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: (r) => r.method !== 'GET', trigger: { always: true }, fault: { kind: 'reset' } });
    expect(plan.decide(getIssue, T0).kind).toBe('pass');
    expect(plan.decide(editIssue, T0).kind).toBe('reset');
  });
});

describe('FaultPlan latency', () => {
  it('adds a fixed latency, on the virtual or the real clock, to any outcome', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: 'all', trigger: { always: true }, fault: { kind: 'latency', distribution: { type: 'fixed', ms: 250 }, clock: 'real' } });
    plan.add({ match: { route: search.route }, trigger: { always: true }, fault: { kind: 'error', status: 500 } });
    expect(plan.decide(getIssue, T0)).toEqual({ kind: 'pass', latencyMs: 250, latencyClock: 'real' });
    expect(plan.decide(search, T0)).toMatchObject({ kind: 'error', status: 500, latencyMs: 250, latencyClock: 'real' });
  });

  it('draws uniform latencies inside their bounds', () => {
    const plan = new FaultPlan(7);
    plan.add({ match: 'all', trigger: { always: true }, fault: { kind: 'latency', distribution: { type: 'uniform', minMs: 100, maxMs: 200 }, clock: 'virtual' } });
    const latencies = decideMany(plan, getIssue, 200).map((d) => d.latencyMs);
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(200);
    expect(new Set(latencies).size).toBeGreaterThan(20);
  });

  it('draws a long tail: mostly fast, a share slow', () => {
    // Each draw takes two numbers: which component, then where in it. Spread the first evenly.
    let calls = 0;
    const evenlySpread = (): number => (calls++ % 2 === 0 ? (calls - 1) / 2 / 100 : 0);
    const tail = longTail({ min: 10, max: 10 }, { min: 5_000, max: 5_000 }, 0.05);
    const latencies = Array.from({ length: 100 }, () => drawLatencyMs(tail, evenlySpread));
    expect(latencies.filter((ms) => ms === 5_000)).toHaveLength(5);
    expect(latencies.filter((ms) => ms === 10)).toHaveLength(95);
  });

  it('answers slower than a timeout', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: { route: search.route }, trigger: { next: 1 }, fault: { kind: 'slow', timeoutMs: 25_000, clock: 'virtual' } });
    plan.add({ match: { route: getIssue.route }, trigger: { always: true }, fault: { kind: 'slow', timeoutMs: 10_000, overByMs: 5, clock: 'real' } });
    expect(plan.decide(search, T0)).toEqual({ kind: 'pass', latencyMs: 26_000, latencyClock: 'virtual' });
    expect(plan.decide(search, T0)).toEqual(PASS);
    expect(plan.decide(getIssue, T0)).toEqual({ kind: 'pass', latencyMs: 10_005, latencyClock: 'real' });
  });
});

describe('FaultPlan rule selection and determinism', () => {
  it('lets a route rule win over a global one without spending the global `next` budget', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: 'all', trigger: { next: 1 }, fault: { kind: 'error', status: 502 } });
    plan.add({ match: { route: search.route }, trigger: { next: 1 }, fault: { kind: 'reset' } });
    expect(plan.decide(search, T0).kind).toBe('reset');
    // The global rule was not consumed by the request the route rule took.
    expect(plan.decide(search, T0)).toMatchObject({ kind: 'error', status: 502 });
    expect(plan.decide(search, T0)).toEqual(PASS);
  });

  it('removes and clears rules', () => {
    const plan = new FaultPlan(1);
    const id = plan.add({ match: 'all', trigger: { always: true }, fault: { kind: 'reset' } });
    plan.add({ match: 'all', trigger: { always: true }, fault: { kind: 'error', status: 500 } });
    plan.remove(id);
    expect(plan.decide(search, T0).kind).toBe('error');
    plan.clear();
    expect(plan.decide(search, T0)).toEqual(PASS);
  });

  const chaos: FaultRule[] = [
    { match: 'all', trigger: { probability: 0.2 }, fault: { kind: 'error', status: 503 } },
    { match: 'all', trigger: { probability: 0.5 }, fault: { kind: 'latency', distribution: longTail({ min: 5, max: 50 }, { min: 2_000, max: 9_000 }, 0.1), clock: 'virtual' } },
  ];
  const run = (seed: number): FaultDecision[] => {
    const plan = new FaultPlan(seed);
    chaos.forEach((rule) => plan.add(rule));
    return decideMany(plan, getIssue, 500);
  };

  it('repeats the same decisions from the same seed and differs with another', () => {
    const first = run(42);
    expect(run(42)).toEqual(first);
    expect(run(43)).not.toEqual(first);
    const errors = first.filter((d) => d.kind === 'error').length;
    expect(errors).toBeGreaterThan(60);
    expect(errors).toBeLessThan(140);
  });

  it('draws for each rule independently of rules added for other routes', () => {
    const plain = new FaultPlan(9);
    plain.add({ match: { route: getIssue.route }, trigger: { probability: 0.5 }, fault: { kind: 'reset' } });
    const busy = new FaultPlan(9);
    busy.add({ match: { route: getIssue.route }, trigger: { probability: 0.5 }, fault: { kind: 'reset' } });
    busy.add({ match: { route: search.route }, trigger: { probability: 0.5 }, fault: { kind: 'error', status: 500 } });
    const kinds = (plan: FaultPlan): string[] =>
      Array.from({ length: 50 }, () => {
        plan.decide(search, T0);
        return plan.decide(getIssue, T0).kind;
      });
    expect(kinds(busy)).toEqual(kinds(plain));
  });

  it('counts injected faults by route and kind', () => {
    const plan = new FaultPlan(1);
    plan.add({ match: 'all', trigger: { always: true }, fault: { kind: 'latency', distribution: { type: 'fixed', ms: 5 }, clock: 'virtual' } });
    plan.add({ match: { route: search.route }, trigger: { next: 2 }, fault: { kind: 'error', status: 500 } });
    plan.add({ match: { route: getIssue.route }, trigger: { next: 1 }, fault: { kind: 'reset' } });
    plan.add({ match: { method: 'PUT', route: editIssue.route }, trigger: { always: true }, fault: { kind: 'storm', reason: 'jira-per-issue-on-write' } });
    decideMany(plan, search, 3);
    decideMany(plan, getIssue, 2);
    decideMany(plan, editIssue, 1);
    expect(plan.snapshot()).toEqual({
      'GET /rest/api/3/issue/{issueIdOrKey}': { latency: 2, reset: 1 },
      'POST /rest/api/3/search/jql': { latency: 3, error: 2 },
      'PUT /rest/api/3/issue/{issueIdOrKey}': { latency: 1, storm: 1 },
    });
  });
});
