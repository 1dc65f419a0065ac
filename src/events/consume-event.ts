import { z } from 'zod';
import { now } from '../platform/clock';
import type { Delivery, Outcome } from '../platform/consumer';
import { createValue, deleteValue, readValue, writeValue } from '../platform/kvs-store';
import { integrationSettings } from '../settings/integration-settings';
import { KEYS } from '../storage/keys';
import { recordDeadLetter, resolveDeadLetter } from './dead-letters/store';
import { countEvent } from './event-counters';
import { logEvent } from './event-log';
import { dispatchEvent } from './handlers/dispatch';
import { parseProductEvent } from './payloads';
import { queuedEventSchema, type QueuedEvent } from './product-event';
import { decideFailure, reasonOf } from './retry-policy';

const seenSchema = z.object({ state: z.enum(['claimed', 'processed', 'stale']), at: z.number(), correlationId: z.string() });

/** Longer than any redelivery: queued events live 24 h, extended up to 96 h after platform errors. */
const SEEN_TTL_SECONDS = 4 * 24 * 3600;

/**
 * A claim older than the consumer's 55 s limit belongs to an attempt that died (a time-out, which
 * the platform redelivers without counting it as a retry); the redelivery takes the event over.
 */
const CLAIM_EXPIRES_MS = 60_000;

/**
 * Consumer entry: each event takes effect once. The first delivery claims the event's identity
 * with `FAIL_IF_EXISTS` before any effect; a second delivery finds the claim and is a duplicate,
 * whether the first is done or still running. Retries of the claiming delivery take the claim over.
 */
export async function processQueuedEvent(body: unknown, delivery: Delivery): Promise<Outcome> {
  const parsed = queuedEventSchema.safeParse(body);
  if (!parsed.success) {
    const at = now();
    await recordDeadLetter({ event: { kind: 'unparsed', body, correlationId: 'unknown', receivedAt: at }, error: { code: 'EVENT_BODY_INVALID', message: `${parsed.error.issues.length} problem(s) in the queued body` }, attempts: [], now: at });
    await countEvent('unknown', 'deadLettered');
    return { kind: 'dead-letter', reason: 'EVENT_BODY_INVALID' };
  }
  const queued = parsed.data;
  const { id, correlationId, eventType } = queued;
  if (!(await claim(queued, delivery))) return finish(queued, 'duplicate');
  const event = parseProductEvent(queued.payload);
  if (!event.ok) return deadLetter(queued, { code: event.code, message: event.message }, delivery, now());
  try {
    const result = await dispatchEvent(event.event, now());
    await writeValue(KEYS.eventSeen(id), seenSchema, { state: result, at: now(), correlationId }, SEEN_TTL_SECONDS);
    return finish(queued, result);
  } catch (error) {
    const settings = await integrationSettings();
    const decision = decideFailure(error, delivery.attempt, settings);
    const attempts = [...delivery.earlierAttempts, { at: now(), reason: reasonOf(error) }];
    if (decision.kind === 'dead-letter') {
      return deadLetter(queued, { code: reasonOf(error), message: error instanceof Error ? error.message : String(error) }, { ...delivery, earlierAttempts: attempts.slice(0, -1) }, now());
    }
    await countEvent(eventType, 'retried');
    logEvent({ step: 'consume', correlationId, eventType, eventId: id, outcome: 'retry', code: decision.reason, detail: `in ${decision.afterSeconds} s` });
    return { kind: 'retry', afterSeconds: decision.afterSeconds, reason: decision.reason, attempts };
  }
}

/**
 * True when this delivery may apply the event: the first one (it creates the claim), its own
 * retry, or the heir of an attempt that died. A dead-lettered event has no claim, so of several
 * replays exactly one creates it.
 */
async function claim(queued: QueuedEvent, delivery: Delivery): Promise<boolean> {
  const at = now();
  const marker = { state: 'claimed' as const, at, correlationId: queued.correlationId };
  if (await createValue(KEYS.eventSeen(queued.id), seenSchema, marker, SEEN_TTL_SECONDS)) return true;
  const existing = await readValue(KEYS.eventSeen(queued.id), seenSchema);
  if (existing === undefined) return createValue(KEYS.eventSeen(queued.id), seenSchema, marker, SEEN_TTL_SECONDS);
  const takeOver = existing.state === 'claimed' && (delivery.attempt > 1 || at - existing.at >= CLAIM_EXPIRES_MS);
  if (takeOver) await writeValue(KEYS.eventSeen(queued.id), seenSchema, marker, SEEN_TTL_SECONDS);
  return takeOver;
}

async function finish(queued: QueuedEvent, outcome: 'processed' | 'stale' | 'duplicate'): Promise<Outcome> {
  await countEvent(queued.eventType, outcome);
  if (queued.replayOf !== undefined) await resolveDeadLetter(queued.replayOf);
  logEvent({ step: 'consume', correlationId: queued.correlationId, eventType: queued.eventType, eventId: queued.id, outcome });
  return { kind: 'done' };
}

async function deadLetter(queued: QueuedEvent, error: { code: string; message: string }, delivery: Delivery, at: number): Promise<Outcome> {
  // The claim goes: a replay must be able to claim the event again.
  await deleteValue(KEYS.eventSeen(queued.id));
  await recordDeadLetter({ event: { kind: 'queued', body: queued }, error, attempts: [...delivery.earlierAttempts, { at, reason: error.code }], now: at });
  await countEvent(queued.eventType, 'deadLettered');
  logEvent({ step: 'consume', correlationId: queued.correlationId, eventType: queued.eventType, eventId: queued.id, outcome: 'dead-letter', code: error.code });
  return { kind: 'dead-letter', reason: error.code };
}
