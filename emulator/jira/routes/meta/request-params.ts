import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { JiraRequest } from '../../http/jira-server';
import type { Method } from '../../http/route-table';
import type { SiteRoute, Viewer } from '../../site/context';

/** A parameter or body Jira would refuse: the route answers 400 with these messages. */
export class BadRequest extends Error {
  readonly messages: string[];

  constructor(messages: string | string[], readonly errors: Record<string, string> = {}) {
    const list = typeof messages === 'string' ? [messages] : messages;
    super(list.join(' ') || Object.values(errors).join(' '));
    this.messages = list;
  }
}

/** Parsers throw `BadRequest` so a handler reads as the happy path; this turns it into Jira's 400. */
export function siteRoute(method: Method, template: string, handle: (request: JiraRequest, viewer: Viewer) => JiraReply): SiteRoute {
  return {
    method,
    template,
    handle(request, viewer) {
      try {
        return handle(request, viewer);
      } catch (error) {
        if (error instanceof BadRequest) return jiraError(400, error.messages, error.errors);
        throw error;
      }
    },
  };
}

/** An integer query parameter; absent or empty means the default, as Jira's REST layer treats it. */
export function integerParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name)?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value)) throw new BadRequest(`The value '${raw}' is not a valid integer for the '${name}' parameter.`);
  return value;
}

export function optionalIntegerParam(query: URLSearchParams, name: string): number | undefined {
  return query.has(name) && query.get(name)?.trim() !== '' ? integerParam(query, name, 0) : undefined;
}

/** Jira's array parameters repeat (`id=1&id=2`); clients also send them comma-separated, which Jira accepts too. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

export function integerListParam(query: URLSearchParams, name: string): number[] {
  return listParam(query, name).map((raw) => {
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value)) throw new BadRequest(`The value '${raw}' is not a valid integer for the '${name}' parameter.`);
    return value;
  });
}

export function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = query.get(name)?.trim();
  if (raw === undefined || raw === '') return undefined;
  return checkEnum(name, raw, allowed);
}

export function enumListParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  return listParam(query, name).map((raw) => checkEnum(name, raw, allowed));
}

export function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name)?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new BadRequest(`The value '${query.get(name)}' is not a valid boolean for the '${name}' parameter.`);
  return raw === 'true';
}

/** Jira ignores expand options it does not know, so this only splits the list. */
export function expandParam(query: URLSearchParams): ReadonlySet<string> {
  return new Set(listParam(query, 'expand'));
}

function checkEnum<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) throw new BadRequest(`Invalid '${name}' value '${raw}'. Valid values are: ${allowed.join(', ')}.`);
  return raw as T;
}
