import { StoredValueInvalidError } from '../../platform/errors';
import { listByPrefix, MAX_QUERY_PAGE } from '../../platform/kvs-query';
import { deleteValue, readValue, writeValue } from '../../platform/kvs-store';
import { KEYS } from '../../storage/keys';
import { composeDeadLetter, deadLetterIdOf, type DeadLetterInput } from './compose';
import { deadLetterSummarySchema, storedPayloadSchema, type DeadLetter, type DeadLetterSummary } from './dead-letter';

/*
 * Each dead letter is two keys: its payload, written once when the event first fails, and its
 * summary, rewritten on each failure and replay. The payload is written before the summary and
 * deleted after it, so a listed summary always has its payload.
 *
 * Updates are read-then-write, not atomic: two failures of one event at the same moment could keep
 * only one's attempts. The consumer's dedup marker makes that rare, and the event is recorded either way.
 */

/** Records a failed event, or adds this failure to its record. Returns the stored summary. */
export async function recordDeadLetter(input: DeadLetterInput): Promise<DeadLetterSummary> {
  const id = deadLetterIdOf(input.event);
  const composed = composeDeadLetter(await readSummaryForUpdate(id), input);
  if (composed.payload !== undefined) await writeValue(KEYS.deadLetterPayload(id), storedPayloadSchema, composed.payload);
  await writeValue(KEYS.deadLetter(id), deadLetterSummarySchema, composed.summary);
  return composed.summary;
}

/** A dead letter must never be lost to an unreadable predecessor: that one is replaced. */
async function readSummaryForUpdate(id: string): Promise<DeadLetterSummary | undefined> {
  try {
    return await readValue(KEYS.deadLetter(id), deadLetterSummarySchema);
  } catch (error) {
    if (!(error instanceof StoredValueInvalidError)) throw error;
    console.error('[dead-letters] unreadable record replaced', { code: error.code, id });
    return undefined;
  }
}

export async function getDeadLetter(id: string): Promise<DeadLetter | undefined> {
  const summary = await readValue(KEYS.deadLetter(id), deadLetterSummarySchema);
  if (summary === undefined) return undefined;
  const stored = await readValue(KEYS.deadLetterPayload(id), storedPayloadSchema);
  // Only a removal in progress leaves a summary without its payload.
  if (stored === undefined) return undefined;
  return { ...summary, payload: stored.payload };
}

export interface DeadLetterPage {
  items: DeadLetterSummary[];
  /** Pass back for the next page, at once: KVS cursors are not stable enough to keep. */
  cursor?: string;
}

/**
 * A page of summaries (no payloads: `getDeadLetter` has those) in key order, which is the order
 * of hashed identities, not of time; sort a page by `lastFailedAt` to show it. Newest-first across
 * pages would need an index on `lastFailedAt` (a custom entity), which plain keys do not have.
 */
export async function listDeadLetters(page: { cursor?: string | undefined; limit?: number | undefined } = {}): Promise<DeadLetterPage> {
  const result = await listByPrefix(KEYS.deadLetterPrefix(), deadLetterSummarySchema, { cursor: page.cursor, limit: page.limit ?? MAX_QUERY_PAGE });
  const items = result.items.map((item) => item.value);
  return result.cursor === undefined ? { items } : { items, cursor: result.cursor };
}

/** Saves a summary as given: marking a replay, or undoing the mark when its push failed. */
export async function writeSummary(summary: DeadLetterSummary): Promise<void> {
  await writeValue(KEYS.deadLetter(summary.id), deadLetterSummarySchema, summary);
}

/** An admin gives up on the event. */
export async function discardDeadLetter(id: string): Promise<void> {
  await removeDeadLetter(id);
}

/** The consumer processed a replay (`replayOf`) successfully: the event is accounted for. */
export async function resolveDeadLetter(id: string): Promise<void> {
  await removeDeadLetter(id);
}

async function removeDeadLetter(id: string): Promise<void> {
  await deleteValue(KEYS.deadLetter(id));
  await deleteValue(KEYS.deadLetterPayload(id));
}
