import { createHash } from 'node:crypto';
import type { QueuedEvent } from '../product-event';
import {
  MAX_CODE_CHARS,
  MAX_ERROR_MESSAGE_CHARS,
  MAX_KEPT_ATTEMPTS,
  MAX_REASON_CHARS,
  type DeadLetterAttempt,
  type DeadLetterSummary,
  type StoredPayload,
} from './dead-letter';
import { fitPayload, isRecord, jsonBytes } from './fit-payload';
import { MAX_PUSH_BYTES, pushBytes } from './push-batches';
import { replayBodyOf } from './replay-body';

/** KVS refuses values over 240 KiB; the margin covers any difference in how the platform measures. */
const MAX_RECORD_BYTES = 235 * 1024;
/** KVS refuses nesting past 31 levels (stay at 30, PLATFORM-FACTS §5.2); the payload sits one level down. */
const MAX_PAYLOAD_DEPTH = 29;

/** What failed: a queue body, or something that never became one (a payload the trigger could not validate, a body the consumer could not parse). */
export type FailedEvent =
  | { kind: 'queued'; body: QueuedEvent }
  | { kind: 'unparsed'; body: unknown; correlationId: string; receivedAt: number; id?: string };

export interface DeadLetterInput {
  event: FailedEvent;
  error: { code: string; message: string };
  /** This delivery's failed attempts, oldest first. Empty when it failed before any (validation at the trigger). */
  attempts: ReadonlyArray<{ at: number; reason: string }>;
  now: number;
}

export function deadLetterIdOf(event: FailedEvent): string {
  if (event.kind === 'queued') return event.body.id;
  // Without an identity from the trigger, the same payload arriving twice still maps to one record.
  return event.id ?? `unparsed:${createHash('sha256').update(String(JSON.stringify(event.body))).digest('hex').slice(0, 40)}`;
}

/**
 * The summary to store, and the payload when this is the event's first failure. A later failure
 * (a replay that failed again) appends its attempts and keeps the payload stored the first time,
 * which is the payload as received.
 */
export function composeDeadLetter(existing: DeadLetterSummary | undefined, input: DeadLetterInput): { summary: DeadLetterSummary; payload?: StoredPayload } {
  const error = { code: clip(input.error.code, MAX_CODE_CHARS), message: clip(input.error.message, MAX_ERROR_MESSAGE_CHARS) };
  // Every record shows at least when it failed, even when nothing was attempted.
  const attempts: DeadLetterAttempt[] =
    input.attempts.length > 0 ? input.attempts.map((a) => ({ at: a.at, reason: clip(a.reason, MAX_REASON_CHARS) })) : [{ at: input.now, reason: error.code }];
  // Leaving out `replayPendingSince`: a new failure ends the replay in flight, so the record is due again.
  const failure = {
    error,
    attempts: [...(existing?.attempts ?? []), ...attempts].slice(-MAX_KEPT_ATTEMPTS),
    totalAttempts: (existing?.totalAttempts ?? 0) + attempts.length,
    lastFailedAt: Math.max(existing?.lastFailedAt ?? input.now, input.now),
  };
  if (existing !== undefined) {
    const { id, correlationId, eventType, receivedAt, firstFailedAt, replays, trimmed } = existing;
    return { summary: { id, correlationId, eventType, receivedAt, firstFailedAt, replays, ...failure, ...(trimmed === undefined ? {} : { trimmed }) } };
  }
  const origin = originOf(input.event);
  const identity = { id: deadLetterIdOf(input.event), ...origin.identity };
  const fitted = fitPayload(origin.payload, { maxBytes: payloadRoom(identity), maxDepth: MAX_PAYLOAD_DEPTH });
  const firstFailedAt = attempts.reduce((min, a) => Math.min(min, a.at), input.now);
  return {
    summary: { ...identity, firstFailedAt, replays: 0, ...failure, ...(fitted.trim === undefined ? {} : { trimmed: fitted.trim }) },
    payload: { id: identity.id, payload: fitted.payload },
  };
}

function originOf(event: FailedEvent): { identity: { correlationId: string; eventType: string; receivedAt: number }; payload: Record<string, unknown> } {
  if (event.kind === 'queued') {
    const { correlationId, eventType, receivedAt, payload } = event.body;
    return { identity: { correlationId, eventType, receivedAt }, payload };
  }
  const body = event.body;
  const record = isRecord(body) ? body : undefined;
  const eventType = record?.['eventType'];
  return {
    identity: { correlationId: event.correlationId, eventType: typeof eventType === 'string' ? eventType : 'unknown', receivedAt: event.receivedAt },
    // A queue body's payload is an object; anything else is kept whole under one field.
    payload: record ?? { unparsedBody: body },
  };
}

/** Bytes left for the payload in both its stored record and the push that replays it. */
function payloadRoom(identity: Pick<DeadLetterSummary, 'id' | 'correlationId' | 'eventType' | 'receivedAt'>): number {
  const empty = jsonBytes({});
  const inPush = MAX_PUSH_BYTES - pushBytes([replayBodyOf(identity, {})]) + empty;
  const inRecord = MAX_RECORD_BYTES - jsonBytes({ id: identity.id, payload: {} }) + empty;
  return Math.min(inPush, inRecord);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
