import { deliveryOf, toConsumerResult } from '../../src/platform/consumer';

describe('toConsumerResult', () => {
  it('returns nothing for done and dead-letter outcomes, so the platform counts the event delivered', () => {
    expect(toConsumerResult({ kind: 'done' })).toBeUndefined();
    expect(toConsumerResult({ kind: 'dead-letter', reason: 'bad' })).toBeUndefined();
  });

  it('turns a retry into the InvocationError shape the platform recognises, within 1 to 900 s', () => {
    expect(toConsumerResult({ kind: 'retry', afterSeconds: 2.2, reason: 'jira-503' })).toEqual({
      _retry: true,
      retryOptions: { retryAfter: 3, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { reason: 'jira-503', attempts: [] } },
    });
    expect(toConsumerResult({ kind: 'retry', afterSeconds: 5_000, reason: 'quota' })?.retryOptions.retryAfter).toBe(900);
    expect(toConsumerResult({ kind: 'retry', afterSeconds: 0, reason: 'now' })?.retryOptions.retryAfter).toBe(1);
  });

  it('carries the last ten attempts to the next delivery, which reads them back with its attempt number', () => {
    const attempts = Array.from({ length: 12 }, (_, i) => ({ at: i, reason: `r${i}` }));
    const result = toConsumerResult({ kind: 'retry', afterSeconds: 1, reason: 'r11', attempts });
    expect(result?.retryOptions.retryData).toEqual({ reason: 'r11', attempts: attempts.slice(2) });
    expect(deliveryOf({ retryCount: 3, retryData: result?.retryOptions.retryData })).toEqual({ attempt: 4, earlierAttempts: attempts.slice(2) });
    expect(deliveryOf(undefined)).toEqual({ attempt: 1, earlierAttempts: [] });
    expect(deliveryOf({ retryCount: 'x' })).toEqual({ attempt: 1, earlierAttempts: [] });
  });
});
