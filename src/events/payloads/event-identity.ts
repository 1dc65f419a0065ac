import { canonicalJson } from './canonical-json';
import { sha256Hex, shortDigest } from './digest';
import type { ProductEvent, ProductEventFamily, SprintEvent } from './types';

export interface EventIdentity {
  /** KVS-key-safe (`[a-z0-9:]`, 68 characters): the dedup marker and dead letter key on it. */
  id: string;
  /** Readable and made of ids, versions and digests only, never names or text: it goes into logs. */
  natural: string;
}

const PREFIX: Record<ProductEventFamily, string> = { issue: 'iss', comment: 'cmt', mention: 'men', worklog: 'wlg', sprint: 'spr', field: 'fld' };

/** A field id is an id (`customfield_10026`, `summary`); anything else stays out of the natural id. */
const FIELD_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * The entity's version: its `updated` time (`u…`), else the event's `timestamp` (`t…`), else a
 * digest of everything the event says (`d…`). The fallbacks keep distinct events apart when Jira
 * leaves the version out, at worst treating two identical events as one.
 */
function versionOf(updated: number | undefined, event: ProductEvent): string {
  if (updated !== undefined) return `u${updated}`;
  if (event.occurredAt !== undefined) return `t${event.occurredAt}`;
  const { selfGenerated: _delivery, ...content } = event;
  return `d${shortDigest(canonicalJson(content))}`;
}

/** A sprint event has no version of its own: it is the sprint's fields, the change and the time. */
function sprintVersion(event: SprintEvent): string {
  const { id: _id, ...fields } = event.sprint;
  return shortDigest(canonicalJson({ fields, previous: event.previous, occurredAt: event.occurredAt }));
}

/** What tells this event from every other: the entity, and for updates the entity's version. */
function naturalParts(event: ProductEvent): string[] {
  switch (event.family) {
    case 'issue':
      if (event.eventType === 'avi:jira:created:issue' || event.eventType === 'avi:jira:deleted:issue') return [event.issue.id];
      return [event.issue.id, event.changelog?.id ?? versionOf(event.issue.updated, event)];
    case 'comment':
      return event.eventType === 'avi:jira:deleted:comment' ? [event.comment.id] : [event.comment.id, versionOf(event.comment.updated, event)];
    case 'mention':
      return event.comment === undefined ? [event.issue.id, versionOf(event.issue.updated, event)] : [event.comment.id, versionOf(event.comment.updated, event)];
    case 'worklog':
      return [event.worklog.id, versionOf(event.worklog.updated, event)];
    case 'sprint':
      return [String(event.sprint.id), sprintVersion(event)];
    case 'field': {
      const fieldId = event.field?.id;
      return fieldId !== undefined && FIELD_ID.test(fieldId) ? [fieldId, event.contentDigest] : [event.contentDigest];
    }
  }
}

/**
 * The stable identity of a product event: the same event delivered again (any key order, extra
 * keys, a retry's context) gets the same id, and a new version of the entity a new one.
 */
export function eventIdentity(event: ProductEvent): EventIdentity {
  // `avi:jira:updated:issue` → `updated:issue`: the namespace adds nothing but length.
  const natural = [event.eventType.replace(/^avi:jira(?:-software)?:/, ''), ...naturalParts(event)].join(':');
  return { id: `${PREFIX[event.family]}:${sha256Hex(natural)}`, natural };
}
