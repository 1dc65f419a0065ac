import { checkPermissions } from '../../../src/jira/endpoints/check-permissions';
import { getIssue } from '../../../src/jira/endpoints/get-issue';
import { searchIssues } from '../../../src/jira/endpoints/search-issues';
import {
  JiraApiError,
  JiraAuthenticationError,
  JiraCircuitOpenError,
  JiraNetworkError,
  JiraNotFoundError,
  JiraPermissionError,
  JiraRateLimitedError,
  JiraUnavailableError,
} from '../../../src/jira/errors';
import { KEYS } from '../../../src/storage/keys';
import { harness, serverInfo, SERVER_INFO, type Harness } from './client-harness';

describe('the Jira client\'s error table, through the emulator\'s faults and the real @forge/api', () => {
  let h: Harness;
  afterEach(async () => {
    await h.site.stop();
  });

  it('401: retries once after a short wait (the install-time race) and goes on when Jira lets the app in', async () => {
    h = await harness();
    h.site.refuseAppUntil(h.platform.clock.now() + 1_000);
    const result = await h.invoke(serverInfo);
    expect(result.value).toMatchObject({ baseUrl: h.site.baseUrl });
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([401, 200]);
  });

  it('sends a request id with every call: a new one per call, the same one on its retries', async () => {
    h = await harness();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { next: 1 }, fault: { kind: 'error', status: 503 } });
    await h.invoke(async (client) => [await serverInfo(client), await serverInfo(client)]);
    const ids = h.site.requests.slice(-3).map((r) => r.requestId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it('401: becomes an authentication error when the retry is refused too', async () => {
    h = await harness();
    h.site.refuseAppUntil(h.platform.clock.now() + 3_600_000);
    const result = await h.invoke(serverInfo);
    expect(result.error).toBeInstanceOf(JiraAuthenticationError);
    expect(result.error).toMatchObject({ code: 'JIRA_AUTHENTICATION_FAILED' });
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([401, 401]);
  });

  it('403: a permission error at once, never retried', async () => {
    h = await harness();
    const member = [...h.site.state.users.values()].find((u) => u.accountType === 'atlassian' && !u.siteAdmin);
    if (member === undefined) throw new Error('the site has members');
    const result = await h.invoke((client) => checkPermissions(client, { accountId: h.site.admin().accountId, globalPermissions: ['ADMINISTER'] }), { actor: { as: 'user', accountId: member.accountId } });
    expect(result.error).toBeInstanceOf(JiraPermissionError);
    expect(result.error).toMatchObject({ code: 'JIRA_PERMISSION_DENIED', status: 403 });
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([403]);
  });

  it('404: a not-found error at once, never retried; other 4xx are API errors with Jira\'s answer', async () => {
    h = await harness();
    const missing = await h.invoke((client) => getIssue(client, 'NOPE-404'));
    expect(missing.error).toBeInstanceOf(JiraNotFoundError);
    expect(missing.error).toMatchObject({ code: 'JIRA_NOT_FOUND', status: 404, response: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] } });
    const bad = await h.invoke((client) => searchIssues(client, { jql: 'project = ', fields: ['summary'] }));
    expect(bad.error).toBeInstanceOf(JiraApiError);
    expect(bad.error).toMatchObject({ code: 'JIRA_API_ERROR', status: 400 });
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([404, 400]);
    expect(await h.stored(KEYS.jiraMetrics())).toMatchObject({ errorsByType: { JIRA_NOT_FOUND: 1, JIRA_API_ERROR: 1 }, errorsByEndpoint: { getIssue: 1, searchIssues: 1 } });
  });

  it('429 with a short Retry-After: waits it out inside the invocation and succeeds', async () => {
    h = await harness();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { next: 1 }, fault: { kind: 'storm', reason: 'jira-burst-based', retryAfterSeconds: 2 } });
    const result = await h.invoke(serverInfo);
    expect(result.value).toBeDefined();
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([429, 200]);
    expect(await h.stored(KEYS.jiraMetrics())).toMatchObject({ rateLimitWaits: 1, rateLimited: 1 });
  });

  it('429 with a long Retry-After: raised as rate-limited with the wait and the reason, for the queue to defer', async () => {
    h = await harness();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { next: 1 }, fault: { kind: 'storm', reason: 'jira-burst-based', retryAfterSeconds: 120 } });
    const result = await h.invoke(serverInfo);
    expect(result.error).toBeInstanceOf(JiraRateLimitedError);
    expect(result.error).toMatchObject({ code: 'JIRA_RATE_LIMITED', retryAfterSeconds: 120, reason: 'jira-burst-based' });
    expect((await h.invoke(serverInfo)).value).toBeDefined();
  });

  it('quota 429: pauses every call of the installation until the reset, across invocations, without calling Jira', async () => {
    h = await harness();
    const reset = h.platform.clock.now() + 600_000;
    h.site.faults.add({ match: 'all', trigger: { between: [h.platform.clock.now(), reset] }, fault: { kind: 'storm', reason: 'jira-quota-global-based' } });
    const first = await h.invoke(serverInfo);
    expect(first.error).toMatchObject({ code: 'JIRA_RATE_LIMITED', reason: 'jira-quota-global-based', retryAfterSeconds: 600 });
    expect(await h.stored(KEYS.jiraPause())).toEqual({ until: reset, reason: 'jira-quota-global-based' });
    await h.platform.advance(60_000);
    const second = await h.invoke(serverInfo);
    expect(second.error).toMatchObject({ code: 'JIRA_RATE_LIMITED', retryAfterSeconds: 540 });
    expect(h.requestsSinceInstall()).toHaveLength(1);
    await h.platform.advance(540_000);
    expect((await h.invoke(serverInfo)).value).toBeDefined();
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([429, 200]);
  });

  it('5xx: retries with backoff and succeeds when Jira recovers', async () => {
    h = await harness();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { next: 2 }, fault: { kind: 'error', status: 503 } });
    const result = await h.invoke(serverInfo);
    expect(result.value).toBeDefined();
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([503, 503, 200]);
    expect(await h.stored(KEYS.jiraBreaker())).toMatchObject({ state: 'closed', failures: 0 });
  });

  it('5xx: gives up after three retries with an unavailable error, each failure counted by the breaker', async () => {
    h = await harness();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { always: true }, fault: { kind: 'error', status: 502 } });
    const result = await h.invoke(serverInfo);
    expect(result.error).toBeInstanceOf(JiraUnavailableError);
    expect(result.error).toMatchObject({ code: 'JIRA_UNAVAILABLE', status: 502 });
    expect(h.requestsSinceInstall().map((r) => r.status)).toEqual([502, 502, 502, 502]);
    expect(await h.stored(KEYS.jiraBreaker())).toMatchObject({ state: 'closed', failures: 4 });
  });

  it('network errors: a dropped connection is retried like a 5xx', async () => {
    h = await harness();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { next: 1 }, fault: { kind: 'reset' } });
    expect((await h.invoke(serverInfo)).value).toBeDefined();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { always: true }, fault: { kind: 'reset' } });
    const result = await h.invoke(serverInfo);
    expect(result.error).toBeInstanceOf(JiraNetworkError);
    expect(result.error).toMatchObject({ code: 'JIRA_NETWORK_ERROR' });
  });

  it('an answer slower than JIRA_TIMEOUT counts as a failure and is retried', async () => {
    h = await harness();
    h.site.faults.add({ match: { route: SERVER_INFO }, trigger: { next: 1 }, fault: { kind: 'slow', timeoutMs: 30_000, clock: 'virtual' } });
    const result = await h.invoke(serverInfo);
    expect(result.value).toBeDefined();
    expect(await h.stored(KEYS.jiraMetrics())).toMatchObject({ requests: 2 });
  });

  it('the breaker: opened by failures in one invocation, it refuses calls in the next without reaching Jira, and half-opens after a minute', async () => {
    h = await harness();
    const outage = h.site.faults.add({ match: 'all', trigger: { always: true }, fault: { kind: 'error', status: 500 } });
    await h.invoke(serverInfo);
    const opening = await h.invoke(serverInfo);
    expect(opening.error).toBeInstanceOf(JiraUnavailableError);
    expect(await h.stored(KEYS.jiraBreaker())).toMatchObject({ state: 'open', trips: 1 });
    const sent = h.requestsSinceInstall().length;

    const refused = await h.invoke(serverInfo);
    expect(refused.error).toBeInstanceOf(JiraCircuitOpenError);
    expect(refused.error).toMatchObject({ code: 'JIRA_CIRCUIT_OPEN' });
    expect(h.requestsSinceInstall()).toHaveLength(sent);

    h.site.faults.remove(outage);
    await untilHalfOpen(h);
    expect((await h.invoke(serverInfo)).value).toBeDefined();
    expect(await h.stored(KEYS.jiraBreaker())).toMatchObject({ state: 'closed', failures: 0, trips: 1 });
    expect(await h.stored(KEYS.jiraMetrics())).toMatchObject({ breakerTrips: 1, errorsByType: { JIRA_UNAVAILABLE: 2, JIRA_CIRCUIT_OPEN: 1 } });
  });

  it('a failed half-open trial re-opens the breaker at once', async () => {
    h = await harness();
    h.site.faults.add({ match: 'all', trigger: { always: true }, fault: { kind: 'error', status: 500 } });
    await h.invoke(serverInfo);
    await h.invoke(serverInfo);
    await untilHalfOpen(h);
    const sent = h.requestsSinceInstall().length;
    const trial = await h.invoke(serverInfo);
    expect(trial.error).toBeInstanceOf(JiraUnavailableError);
    expect(h.requestsSinceInstall()).toHaveLength(sent + 1);
    expect(await h.stored(KEYS.jiraBreaker())).toMatchObject({ state: 'open', trips: 2 });
  });
});

/** The breaker opened at the failing invocation's own time, which ran ahead of the global clock while it backed off. */
async function untilHalfOpen(h: Harness): Promise<void> {
  const { openedAt } = (await h.stored(KEYS.jiraBreaker())) as { openedAt: number };
  await h.platform.advance(openedAt + 60_000 - h.platform.clock.now());
}
