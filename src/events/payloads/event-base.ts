import { z } from 'zod';
import { accountId, epochMillis, optional } from './primitives';

/** The keys every product event shares, for the family whose event types are given. */
export function eventBaseShape<const T extends readonly [string, ...string[]]>(eventTypes: T) {
  return {
    eventType: z.enum(eventTypes),
    atlassianId: optional(accountId),
    timestamp: optional(epochMillis),
    selfGenerated: optional(z.boolean()),
  };
}

interface ParsedBase<T> {
  eventType: T;
  atlassianId?: string | undefined;
  timestamp?: number | undefined;
  selfGenerated?: boolean | undefined;
}

export function eventBaseOf<T>(parsed: ParsedBase<T>) {
  return { eventType: parsed.eventType, atlassianId: parsed.atlassianId, occurredAt: parsed.timestamp, selfGenerated: parsed.selfGenerated === true };
}
