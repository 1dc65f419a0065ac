import { z } from 'zod';
import { canonicalJson } from './canonical-json';
import { shortDigest } from './digest';
import { eventBaseOf, eventBaseShape } from './event-base';
import { FIELD_EVENT_TYPES } from './event-types';
import type { FieldEvent } from './types';

/**
 * Keys that differ between deliveries of one event (a retry's context, enrichment read at delivery)
 * or describe the delivery rather than the change.
 */
const VOLATILE_KEYS: ReadonlySet<string> = new Set(['retryContext', 'selfGenerated', 'contextToken', 'payloadIncludeProperties']);

function withoutVolatileKeys(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !VOLATILE_KEYS.has(key)));
}

/** Undocumented payload: a `field` object with a string `id` or `name` is used, anything else ignored. */
function fieldOf(value: unknown): FieldEvent['field'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, name } = value as { id?: unknown; name?: unknown };
  if (typeof id !== 'string' && typeof name !== 'string') return undefined;
  return { id: typeof id === 'string' ? id : undefined, name: typeof name === 'string' ? name : undefined };
}

export const fieldEventSchema = z.looseObject(eventBaseShape(FIELD_EVENT_TYPES)).transform(
  (event): FieldEvent => ({
    family: 'field',
    ...eventBaseOf(event),
    field: fieldOf(event['field']),
    contentDigest: shortDigest(canonicalJson(withoutVolatileKeys(event))),
  }),
);
