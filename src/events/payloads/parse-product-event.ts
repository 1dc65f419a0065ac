import type { z } from 'zod';
import { commentEventSchema } from './comment-event';
import { COMMENT_EVENT_TYPES, FIELD_EVENT_TYPES, ISSUE_EVENT_TYPES, MENTION_EVENT_TYPES, SPRINT_EVENT_TYPES, WORKLOG_EVENT_TYPES } from './event-types';
import { fieldEventSchema } from './field-event';
import { issueEventSchema } from './issue-event';
import { mentionEventSchema } from './mention-event';
import { sprintEventSchema } from './sprint-event';
import type { ProductEvent } from './types';
import { describeIssues, kindOf } from './validation-message';
import { worklogEventSchema } from './worklog-event';

export type ParseErrorCode = 'EVENT_TYPE_UNKNOWN' | 'EVENT_PAYLOAD_INVALID';

export type ParseResult = { ok: true; event: ProductEvent } | { ok: false; code: ParseErrorCode; message: string };

const FAMILIES: ReadonlyArray<readonly [readonly string[], z.ZodType<ProductEvent>]> = [
  [ISSUE_EVENT_TYPES, issueEventSchema],
  [COMMENT_EVENT_TYPES, commentEventSchema],
  [MENTION_EVENT_TYPES, mentionEventSchema],
  [WORKLOG_EVENT_TYPES, worklogEventSchema],
  [SPRINT_EVENT_TYPES, sprintEventSchema],
  [FIELD_EVENT_TYPES, fieldEventSchema],
];

/** A Map, not an object: an event type such as `__proto__` must not find a prototype's member. */
const SCHEMA_BY_EVENT_TYPE: ReadonlyMap<string, z.ZodType<ProductEvent>> = new Map(FAMILIES.flatMap(([types, schema]) => types.map((type) => [type, schema] as const)));

function invalid(message: string): ParseResult {
  return { ok: false, code: 'EVENT_PAYLOAD_INVALID', message };
}

function parse(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid(`payload: expected object, got ${kindOf(raw)}`);
  const eventType: unknown = Object.hasOwn(raw, 'eventType') ? (raw as { eventType: unknown }).eventType : undefined;
  if (typeof eventType !== 'string') return invalid(`eventType: ${eventType === undefined ? 'missing' : `expected string, got ${kindOf(eventType)}`}`);
  const schema = SCHEMA_BY_EVENT_TYPE.get(eventType);
  // The type is not quoted: an unknown one may be anything the sender put there.
  if (schema === undefined) return { ok: false, code: 'EVENT_TYPE_UNKNOWN', message: 'eventType: not a product event this app handles' };
  const result = schema.safeParse(raw);
  return result.success ? { ok: true, event: result.data } : invalid(describeIssues(result.error.issues, raw));
}

/**
 * Validates a product event's payload and normalises it (times as epoch ms, both issue-type
 * casings, worklogs without an issue). Never throws: whatever arrives becomes an event or an
 * error that names the paths that were wrong, without the values, which may be personal data.
 */
export function parseProductEvent(raw: unknown): ParseResult {
  try {
    return parse(raw);
  } catch {
    // Only an input that throws when read (a getter, a revoked proxy) gets here; JSON never does.
    return invalid('payload: could not be read');
  }
}
