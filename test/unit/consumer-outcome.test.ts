import { toConsumerResult } from '../../src/platform/consumer';

describe('toConsumerResult', () => {
  it('returns nothing for done and dead-letter outcomes, so the platform counts the event delivered', () => {
    expect(toConsumerResult({ kind: 'done' })).toBeUndefined();
    expect(toConsumerResult({ kind: 'dead-letter', reason: 'bad' })).toBeUndefined();
  });

  it('turns a retry into the InvocationError shape the platform recognises, within 1 to 900 s', () => {
    expect(toConsumerResult({ kind: 'retry', afterSeconds: 2.2, reason: 'jira-503' })).toEqual({
      _retry: true,
      retryOptions: { retryAfter: 3, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { reason: 'jira-503' } },
    });
    expect(toConsumerResult({ kind: 'retry', afterSeconds: 5_000, reason: 'quota' })?.retryOptions.retryAfter).toBe(900);
    expect(toConsumerResult({ kind: 'retry', afterSeconds: 0, reason: 'now' })?.retryOptions.retryAfter).toBe(1);
  });
});
