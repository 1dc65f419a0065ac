import { jiraError, type JiraReply } from '../../http/jira-errors';

/** Jira's cap on `reconcileIssues`. */
export const MAX_RECONCILE = 50;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: JiraReply };

export function invalid(message: string): { ok: false; reply: JiraReply } {
  return { ok: false, reply: jiraError(400, [message]) };
}

/** Repeated and comma-separated query values, as Jira reads list parameters. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query.getAll(name).flatMap((value) => value.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

export function integerParam(value: string | null, name: string, fallback: number): Parsed<number> {
  if (value === null || value === '') return { ok: true, value: fallback };
  if (!/^-?\d+$/.test(value)) return invalid(`The value '${value}' is invalid for the parameter '${name}'.`);
  return { ok: true, value: Number(value) };
}

export function reconcileIds(values: readonly unknown[]): Parsed<Set<string>> {
  if (values.length > MAX_RECONCILE) return invalid(`The number of issues to reconcile can't exceed ${MAX_RECONCILE}.`);
  const ids = new Set<string>();
  for (const value of values) {
    const text = String(value);
    if (!/^\d+$/.test(text)) return invalid(`The value '${text}' is invalid for the parameter 'reconcileIssues'.`);
    ids.add(text);
  }
  return { ok: true, value: ids };
}

export function stringList(value: unknown, name: string): Parsed<string[]> {
  if (value === undefined) return { ok: true, value: [] };
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return invalid(`The '${name}' field must be an array of strings.`);
  return { ok: true, value: value as string[] };
}

/** A JSON body as an object with only the properties the operation knows; Jira rejects any other. */
export function bodyObject(body: unknown, known: readonly string[]): Parsed<Record<string, unknown>> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return invalid('The request body must be a JSON object.');
  const unknown = Object.keys(body).find((key) => !known.includes(key));
  if (unknown !== undefined) return invalid(`Unrecognized field "${unknown}".`);
  return { ok: true, value: body as Record<string, unknown> };
}
