import { z } from 'zod';

/** Older attempts add little to a diagnosis and would grow the summary without bound. */
export const MAX_KEPT_ATTEMPTS = 20;
/** Bounds on free text from errors, so a summary stays small enough to list a hundred at a time. */
export const MAX_REASON_CHARS = 300;
export const MAX_ERROR_MESSAGE_CHARS = 1000;
export const MAX_CODE_CHARS = 100;
/** The removed paths are a hint for whoever reads the record, not an inventory. */
export const MAX_LISTED_REMOVALS = 50;

const deadLetterAttemptSchema = z.object({
  at: z.number().int(),
  reason: z.string().max(MAX_REASON_CHARS),
});
export type DeadLetterAttempt = z.infer<typeof deadLetterAttemptSchema>;

const deadLetterErrorSchema = z.object({
  code: z.string().max(MAX_CODE_CHARS),
  message: z.string().max(MAX_ERROR_MESSAGE_CHARS),
});

/** Present when the payload had to be cut to fit storage and a replay push; says what was cut. */
const payloadTrimSchema = z.object({
  originalBytes: z.number().int().nonnegative(),
  storedBytes: z.number().int().nonnegative(),
  removedCount: z.number().int().positive(),
  removed: z.array(z.string()).max(MAX_LISTED_REMOVALS),
});
export type PayloadTrim = z.infer<typeof payloadTrimSchema>;

/** What is listed and scanned: everything about a dead letter except its payload. */
export const deadLetterSummarySchema = z.object({
  /** The event's identity: a replay that fails again updates this same record. */
  id: z.string().min(1),
  correlationId: z.string().min(1),
  eventType: z.string(),
  /** When the trigger received the event; a replay carries it unchanged. */
  receivedAt: z.number().int(),
  error: deadLetterErrorSchema,
  attempts: z.array(deadLetterAttemptSchema).min(1).max(MAX_KEPT_ATTEMPTS),
  /** All attempts ever recorded, as `attempts` keeps only the latest. */
  totalAttempts: z.number().int().positive(),
  firstFailedAt: z.number().int(),
  lastFailedAt: z.number().int(),
  replays: z.number().int().nonnegative(),
  /**
   * When the replay now in flight was pushed; a new failure clears it. Replay-since skips records
   * with a recent one, so calling it again continues with the rest instead of pushing them twice.
   */
  replayPendingSince: z.number().int().optional(),
  trimmed: payloadTrimSchema.optional(),
});
export type DeadLetterSummary = z.infer<typeof deadLetterSummarySchema>;

export const storedPayloadSchema = z.object({
  id: z.string().min(1),
  payload: z.record(z.string(), z.unknown()),
});
export type StoredPayload = z.infer<typeof storedPayloadSchema>;

export type DeadLetter = DeadLetterSummary & { payload: Record<string, unknown> };
