import { z } from 'zod';
import { parseJiraTime } from '../../jira/jira-time';

/** Jira sends `null` for an empty optional value; the normalised events leave such keys out. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

/** Integers sent as JSON numbers are read like their decimal strings. */
function integerAsText(value: unknown): unknown {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
}

/** Issue, comment, worklog, changelog, project, type and status ids: decimal digits, kept as text. */
export const numericId = z.preprocess(integerAsText, z.string().regex(/^\d{1,18}$/));

/** Sprint and board ids are numbers in the REST API; Atlassian's sprint event sends them as strings. */
export const agileId = z.preprocess((value) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value), z.number().int().positive().max(Number.MAX_SAFE_INTEGER));

/** `PROJ-123`. */
export const issueKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,254}-\d{1,18}$/);

/** Atlassian account ids are opaque (`557058:…`, 24 hex digits, `qm:…`) and at most 128 characters. */
export const accountId = z.string().min(1).max(128);

/** A user object, of which only the account id matters. */
export const userRef = z.looseObject({ accountId }).transform((user) => user.accountId);

/** A Jira or ISO 8601 date-time with a zone, as epoch milliseconds. */
export const jiraTime = z.string().transform((text, ctx) => {
  const at = parseJiraTime(text);
  if (at !== undefined) return at;
  ctx.issues.push({ code: 'custom', message: 'not a date-time with a zone', input: text });
  return z.NEVER;
});

/** The common `timestamp` field: epoch milliseconds, documented as a string. */
export const epochMillis = z.preprocess((value) => (typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER));
