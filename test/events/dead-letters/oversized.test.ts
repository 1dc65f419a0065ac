import { kvs } from '@forge/kvs';
import { queuedEventSchema } from '../../../src/events/product-event';
import { getDeadLetter, recordDeadLetter } from '../../../src/events/dead-letters/store';
import { replayDeadLetter } from '../../../src/events/dead-letters/replay';
import { KEYS } from '../../../src/storage/keys';
import { installedApp } from './harness';

const T0 = 1_700_000_100_000;
const KIB = 1024;

function adf(text: string): Record<string, unknown> {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

describe('dead letters of payloads too large to keep whole', () => {
  it('drops the rich-text bodies of a payload over the limits, says so, and can still replay it', async () => {
    const app = await installedApp();
    // Received at the trigger, so never pushed: nothing held it to the queue's 200 KB.
    const raw = {
      eventType: 'avi:jira:commented:issue',
      issue: { id: '10001', key: 'SIAS-1', fields: { summary: 'Big one', description: adf('d'.repeat(120 * KIB)) } },
      comment: { id: '500', body: adf('c'.repeat(110 * KIB)), author: { accountId: 'u-1' } },
    };

    const summary = await app.inApp(() =>
      recordDeadLetter({ event: { kind: 'unparsed', body: raw, correlationId: 'corr-big', receivedAt: T0, id: 'comment:500' }, error: { code: 'EVENT_TOO_LARGE', message: 'too large' }, attempts: [], now: T0 }),
    );

    // The larger body alone was enough to fit; the comment's body stays.
    expect(summary.trimmed).toEqual({ originalBytes: bytes(raw), storedBytes: expect.any(Number), removedCount: 1, removed: ['issue.fields.description'] });
    const stored = await app.inApp(() => getDeadLetter('comment:500'));
    expect(stored?.payload).toEqual({ ...raw, issue: { ...raw.issue, fields: { summary: 'Big one' } } });
    const raws = await app.inApp(async () => ({ summary: await kvs.get(KEYS.deadLetter('comment:500')), payload: await kvs.get(KEYS.deadLetterPayload('comment:500')) }));
    expect(bytes(raws.payload)).toBeLessThanOrEqual(235 * KIB);
    expect(bytes(raws.summary)).toBeLessThan(10 * KIB);

    await expect(app.inApp(() => replayDeadLetter('comment:500', T0 + 1000))).resolves.toBe(true);
    const [push] = app.eventPushes();
    expect(push?.bodies).toHaveLength(1);
    expect(queuedEventSchema.parse(push?.bodies[0])).toMatchObject({ id: 'comment:500', replayOf: 'comment:500', payload: stored?.payload });
  });

  it('cuts the smallest part that frees enough when there is no rich text to drop', async () => {
    const app = await installedApp();
    const items = [
      { field: 'labels', from: 'a', to: 'b' },
      { field: 'Description', from: 'x'.repeat(150 * KIB), to: 'y'.repeat(150 * KIB) },
    ];
    const raw = { eventType: 'avi:jira:updated:issue', issue: { id: '7', key: 'SIAS-7', fields: {} }, changelog: { id: '99', items } };

    const summary = await app.inApp(() =>
      recordDeadLetter({ event: { kind: 'unparsed', body: raw, correlationId: 'c', receivedAt: T0, id: 'issue:7:99' }, error: { code: 'EVENT_TOO_LARGE', message: '' }, attempts: [], now: T0 }),
    );

    expect(summary.trimmed?.removed).toEqual(['changelog.items[1].from']);
    const stored = await app.inApp(() => getDeadLetter('issue:7:99'));
    expect(stored?.payload).toEqual({ ...raw, changelog: { id: '99', items: [items[0], { field: 'Description', to: 'y'.repeat(150 * KIB) }] } });
  });

  it('cuts nesting deeper than storage accepts', async () => {
    const app = await installedApp();
    let deep: Record<string, unknown> = { leaf: true };
    for (let level = 0; level < 40; level += 1) deep = { level: deep };
    const raw = { eventType: 'avi:jira:updated:issue', issue: { id: '8' }, deep };

    const summary = await app.inApp(() =>
      recordDeadLetter({ event: { kind: 'unparsed', body: raw, correlationId: 'c', receivedAt: T0, id: 'deep' }, error: { code: 'E', message: '' }, attempts: [], now: T0 }),
    );

    expect(summary.trimmed?.removedCount).toBe(1);
    expect(summary.trimmed?.removed[0]).toMatch(/^deep(\.level)+$/);
    await expect(app.inApp(() => getDeadLetter('deep'))).resolves.toMatchObject({ payload: { issue: { id: '8' } } });
  });

  it('trims a queued payload that fitted its first push but not a replay push', async () => {
    const app = await installedApp();
    const eventWith = (text: string) => ({
      v: 1 as const,
      id: 'issue:9',
      correlationId: 'c-9',
      eventType: 'avi:jira:updated:issue',
      receivedAt: T0,
      payload: { eventType: 'avi:jira:updated:issue', issue: { id: '9', fields: { description: adf(text) } } },
    });
    // Five bytes under the push limit.
    const event = eventWith('z'.repeat(200 * KIB - 5 - bytes([{ body: eventWith('') }])));
    expect(bytes([{ body: event }])).toBe(200 * KIB - 5);

    const summary = await app.inApp(() => recordDeadLetter({ event: { kind: 'queued', body: event }, error: { code: 'E', message: '' }, attempts: [{ at: T0, reason: 'E' }], now: T0 }));
    // The replay body adds `replayOf`, which pushes it over 200 KB.
    expect(summary.trimmed?.removed).toEqual(['issue.fields.description']);
    await expect(app.inApp(() => replayDeadLetter('issue:9', T0))).resolves.toBe(true);
    expect(app.eventPushes()).toHaveLength(1);
  });

  it('keeps a payload that fits untouched and says nothing about trimming', async () => {
    const app = await installedApp();
    const payload = { eventType: 'avi:jira:updated:issue', issue: { id: '10', fields: { description: adf('ok'.repeat(40 * KIB)) } } };
    const event = { v: 1 as const, id: 'issue:10', correlationId: 'c-10', eventType: 'avi:jira:updated:issue', receivedAt: T0, payload };

    const summary = await app.inApp(() => recordDeadLetter({ event: { kind: 'queued', body: event }, error: { code: 'E', message: '' }, attempts: [{ at: T0, reason: 'E' }], now: T0 }));

    expect(summary.trimmed).toBeUndefined();
    await expect(app.inApp(() => getDeadLetter('issue:10'))).resolves.toMatchObject({ payload });
  });
});
