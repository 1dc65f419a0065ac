import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { JiraRequest } from '../../http/jira-server';
import { MAX_PAGE_SIZE, type Paging } from './paging';

const INT32_MAX = 2 ** 31 - 1;

/**
 * An id from the path, or undefined when it is not one. For operations whose documented answers
 * have no 400 (getConfiguration, getSprint), such a path names nothing and the caller answers 404,
 * as JAX-RS does for a path parameter it cannot convert.
 */
export function pathIdOf(raw: string | undefined): number | undefined {
  const value = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Reads one request's path and query parameters, collecting every problem so a single 400 names
 * them all, as Jira's ErrorCollection does. A value read from a bad parameter is a placeholder:
 * callers ask `failure()` before using any of them.
 */
export class ParamReader {
  private readonly problems: string[] = [];

  constructor(private readonly request: JiraRequest) {}

  /** A numeric path id where the operation documents a 400 for it (getAllSprints' `boardId`). */
  pathId(name: string): number {
    return this.integer(name, this.request.params[name] ?? '', Number.MAX_SAFE_INTEGER) ?? 0;
  }

  paging(): Paging {
    const startAt = this.optionalInteger('startAt', Number.MAX_SAFE_INTEGER) ?? 0;
    const maxResults = this.optionalInteger('maxResults', INT32_MAX) ?? MAX_PAGE_SIZE;
    return { startAt, maxResults: Math.min(maxResults, MAX_PAGE_SIZE) };
  }

  /** A comma-separated query parameter, e.g. `state=active,closed`; empty when absent. */
  words(name: string): string[] {
    const raw = this.request.query.get(name) ?? '';
    return raw
      .split(',')
      .map((word) => word.trim())
      .filter((word) => word !== '');
  }

  /** A comma-separated list of allowed values; undefined when absent, so the caller does not filter. */
  choices<T extends string>(name: string, allowed: readonly T[], describe: (word: string) => string): Set<T> | undefined {
    const words = this.words(name);
    if (words.length === 0) return undefined;
    const chosen = new Set<T>();
    for (const word of words) {
      const match = allowed.find((value) => value === word.toLowerCase());
      if (match === undefined) this.problems.push(describe(word));
      else chosen.add(match);
    }
    return chosen;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], describe: (raw: string) => string): T | undefined {
    // Trimmed because a literal `+name` arrives as ` name`: a query string's plus sign decodes to a space.
    const raw = this.text(name)?.trim();
    if (raw === undefined || raw === '') return undefined;
    const match = allowed.find((value) => value === raw);
    if (match === undefined) this.problems.push(describe(raw));
    return match;
  }

  text(name: string): string | undefined {
    const raw = this.request.query.get(name);
    return raw === null || raw === '' ? undefined : raw;
  }

  failure(): JiraReply | undefined {
    return this.problems.length === 0 ? undefined : jiraError(400, this.problems);
  }

  private optionalInteger(name: string, max: number): number | undefined {
    const raw = this.request.query.get(name);
    return raw === null || raw === '' ? undefined : this.integer(name, raw, max);
  }

  private integer(name: string, raw: string, max: number): number | undefined {
    const value = /^[+-]?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
    if (!Number.isSafeInteger(value) || value > max) {
      this.problems.push(`The '${name}' parameter must be an integer, but was '${raw}'.`);
      return undefined;
    }
    if (value < 0) {
      this.problems.push(`The '${name}' parameter must not be negative.`);
      return undefined;
    }
    return value;
  }
}
