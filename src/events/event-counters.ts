import { z } from 'zod';
import { readEntity } from '../platform/entity-store';
import { updateVersioned } from '../platform/versioned-entity';

/**
 * What happens to an event, counted per event type. Every delivery the trigger takes in is
 * `received` and every replay of a dead letter `replayed`; each of those ends `processed`,
 * `duplicate`, `stale` or `deadLettered`. `filtered` events stop at the trigger; `retried` counts attempts.
 */
export const EVENT_OUTCOMES = ['received', 'replayed', 'filtered', 'processed', 'duplicate', 'stale', 'retried', 'deadLettered'] as const;

export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

const countsSchema = z.record(z.string(), z.partialRecord(z.enum(EVENT_OUTCOMES), z.number().int().min(0)));

const countersSchema = z.object({ version: z.number().int(), counts: countsSchema });

export type EventCounts = z.infer<typeof countsSchema>;

const ENTITY = 'event-counters';

/**
 * Counts are spread over shards, each a versioned entry: a burst of events updating one entry
 * would mostly collide and retry; across shards they rarely meet. Readers add the shards up.
 */
const SHARDS = 32;

const shardKey = (shard: number): string => `shard-${shard}`;

/** Adds one to a count, exactly: concurrent consumers each get their increment in (a versioned write). */
export async function countEvent(eventType: string, outcome: EventOutcome): Promise<void> {
  await updateVersioned(ENTITY, shardKey(Math.floor(Math.random() * SHARDS)), countersSchema, (current) => {
    const counts = structuredClone(current?.counts ?? {});
    const forType = (counts[eventType] ??= {});
    forType[outcome] = (forType[outcome] ?? 0) + 1;
    return { counts };
  });
}

export interface EventTotals {
  byType: EventCounts;
  /** Events taken in and not yet finished one way or another: an estimate of what waits in the queue. */
  queueDepth: number;
}

export async function eventTotals(): Promise<EventTotals> {
  const shards = await Promise.all(Array.from({ length: SHARDS }, (_, shard) => readEntity(ENTITY, shardKey(shard), countersSchema)));
  const byType: EventCounts = {};
  for (const shard of shards) {
    for (const [eventType, counts] of Object.entries(shard?.counts ?? {})) {
      const total = (byType[eventType] ??= {});
      for (const outcome of EVENT_OUTCOMES) if (counts[outcome] !== undefined) total[outcome] = (total[outcome] ?? 0) + (counts[outcome] ?? 0);
    }
  }
  let depth = 0;
  for (const counts of Object.values(byType)) {
    depth += (counts.received ?? 0) + (counts.replayed ?? 0) - (counts.processed ?? 0) - (counts.duplicate ?? 0) - (counts.stale ?? 0) - (counts.deadLettered ?? 0);
  }
  return { byType, queueDepth: Math.max(0, depth) };
}
