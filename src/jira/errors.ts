/**
 * Errors of the Jira client. Each has a stable `code` for logs, metrics and the UI, and says whether
 * the work that met it should come back later (`retryAfterSeconds`) or give up.
 */
export class JiraIntegrationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Jira refused the app's or the user's identity, also after the retry that covers the install-time race. */
export class JiraAuthenticationError extends JiraIntegrationError {
  constructor(readonly operation: string) {
    super('JIRA_AUTHENTICATION_FAILED', `Jira did not accept the app's credentials for ${operation}`);
  }
}

/** Jira answered with an error status; subclasses name the ones callers treat differently. */
export class JiraApiError extends JiraIntegrationError {
  constructor(
    readonly operation: string,
    readonly status: number,
    /** Jira's error body (`errorMessages`, `errors`); never a user's data. */
    readonly response: unknown,
    code = 'JIRA_API_ERROR',
  ) {
    super(code, `Jira answered ${status} to ${operation}${summary(response)}`);
  }
}

export class JiraNotFoundError extends JiraApiError {
  constructor(operation: string, response: unknown) {
    super(operation, 404, response, 'JIRA_NOT_FOUND');
  }
}

export class JiraPermissionError extends JiraApiError {
  constructor(operation: string, response: unknown) {
    super(operation, 403, response, 'JIRA_PERMISSION_DENIED');
  }
}

/** Jira's 5xx after the retries, or one the invocation had no time left to retry. */
export class JiraUnavailableError extends JiraApiError {
  constructor(operation: string, status: number, response: unknown) {
    super(operation, status, response, 'JIRA_UNAVAILABLE');
  }
}

/** Rate limited: the work should come back after `retryAfterSeconds`. */
export class JiraRateLimitedError extends JiraApiError {
  constructor(
    operation: string,
    readonly retryAfterSeconds: number,
    /** `RateLimit-Reason` as Jira sent it, e.g. `jira-quota-global-based`; `paused` when the app held the call back. */
    readonly reason: string,
    response: unknown = undefined,
  ) {
    super(operation, 429, response, 'JIRA_RATE_LIMITED');
  }
}

/** The request never got an answer: the connection failed or the timeout passed. */
export class JiraNetworkError extends JiraIntegrationError {
  constructor(
    readonly operation: string,
    cause: unknown,
  ) {
    super('JIRA_NETWORK_ERROR', `No answer from Jira for ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** The breaker is open after repeated failures: Jira is not called until it half-opens. */
export class JiraCircuitOpenError extends JiraIntegrationError {
  constructor(
    readonly operation: string,
    readonly retryAfterSeconds: number,
  ) {
    super('JIRA_CIRCUIT_OPEN', `Jira calls are paused after repeated failures; ${operation} not sent`);
  }
}

/** Background work found this installation's share of the hourly points spent; it is deferred, not failed. */
export class JiraBudgetDeferredError extends JiraIntegrationError {
  constructor(
    readonly operation: string,
    readonly retryAfterSeconds: number,
  ) {
    super('JIRA_BUDGET_DEFERRED', `This site's share of the Jira points budget is spent for this hour; ${operation} deferred`);
  }
}

/** Jira's answer did not have the shape the app relies on. */
export class JiraResponseInvalidError extends JiraIntegrationError {
  constructor(
    readonly operation: string,
    detail: string,
  ) {
    super('JIRA_RESPONSE_INVALID', `Jira's answer to ${operation} was not understood: ${detail}`);
  }
}

/** The wait the failure itself names: a rate limit's `Retry-After`, the breaker's minute, the budget's reset. */
export function requestedWaitOf(error: unknown): number | undefined {
  if (error instanceof JiraRateLimitedError || error instanceof JiraCircuitOpenError || error instanceof JiraBudgetDeferredError) return error.retryAfterSeconds;
  return undefined;
}

/** Work that met this error should run again later, after the given number of seconds. */
export function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof JiraUnavailableError || error instanceof JiraNetworkError) return 30;
  return requestedWaitOf(error);
}

function summary(response: unknown): string {
  if (typeof response !== 'object' || response === null) return '';
  const messages = (response as { errorMessages?: unknown }).errorMessages;
  return Array.isArray(messages) && typeof messages[0] === 'string' ? `: ${messages[0]}` : '';
}
