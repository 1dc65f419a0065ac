import { MAX_QUERY_PAGE } from '../../platform/kvs-query';
import { pushToQueue, QUEUES } from '../../platform/queues';
import { countEvent } from '../event-counters';
import type { QueuedEvent } from '../product-event';
import type { DeadLetterSummary } from './dead-letter';
import { MAX_EVENTS_PER_PUSH, packPushes } from './push-batches';
import { replayBodyOf } from './replay-body';
import { getDeadLetter, listDeadLetters, writeSummary } from './store';

/**
 * Longer than a replay's whole retry chain (1 + 2 + 5 + 10 + 30 s plus delivery), so a replay still
 * pending after this was lost and replay-since pushes it again.
 */
export const REPLAY_PENDING_MS = 15 * 60_000;
/** Pushes are limited to 500 events a minute per installation, shared with live events. */
const DEFAULT_REPLAY_SINCE_MAX = 200;

interface Replay {
  summary: DeadLetterSummary;
  body: QueuedEvent;
}

/**
 * Pushes the dead letter's event back to the events queue. Each call pushes: replaying twice before
 * the first is processed pushes twice, and the dedup marker keyed by the event's `id` lets the
 * effect happen once. The record stays until the consumer resolves it. False when there is none.
 */
export async function replayDeadLetter(id: string, now: number): Promise<boolean> {
  const letter = await getDeadLetter(id);
  if (letter === undefined) return false;
  const { payload, ...summary } = letter;
  await pushReplays([{ summary, body: replayBodyOf(summary, payload) }], now);
  return true;
}

/**
 * Replays the dead letters that failed at or after `since`, at most `max` per call, in pushes of
 * at most 50 events and 200 KB. Records whose replay is still in flight are skipped, so calling
 * again continues with the rest; 0 means none is left. Returns how many were pushed.
 */
export async function replayDeadLettersSince(since: number, now: number, options: { max?: number } = {}): Promise<number> {
  const due = await findDue(since, now, options.max ?? DEFAULT_REPLAY_SINCE_MAX);
  let replayed = 0;
  for (let start = 0; start < due.length; start += MAX_EVENTS_PER_PUSH) {
    const letters = await Promise.all(due.slice(start, start + MAX_EVENTS_PER_PUSH).map((summary) => getDeadLetter(summary.id)));
    const replays: Replay[] = [];
    for (const letter of letters) {
      if (letter === undefined) continue; // discarded or resolved since it was listed
      const { payload, ...summary } = letter;
      replays.push({ summary, body: replayBodyOf(summary, payload) });
    }
    for (const push of packPushes(replays, (replay) => replay.body)) {
      await pushReplays(push, now);
      replayed += push.length;
    }
  }
  return replayed;
}

/** Collected before any is marked, so the scan never pages over keys it is rewriting. */
async function findDue(since: number, now: number, max: number): Promise<DeadLetterSummary[]> {
  const due: DeadLetterSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await listDeadLetters({ cursor, limit: MAX_QUERY_PAGE });
    for (const summary of page.items) if (due.length < max && summary.lastFailedAt >= since && !replayInFlight(summary, now)) due.push(summary);
    cursor = page.cursor;
  } while (cursor !== undefined && due.length < max);
  return due;
}

function replayInFlight(summary: DeadLetterSummary, now: number): boolean {
  return summary.replayPendingSince !== undefined && now - summary.replayPendingSince < REPLAY_PENDING_MS;
}

/**
 * Marks the records before pushing: once pushed, the consumer may resolve (delete) a record at any
 * moment, and a write after the push would bring it back. A failed push undoes the marks.
 */
async function pushReplays(replays: readonly Replay[], now: number): Promise<void> {
  await Promise.all(replays.map(({ summary }) => writeSummary({ ...summary, replays: summary.replays + 1, replayPendingSince: now })));
  try {
    await pushToQueue(
      QUEUES.events,
      replays.map((replay) => replay.body),
    );
  } catch (error) {
    await Promise.allSettled(replays.map(({ summary }) => writeSummary(summary)));
    throw error;
  }
  // A replay is one more delivery to account for: it ends processed, duplicate, stale or dead-lettered again.
  for (const { summary } of replays) await countEvent(summary.eventType, 'replayed');
}
