import { BadRequest, integerParam } from './request-params';

export interface PageRequest {
  startAt: number;
  maxResults: number;
}

/** Jira's `startAt`/`maxResults` pair (default 50); `cap` silently lowers larger asks, as project search documents. */
export function pageRequest(query: URLSearchParams, cap?: number): PageRequest {
  const startAt = integerParam(query, 'startAt', 0);
  const maxResults = integerParam(query, 'maxResults', 50);
  if (startAt < 0) throw new BadRequest("The 'startAt' parameter must be greater than or equal to 0.");
  if (maxResults < 0) throw new BadRequest("The 'maxResults' parameter must be greater than or equal to 0.");
  return { startAt, maxResults: cap === undefined ? maxResults : Math.min(maxResults, cap) };
}

/** Where a page lives, for the `self` and `nextPage` links some operations return. */
export interface PageLinks {
  url: string;
  query: URLSearchParams;
}

/** A `PageBean`: one slice of `items`, with `nextPage` only while more remain. */
export function pageBean<T>(items: readonly T[], page: PageRequest, links?: PageLinks): { values: T[] } & Record<string, unknown> {
  const values = items.slice(page.startAt, page.startAt + page.maxResults);
  const isLast = page.startAt + values.length >= items.length;
  return {
    ...(links === undefined ? {} : { self: pageUrl(links, page.startAt, page.maxResults) }),
    ...(links === undefined || isLast ? {} : { nextPage: pageUrl(links, page.startAt + page.maxResults, page.maxResults) }),
    maxResults: page.maxResults,
    startAt: page.startAt,
    total: items.length,
    isLast,
    values,
  };
}

function pageUrl(links: PageLinks, startAt: number, maxResults: number): string {
  const query = new URLSearchParams(links.query);
  query.set('startAt', String(startAt));
  query.set('maxResults', String(maxResults));
  return `${links.url}?${query.toString()}`;
}
