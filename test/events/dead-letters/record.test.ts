import { kvs } from '@forge/kvs';
import { MAX_KEPT_ATTEMPTS } from '../../../src/events/dead-letters/dead-letter';
import { getDeadLetter, recordDeadLetter } from '../../../src/events/dead-letters/store';
import { KEYS } from '../../../src/storage/keys';
import { failure, installedApp, queuedEvent } from './harness';

const T0 = 1_700_000_100_000;

describe('recording dead letters in KVS', () => {
  it('stores the payload as received, the error, every attempt and the correlation id under the event identity', async () => {
    const app = await installedApp();
    const event = queuedEvent();
    const input = failure(event, T0, ['JIRA_UNAVAILABLE: 503', 'JIRA_UNAVAILABLE: 503', 'JIRA_UNAVAILABLE: 503']);

    await app.inApp(() => recordDeadLetter(input));

    const stored = await app.inApp(() => getDeadLetter(event.id));
    expect(stored).toEqual({
      id: event.id,
      correlationId: event.correlationId,
      eventType: event.eventType,
      receivedAt: event.receivedAt,
      payload: event.payload,
      error: { code: 'JIRA_UNAVAILABLE', message: 'Jira answered 503 five times' },
      attempts: [
        { at: T0 - 2000, reason: 'JIRA_UNAVAILABLE: 503' },
        { at: T0 - 1000, reason: 'JIRA_UNAVAILABLE: 503' },
        { at: T0, reason: 'JIRA_UNAVAILABLE: 503' },
      ],
      totalAttempts: 3,
      firstFailedAt: T0 - 2000,
      lastFailedAt: T0,
      replays: 0,
    });
    // The summary is listed without the payload; the payload is kept apart under its own key.
    const keys = await app.inApp(async () => ({ summary: await kvs.get<Record<string, unknown>>(KEYS.deadLetter(event.id)), payload: await kvs.get(KEYS.deadLetterPayload(event.id)) }));
    expect(keys.summary).not.toHaveProperty('payload');
    expect(keys.payload).toEqual({ id: event.id, payload: event.payload });
  });

  it('appends the attempts of a replay that failed again to the same record and keeps the first payload', async () => {
    const app = await installedApp();
    const event = queuedEvent();
    await app.inApp(() => recordDeadLetter(failure(event, T0, ['first'])));
    const replayed = { ...event, replayOf: event.id, payload: { ...event.payload, changed: true } };

    const summary = await app.inApp(() =>
      recordDeadLetter({ event: { kind: 'queued', body: replayed }, error: { code: 'RULE_FAILED', message: 'boom' }, attempts: [{ at: T0 + 60_000, reason: 'second' }], now: T0 + 60_000 }),
    );

    expect(summary).toMatchObject({ id: event.id, firstFailedAt: T0, lastFailedAt: T0 + 60_000, totalAttempts: 2, error: { code: 'RULE_FAILED', message: 'boom' } });
    expect(summary.attempts.map((a) => a.reason)).toEqual(['first', 'second']);
    await expect(app.inApp(() => getDeadLetter(event.id))).resolves.toMatchObject({ payload: event.payload });
  });

  it(`keeps the last ${MAX_KEPT_ATTEMPTS} attempts and counts them all`, async () => {
    const app = await installedApp();
    const event = queuedEvent();
    for (let round = 0; round < 5; round += 1) {
      const reasons = Array.from({ length: 5 }, (_, i) => `round ${round} attempt ${i}`);
      await app.inApp(() => recordDeadLetter(failure(event, T0 + round * 60_000, reasons)));
    }

    const stored = await app.inApp(() => getDeadLetter(event.id));
    expect(stored?.totalAttempts).toBe(25);
    expect(stored?.attempts).toHaveLength(MAX_KEPT_ATTEMPTS);
    expect(stored?.attempts[0]?.reason).toBe('round 1 attempt 0');
    expect(stored?.attempts.at(-1)?.reason).toBe('round 4 attempt 4');
  });

  it('records a failure with no attempt (a payload the trigger rejected) with one attempt at the time of failure', async () => {
    const app = await installedApp();
    const raw = { eventType: 'avi:jira:created:issue', issue: { id: 42 } };
    const input = { event: { kind: 'unparsed' as const, body: raw, correlationId: 'corr-raw', receivedAt: T0 }, error: { code: 'EVENT_PAYLOAD_INVALID', message: 'issue.id: expected string' }, attempts: [], now: T0 };

    const first = await app.inApp(() => recordDeadLetter(input));
    // The same payload arriving again maps to the same record, although the trigger gave it no identity.
    const second = await app.inApp(() => recordDeadLetter({ ...input, now: T0 + 5_000 }));

    expect(first.id).toMatch(/^unparsed:/);
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ eventType: 'avi:jira:created:issue', correlationId: 'corr-raw', totalAttempts: 2, attempts: [{ at: T0, reason: 'EVENT_PAYLOAD_INVALID' }, { at: T0 + 5_000 }] });
    await expect(app.inApp(() => getDeadLetter(first.id))).resolves.toMatchObject({ payload: raw });
  });

  it('keeps a body that is not an object whole, under one field', async () => {
    const app = await installedApp();
    const summary = await app.inApp(() =>
      recordDeadLetter({ event: { kind: 'unparsed', body: ['not', 'an', 'event'], correlationId: 'c', receivedAt: T0, id: 'given-id' }, error: { code: 'EVENT_BODY_INVALID', message: 'expected object' }, attempts: [], now: T0 }),
    );
    expect(summary).toMatchObject({ id: 'given-id', eventType: 'unknown' });
    await expect(app.inApp(() => getDeadLetter('given-id'))).resolves.toMatchObject({ payload: { unparsedBody: ['not', 'an', 'event'] } });
  });

  it('clips long error text so a summary stays small', async () => {
    const app = await installedApp();
    const event = queuedEvent();
    const summary = await app.inApp(() =>
      recordDeadLetter({ event: { kind: 'queued', body: event }, error: { code: 'X'.repeat(500), message: 'm'.repeat(50_000) }, attempts: [{ at: T0, reason: 'r'.repeat(10_000) }], now: T0 }),
    );
    expect(summary.error.code.length).toBeLessThanOrEqual(100);
    expect(summary.error.message.length).toBeLessThanOrEqual(1000);
    expect(summary.attempts[0]?.reason.length).toBeLessThanOrEqual(300);
  });

  it('replaces a summary it cannot read instead of failing to record', async () => {
    const app = await installedApp();
    const event = queuedEvent();
    await app.inApp(() => kvs.set(KEYS.deadLetter(event.id), { unexpected: 'shape' }));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const summary = await app.inApp(() => recordDeadLetter(failure(event, T0)));

    expect(summary).toMatchObject({ id: event.id, totalAttempts: 1 });
    expect(error).toHaveBeenCalledWith('[dead-letters] unreadable record replaced', { code: 'STORED_VALUE_INVALID', id: event.id });
    error.mockRestore();
  });
});
