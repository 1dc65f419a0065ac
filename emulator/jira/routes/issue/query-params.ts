import { jiraError, type JiraReply } from '../../http/jira-errors';

/** A value read from a request, or the reply that refuses it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: JiraReply };

export function parsed<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function refused<T>(reply: JiraReply): Parsed<T> {
  return { ok: false, reply };
}

/**
 * An integer query parameter. Jira's REST layer (JAX-RS) answers 404, not 400, when a query
 * parameter does not convert to its declared type; getIssueWorklog documents it.
 */
export function integerParam(query: URLSearchParams, name: string, fallback: number): Parsed<number> {
  const raw = query.get(name);
  if (raw === null) return parsed(fallback);
  if (!/^-?\d+$/.test(raw.trim())) return refused(jiraError(404, [`The '${name}' parameter must be an integer, not '${raw}'.`]));
  return parsed(Number(raw.trim()));
}

export function optionalIntegerParam(query: URLSearchParams, name: string): Parsed<number | undefined> {
  return query.has(name) ? integerParam(query, name, 0) : parsed(undefined);
}

/** Java's `Boolean.parseBoolean`: only `true`, in any case, is true; anything else is false. */
export function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  return raw === null ? fallback : raw.trim().toLowerCase() === 'true';
}

/** A parameter that may be repeated and comma-separated (`fields=a,b&fields=c`). */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query.getAll(name).flatMap((value) => value.split(',')).map((part) => part.trim()).filter((part) => part.length > 0);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
