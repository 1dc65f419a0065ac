import { jiraError } from '../../http/jira-errors';
import { integerParam, parsed, refused, type Parsed } from './query-params';

export interface Paging {
  startAt: number;
  maxResults: number;
}

/** Jira's default page size and the most it returns, whatever `maxResults` asks for. */
export interface PageLimits {
  defaultSize: number;
  maxSize: number;
}

/** `startAt`/`maxResults` of an offset-paged operation; an oversized page is cut to the cap, as Jira does. */
export function readPaging(query: URLSearchParams, limits: PageLimits): Parsed<Paging> {
  const startAt = integerParam(query, 'startAt', 0);
  if (!startAt.ok) return startAt;
  const maxResults = integerParam(query, 'maxResults', limits.defaultSize);
  if (!maxResults.ok) return maxResults;
  if (startAt.value < 0) return refused(jiraError(400, ["The 'startAt' parameter must be greater than or equal to 0."]));
  if (maxResults.value < 0) return refused(jiraError(400, ["The 'maxResults' parameter must be greater than or equal to 0."]));
  return parsed({ startAt: startAt.value, maxResults: Math.min(maxResults.value, limits.maxSize) });
}

export function pageOf<T>(items: readonly T[], paging: Paging): T[] {
  return items.slice(paging.startAt, paging.startAt + paging.maxResults);
}
