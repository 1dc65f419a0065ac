import { backoffMs, fitsInline, verdictOf, type Answer } from '../../../src/jira/client/response-policy';

const NOW = Date.UTC(2026, 10, 2, 9, 30);

function answer(status: number, headers: Record<string, string> = {}): Answer {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, header: (name) => lower.get(name.toLowerCase()) ?? null };
}

describe('the error table as data', () => {
  it.each([
    [200, 'success'],
    [204, 'success'],
    [401, 'authentication'],
    [403, 'permission'],
    [404, 'not-found'],
    [400, 'client-error'],
    [409, 'client-error'],
    [500, 'transient'],
    [502, 'transient'],
    [503, 'transient'],
    [504, 'transient'],
    [505, 'client-error'],
  ])('%i is %s', (status, kind) => {
    expect(verdictOf(answer(status), NOW).kind).toBe(kind);
  });

  it('reads a burst 429 as a wait of Retry-After seconds, not a pause', () => {
    expect(verdictOf(answer(429, { 'Retry-After': '3', 'RateLimit-Reason': 'jira-burst-based' }), NOW)).toEqual({ kind: 'rate-limited', retryAfterMs: 3000, reason: 'jira-burst-based', quotaUntil: undefined });
  });

  it('reads a quota 429 as a pause until X-RateLimit-Reset', () => {
    const reset = new Date(Date.UTC(2026, 10, 2, 10)).toISOString();
    expect(verdictOf(answer(429, { 'Retry-After': '1800', 'RateLimit-Reason': 'jira-quota-global-based', 'X-RateLimit-Reset': reset }), NOW)).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 1_800_000,
      reason: 'jira-quota-global-based',
      quotaUntil: Date.UTC(2026, 10, 2, 10),
    });
  });

  it('falls back to the reset time, then to 5 s, when Retry-After is missing (a gateway 429)', () => {
    const reset = new Date(NOW + 12_000).toISOString();
    expect(verdictOf(answer(429, { 'X-RateLimit-Reset': reset }), NOW)).toMatchObject({ retryAfterMs: 12_000, reason: 'unspecified', quotaUntil: undefined });
    expect(verdictOf(answer(429), NOW)).toMatchObject({ retryAfterMs: 5_000 });
  });

  it('backs off about 1, 2 and 4 s with jitter of ±30 %', () => {
    expect([0, 1, 2].map((attempt) => backoffMs(attempt, () => 0))).toEqual([700, 1400, 2800]);
    expect([0, 1, 2].map((attempt) => backoffMs(attempt, () => 1))).toEqual([1300, 2600, 5200]);
  });

  it('waits inline only for short waits that leave the invocation time to go on', () => {
    expect(fitsInline(3_000, 25_000)).toBe(true);
    expect(fitsInline(3_000, 7_000)).toBe(false);
    expect(fitsInline(11_000, 800_000)).toBe(false);
  });
});
