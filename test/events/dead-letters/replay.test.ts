import { RateLimitError } from '@forge/events';
import { replayDeadLetter, replayDeadLettersSince, REPLAY_PENDING_MS } from '../../../src/events/dead-letters/replay';
import { getDeadLetter, listDeadLetters, recordDeadLetter } from '../../../src/events/dead-letters/store';
import { queuedEventSchema, type QueuedEvent } from '../../../src/events/product-event';
import { pushToQueue, QUEUES } from '../../../src/platform/queues';
import type { Cloud } from './harness';
import { failure, installedApp, queuedEvent } from './harness';

const T0 = 1_700_000_100_000;
const KIB = 1024;

async function recordAt(app: Cloud, times: readonly number[], payloadBytes = 0): Promise<QueuedEvent[]> {
  const events = times.map(() => {
    const event = queuedEvent();
    return payloadBytes === 0 ? event : { ...event, payload: { ...event.payload, bulk: 'b'.repeat(payloadBytes) } };
  });
  await app.inApp(() => Promise.all(events.map((event, i) => recordDeadLetter(failure(event, times[i] ?? T0)))));
  return events;
}

function pushedIds(app: Cloud): string[] {
  return app.eventPushes().flatMap((push) => push.bodies.map((body) => queuedEventSchema.parse(body).id));
}

describe('replaying dead letters through the events queue', () => {
  it('pushes the original event under its own identity with replayOf, and keeps the record until the consumer resolves it', async () => {
    const app = await installedApp();
    const [event] = await recordAt(app, [T0]);
    if (event === undefined) throw new Error('an event expected');

    await expect(app.inApp(() => replayDeadLetter(event.id, T0 + 1000))).resolves.toBe(true);

    expect(app.eventPushes()).toEqual([{ queueName: 'sias-events', status: 201, bodies: [{ ...event, replayOf: event.id }] }]);
    await expect(app.inApp(() => getDeadLetter(event.id))).resolves.toMatchObject({ replays: 1, replayPendingSince: T0 + 1000 });
  });

  it('pushes again on every replay; the dedup marker keyed by the event id is what makes the effect happen once', async () => {
    const app = await installedApp();
    const [event] = await recordAt(app, [T0]);
    if (event === undefined) throw new Error('an event expected');

    await app.inApp(() => replayDeadLetter(event.id, T0 + 1000));
    await app.inApp(() => replayDeadLetter(event.id, T0 + 2000));

    expect(pushedIds(app)).toEqual([event.id, event.id]);
    await expect(app.inApp(() => getDeadLetter(event.id))).resolves.toMatchObject({ replays: 2, replayPendingSince: T0 + 2000 });
    // Both replays reach the app's consumer, the path every event takes; whatever it decides, it ran.
    const consumedBefore = app.platform.log.count((r) => r.functionKey === 'consume-event');
    await app.platform.advance(60_000);
    expect(app.platform.log.count((r) => r.functionKey === 'consume-event')).toBeGreaterThanOrEqual(consumedBefore + 2);
  });

  it('answers false and pushes nothing for an id with no dead letter', async () => {
    const app = await installedApp();
    await expect(app.inApp(() => replayDeadLetter('never-recorded', T0))).resolves.toBe(false);
    expect(app.eventPushes()).toEqual([]);
  });

  it('leaves the record as it was when the push is refused', async () => {
    const app = await installedApp();
    const [event] = await recordAt(app, [T0]);
    if (event === undefined) throw new Error('an event expected');
    const before = await app.inApp(() => getDeadLetter(event.id));
    // Spend what is left of the installation's 500 events a minute (the install pushed some).
    await app.inApp(async () => {
      for (;;) {
        try {
          await pushToQueue(QUEUES.jobs, [{ filler: true }]);
        } catch (error) {
          if (error instanceof RateLimitError) return;
          throw error;
        }
      }
    });

    await expect(app.inApp(() => replayDeadLetter(event.id, T0 + 1000))).rejects.toBeInstanceOf(RateLimitError);

    await expect(app.inApp(() => getDeadLetter(event.id))).resolves.toEqual(before);
  });

  it('replays every record that failed since a time, in pushes of at most 50', async () => {
    const app = await installedApp();
    const since = T0 + 10_000;
    const older = await recordAt(app, Array.from({ length: 20 }, (_, i) => T0 + i));
    const newer = await recordAt(app, Array.from({ length: 100 }, (_, i) => since + i));

    await expect(app.inApp(() => replayDeadLettersSince(since, since + 60_000))).resolves.toBe(100);

    expect(app.eventPushes().map((p) => p.bodies.length)).toEqual([50, 50]);
    expect(new Set(pushedIds(app))).toEqual(new Set(newer.map((e) => e.id)));
    expect(app.eventPushes().every((p) => p.bodies.every((b) => queuedEventSchema.parse(b).replayOf === b['id']))).toBe(true);
    const summaries = (await app.inApp(() => listDeadLetters())).items;
    const olderIds = new Set(older.map((e) => e.id));
    expect(summaries.filter((s) => olderIds.has(s.id)).every((s) => s.replays === 0)).toBe(true);
    expect(summaries.filter((s) => !olderIds.has(s.id)).every((s) => s.replays === 1)).toBe(true);
  });

  it('skips replays in flight, so calling again continues; a replay that failed again is due at once, a lost one later', async () => {
    const app = await installedApp();
    const events = await recordAt(app, [T0, T0 + 1, T0 + 2]);
    const [failedAgain] = events;
    if (failedAgain === undefined) throw new Error('events expected');
    const replayAt = T0 + 60_000;
    await expect(app.inApp(() => replayDeadLettersSince(T0, replayAt))).resolves.toBe(3);

    await expect(app.inApp(() => replayDeadLettersSince(T0, replayAt + 1000))).resolves.toBe(0);
    await app.inApp(() => recordDeadLetter(failure({ ...failedAgain, replayOf: failedAgain.id }, replayAt + 2000)));
    await expect(app.inApp(() => replayDeadLettersSince(T0, replayAt + 3000))).resolves.toBe(1);
    // The other two were neither resolved nor failed again: after a while they count as lost.
    await expect(app.inApp(() => replayDeadLettersSince(T0, replayAt + REPLAY_PENDING_MS))).resolves.toBe(2);

    expect(pushedIds(app)).toHaveLength(6);
    await expect(app.inApp(() => getDeadLetter(failedAgain.id))).resolves.toMatchObject({ replays: 2, totalAttempts: 2 });
  });

  it('replays at most `max` per call and the rest on the next calls', async () => {
    const app = await installedApp();
    await recordAt(app, Array.from({ length: 130 }, (_, i) => T0 + i));

    const counts: number[] = [];
    for (let call = 0; call < 4; call += 1) counts.push(await app.inApp(() => replayDeadLettersSince(T0, T0 + 60_000, { max: 60 })));

    expect(counts).toEqual([60, 60, 10, 0]);
    expect(new Set(pushedIds(app)).size).toBe(130);
    expect(Math.max(...app.eventPushes().map((p) => p.bodies.length))).toBeLessThanOrEqual(50);
  });

  it('keeps each push within 200 KB when the payloads are large', async () => {
    const app = await installedApp();
    await recordAt(app, Array.from({ length: 7 }, (_, i) => T0 + i), 60 * KIB);

    await expect(app.inApp(() => replayDeadLettersSince(T0, T0 + 60_000))).resolves.toBe(7);

    const pushes = app.eventPushes();
    expect(pushes.map((p) => p.bodies.length)).toEqual([3, 3, 1]);
    expect(pushes.every((p) => Buffer.byteLength(JSON.stringify(p.bodies.map((body) => ({ body })))) <= 200 * KIB)).toBe(true);
  });
});
