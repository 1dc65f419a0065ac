import { decideFailure, reasonOf } from '../../../src/events/retry-policy';
import {
  JiraApiError,
  JiraBudgetDeferredError,
  JiraCircuitOpenError,
  JiraNetworkError,
  JiraNotFoundError,
  JiraPermissionError,
  JiraRateLimitedError,
  JiraResponseInvalidError,
  JiraUnavailableError,
} from '../../../src/jira/errors';
import { INTEGRATION_DEFAULTS } from '../../../src/settings/integration-settings';

const DEFAULTS = { retryDelaysSeconds: INTEGRATION_DEFAULTS.retryDelaysSeconds, maxAttempts: INTEGRATION_DEFAULTS.maxAttempts };
/** The defaults' backoff, with room to reach its fifth delay before the last attempt. */
const ROOMY = { retryDelaysSeconds: [1, 2, 5, 10, 30], maxAttempts: 10 };
const OP = 'GET /rest/api/3/issue/10001';

function codeError(code: unknown, name = 'Error'): Error {
  const error = new Error('boom') as Error & { code?: unknown };
  error.code = code;
  error.name = name;
  return error;
}

describe('decideFailure', () => {
  it('the defaults are the original design\'s backoff and five attempts', () => {
    expect(DEFAULTS).toEqual({ retryDelaysSeconds: [1, 2, 5, 10, 30], maxAttempts: 5 });
  });

  describe('permanent failures dead-letter at once', () => {
    it.each<[string, unknown, string]>([
      ['not found', new JiraNotFoundError(OP, { errorMessages: ['Issue does not exist'] }), 'JIRA_NOT_FOUND'],
      ['permission', new JiraPermissionError(OP, undefined), 'JIRA_PERMISSION_DENIED'],
      ['response invalid', new JiraResponseInvalidError(OP, 'fields.status missing'), 'JIRA_RESPONSE_INVALID'],
      ['400', new JiraApiError(OP, 400, { errorMessages: ['bad JQL'] }), 'JIRA_API_ERROR'],
      ['401 as an API error', new JiraApiError(OP, 401, undefined), 'JIRA_API_ERROR'],
      ['409', new JiraApiError(OP, 409, undefined), 'JIRA_API_ERROR'],
      ['422', new JiraApiError(OP, 422, undefined), 'JIRA_API_ERROR'],
      ['499', new JiraApiError(OP, 499, undefined), 'JIRA_API_ERROR'],
    ])('%s', (_name, error, reason) => {
      for (const attempt of [1, 2, 4]) expect(decideFailure(error, attempt, DEFAULTS)).toEqual({ kind: 'dead-letter', reason });
    });
  });

  describe('transient failures retry on the backoff for the attempt', () => {
    const transient: Array<[string, unknown, string]> = [
      ['5xx', new JiraUnavailableError(OP, 503, undefined), 'JIRA_UNAVAILABLE'],
      ['500 as a plain API error', new JiraApiError(OP, 500, undefined), 'JIRA_API_ERROR'],
      ['429 as a plain API error', new JiraApiError(OP, 429, undefined), 'JIRA_API_ERROR'],
      ['network', new JiraNetworkError(OP, new Error('ECONNRESET')), 'JIRA_NETWORK_ERROR'],
      ['circuit open, no wait left', new JiraCircuitOpenError(OP, 0), 'JIRA_CIRCUIT_OPEN'],
      ['budget deferred, no wait left', new JiraBudgetDeferredError(OP, 0), 'JIRA_BUDGET_DEFERRED'],
      ['rate limited, no wait left', new JiraRateLimitedError(OP, 0, 'jira-burst-based'), 'JIRA_RATE_LIMITED'],
    ];
    const backoff: Array<[attempt: number, seconds: number]> = [
      [1, 1],
      [2, 2],
      [3, 5],
      [4, 10],
      [5, 30],
    ];

    describe.each(transient)('%s', (_name, error, reason) => {
      it.each(backoff)('attempt %i waits %i s', (attempt, seconds) => {
        expect(decideFailure(error, attempt, ROOMY)).toEqual({ kind: 'retry', afterSeconds: seconds, reason });
      });

      it('attempts 1..4 of the defaults wait 1, 2, 5 and 10 s', () => {
        expect([1, 2, 3, 4].map((attempt) => decideFailure(error, attempt, DEFAULTS))).toEqual([1, 2, 5, 10].map((afterSeconds) => ({ kind: 'retry', afterSeconds, reason })));
      });

      it('attempts past the list wait its last delay', () => {
        expect(decideFailure(error, 7, ROOMY)).toEqual({ kind: 'retry', afterSeconds: 30, reason });
      });
    });
  });

  describe('never sooner than the failure asks', () => {
    it.each<[string, unknown, number, number]>([
      ['a 120 s rate limit on attempt 1', new JiraRateLimitedError(OP, 120, 'jira-quota-global-based'), 1, 120],
      ['a 120 s rate limit on attempt 4', new JiraRateLimitedError(OP, 120, 'jira-quota-global-based'), 4, 120],
      ['a 3 s rate limit on attempt 4 (the backoff is longer)', new JiraRateLimitedError(OP, 3, 'paused'), 4, 10],
      ['the open breaker\'s minute on attempt 2', new JiraCircuitOpenError(OP, 60), 2, 60],
      ['the open breaker\'s last second on attempt 3', new JiraCircuitOpenError(OP, 1), 3, 5],
      ['the budget\'s reset on attempt 1', new JiraBudgetDeferredError(OP, 1800), 1, 1800],
      ['the budget\'s reset on attempt 4 (the backoff is longer)', new JiraBudgetDeferredError(OP, 4), 4, 10],
    ])('%s', (_name, error, attempt, seconds) => {
      const decision = decideFailure(error, attempt, DEFAULTS);
      expect(decision).toMatchObject({ kind: 'retry', afterSeconds: seconds });
    });
  });

  describe('the last attempt dead-letters with a reason naming it', () => {
    it.each<[string, unknown, string]>([
      ['5xx', new JiraUnavailableError(OP, 502, undefined), 'JIRA_UNAVAILABLE'],
      ['network', new JiraNetworkError(OP, 'timeout'), 'JIRA_NETWORK_ERROR'],
      ['circuit open', new JiraCircuitOpenError(OP, 60), 'JIRA_CIRCUIT_OPEN'],
      ['budget deferred', new JiraBudgetDeferredError(OP, 1800), 'JIRA_BUDGET_DEFERRED'],
      ['rate limited', new JiraRateLimitedError(OP, 120, 'jira-quota-global-based'), 'JIRA_RATE_LIMITED'],
      ['a plain error', new TypeError('x is undefined'), 'TypeError'],
    ])('%s', (_name, error, reason) => {
      expect(decideFailure(error, 5, DEFAULTS)).toEqual({ kind: 'dead-letter', reason: `${reason} (attempt 5 of 5)` });
      expect(decideFailure(error, 4, DEFAULTS).kind).toBe('retry');
    });

    it('follows the configured maximum, and an attempt past it dead-letters too', () => {
      const error = new JiraUnavailableError(OP, 503, undefined);
      const settings = { retryDelaysSeconds: [7], maxAttempts: 3 };
      expect(decideFailure(error, 2, settings)).toMatchObject({ kind: 'retry' });
      expect(decideFailure(error, 3, settings)).toEqual({ kind: 'dead-letter', reason: 'JIRA_UNAVAILABLE (attempt 3 of 3)' });
      expect(decideFailure(error, 4, settings)).toEqual({ kind: 'dead-letter', reason: 'JIRA_UNAVAILABLE (attempt 4 of 3)' });
    });

    it('with a single attempt allowed, the first failure dead-letters', () => {
      expect(decideFailure(new Error('boom'), 1, { retryDelaysSeconds: [1], maxAttempts: 1 })).toEqual({ kind: 'dead-letter', reason: 'Error (attempt 1 of 1)' });
    });

    it('a permanent failure on the last attempt keeps its bare reason', () => {
      expect(decideFailure(new JiraNotFoundError(OP, undefined), 5, DEFAULTS)).toEqual({ kind: 'dead-letter', reason: 'JIRA_NOT_FOUND' });
    });
  });

  describe('unknown errors retry', () => {
    it.each<[string, unknown, string]>([
      ['a plain Error', new Error('boom'), 'Error'],
      ['a TypeError', new TypeError('x is undefined'), 'TypeError'],
      ['an error with a string code', codeError('ECONNRESET'), 'ECONNRESET'],
      ['an error with a numeric code', codeError(503, 'FetchError'), 'FetchError'],
      ['a thrown string', 'boom', 'UNKNOWN_ERROR'],
      ['a thrown undefined', undefined, 'UNKNOWN_ERROR'],
    ])('%s', (_name, error, reason) => {
      expect(decideFailure(error, 1, DEFAULTS)).toEqual({ kind: 'retry', afterSeconds: 1, reason });
      expect(decideFailure(error, 3, DEFAULTS)).toEqual({ kind: 'retry', afterSeconds: 5, reason });
    });
  });

  it('uses the configured delays', () => {
    const settings = { retryDelaysSeconds: [15, 60], maxAttempts: 4 };
    const error = new Error('boom');
    expect([1, 2, 3].map((attempt) => decideFailure(error, attempt, settings))).toEqual([15, 60, 60].map((afterSeconds) => ({ kind: 'retry', afterSeconds, reason: 'Error' })));
  });
});

describe('reasonOf', () => {
  it.each<[string, unknown, string]>([
    ['a Jira error gives its code', new JiraNotFoundError(OP, undefined), 'JIRA_NOT_FOUND'],
    ['a subclass gives its own code', new JiraRateLimitedError(OP, 10, 'paused'), 'JIRA_RATE_LIMITED'],
    ['a generic API error', new JiraApiError(OP, 418, undefined), 'JIRA_API_ERROR'],
    ['an error with a string code', codeError('ETIMEDOUT'), 'ETIMEDOUT'],
    ['an error with a non-string code gives its name', codeError(42, 'AbortError'), 'AbortError'],
    ['a plain Error gives its name', new Error('with a message Dana Whitfield'), 'Error'],
    ['a RangeError gives its name', new RangeError('x'), 'RangeError'],
    ['a string', 'boom', 'UNKNOWN_ERROR'],
    ['null', null, 'UNKNOWN_ERROR'],
    ['an object with a code that is not an Error', { code: 'ECONNRESET' }, 'UNKNOWN_ERROR'],
  ])('%s', (_name, error, reason) => {
    expect(reasonOf(error)).toBe(reason);
  });
});
