import { z } from 'zod';
import { readEntities } from '../platform/entity-store';
import { COMMENT_EVENT_TYPES, FIELD_EVENT_TYPES, ISSUE_EVENT_TYPES, MENTION_EVENT_TYPES, SPRINT_EVENT_TYPES, WORKLOG_EVENT_TYPES } from './payloads/event-types';
import { updateVersioned } from '../platform/versioned-entity';

/**
 * What happens to an event, counted per event type. Every delivery the trigger takes in is
 * `received` and every replay of a dead letter `replayed`; each of those ends `processed`,
 * `duplicate`, `stale` or `deadLettered`. `filtered` events stop at the trigger; `retried` counts attempts.
 */
export const EVENT_OUTCOMES = ['received', 'replayed', 'filtered', 'processed', 'duplicate', 'stale', 'retried', 'deadLettered'] as const;

export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

const outcomeCountsSchema = z.partialRecord(z.enum(EVENT_OUTCOMES), z.number().int().min(0));

const countsSchema = z.record(z.string(), outcomeCountsSchema);

/** One event type's counts in one shard: a few dozen bytes, so a count rewrites little. */
const counterSchema = z.object({ version: z.number().int(), counts: outcomeCountsSchema });

export type EventCounts = z.infer<typeof countsSchema>;

const ENTITY = 'event-counters';

/**
 * Counts are spread over shards, each a versioned entry per event type: a burst of events updating
 * one entry would mostly collide and retry; across shards they rarely meet. Readers add them up.
 */
const SHARDS = 8;

/** Every type the trigger can see; anything else is counted as `unknown`. */
const COUNTED_TYPES: readonly string[] = [...ISSUE_EVENT_TYPES, ...COMMENT_EVENT_TYPES, ...MENTION_EVENT_TYPES, ...WORKLOG_EVENT_TYPES, ...SPRINT_EVENT_TYPES, ...FIELD_EVENT_TYPES, 'unknown'];

const counterKey = (shard: number, eventType: string): string => `shard-${shard}:${eventType}`;

/** Adds one to a count, exactly: concurrent consumers each get their increment in (a versioned write). */
export async function countEvent(eventType: string, outcome: EventOutcome): Promise<void> {
  const counted = COUNTED_TYPES.includes(eventType) ? eventType : 'unknown';
  await updateVersioned(ENTITY, counterKey(Math.floor(Math.random() * SHARDS), counted), counterSchema, (current) => {
    const counts = { ...current?.counts };
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    return { counts };
  });
}

export interface EventTotals {
  byType: EventCounts;
  /** Events taken in and not yet finished one way or another: an estimate of what waits in the queue. */
  queueDepth: number;
}

export async function eventTotals(): Promise<EventTotals> {
  const keys = COUNTED_TYPES.flatMap((eventType) => Array.from({ length: SHARDS }, (_, shard) => ({ key: counterKey(shard, eventType), eventType })));
  const stored = await readEntities(ENTITY, keys.map((k) => k.key), counterSchema);
  const byType: EventCounts = {};
  for (const { key, eventType } of keys) {
    const counts = stored.get(key)?.counts;
    if (counts === undefined) continue;
    const total = (byType[eventType] ??= {});
    for (const outcome of EVENT_OUTCOMES) if (counts[outcome] !== undefined) total[outcome] = (total[outcome] ?? 0) + (counts[outcome] ?? 0);
  }
  let depth = 0;
  for (const counts of Object.values(byType)) {
    depth += (counts.received ?? 0) + (counts.replayed ?? 0) - (counts.processed ?? 0) - (counts.duplicate ?? 0) - (counts.stale ?? 0) - (counts.deadLettered ?? 0);
  }
  return { byType, queueDepth: Math.max(0, depth) };
}
