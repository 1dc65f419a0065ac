import { kvs } from '@forge/kvs';
import { discardDeadLetter, getDeadLetter, listDeadLetters, recordDeadLetter, resolveDeadLetter } from '../../../src/events/dead-letters/store';
import type { DeadLetterSummary } from '../../../src/events/dead-letters/dead-letter';
import type { Cloud } from './harness';
import { failure, installedApp, queuedEvent } from './harness';
import { KEYS } from '../../../src/storage/keys';

const T0 = 1_700_000_100_000;

async function recordMany(app: Cloud, count: number): Promise<string[]> {
  const events = Array.from({ length: count }, () => queuedEvent());
  await app.inApp(() => Promise.all(events.map((event, i) => recordDeadLetter(failure(event, T0 + i)))));
  return events.map((event) => event.id);
}

async function listAll(app: Cloud, limit?: number): Promise<{ pages: number[]; items: DeadLetterSummary[] }> {
  const pages: number[] = [];
  const items: DeadLetterSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await app.inApp(() => listDeadLetters({ cursor, limit }));
    pages.push(page.items.length);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return { pages, items };
}

describe('listing and discarding dead letters', () => {
  it('pages through every record, a hundred at a time by default, each once and without payloads', async () => {
    const app = await installedApp();
    const ids = await recordMany(app, 130);

    const { pages, items } = await listAll(app);

    expect(pages).toEqual([100, 30]);
    expect(items.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(items.every((s) => !('payload' in s))).toBe(true);
  });

  it('honours a smaller page size and never lists other keys', async () => {
    const app = await installedApp();
    const ids = await recordMany(app, 45);
    // Payload keys share no prefix with summaries; other app keys are not listed either.
    await app.inApp(() => kvs.set('dead-letter:v0:old', { anything: true }));

    const { pages, items } = await listAll(app, 20);

    expect(pages).toEqual([20, 20, 5]);
    expect(new Set(items.map((s) => s.id))).toEqual(new Set(ids));
  });

  it('lists nothing when there are no dead letters', async () => {
    const app = await installedApp();
    await expect(app.inApp(() => listDeadLetters())).resolves.toEqual({ items: [] });
  });

  it('discards a record with its payload, leaving the others', async () => {
    const app = await installedApp();
    const [gone, kept] = await recordMany(app, 2);
    if (gone === undefined || kept === undefined) throw new Error('two records expected');

    await app.inApp(() => discardDeadLetter(gone));

    await expect(app.inApp(() => getDeadLetter(gone))).resolves.toBeUndefined();
    await expect(app.inApp(() => kvs.get(KEYS.deadLetterPayload(gone)))).resolves.toBeUndefined();
    await expect(app.inApp(() => listDeadLetters())).resolves.toMatchObject({ items: [{ id: kept }] });
    // Discarding again, or an id never recorded, is not an error.
    await expect(app.inApp(() => discardDeadLetter(gone))).resolves.toBeUndefined();
  });

  it('removes a record when the consumer resolves it after a successful replay', async () => {
    const app = await installedApp();
    const [id] = await recordMany(app, 1);
    if (id === undefined) throw new Error('a record expected');

    await app.inApp(() => resolveDeadLetter(id));

    await expect(app.inApp(() => getDeadLetter(id))).resolves.toBeUndefined();
    await expect(app.inApp(() => listDeadLetters())).resolves.toEqual({ items: [] });
  });
});
