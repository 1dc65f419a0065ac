/** The agile API serves at most 50 items a page whatever `maxResults` asks (JSWCLOUD-18382); 50 is also the default. */
export const MAX_PAGE_SIZE = 50;

export interface Paging {
  startAt: number;
  maxResults: number;
}

/** The page envelope the agile API wraps lists in; `total` is left to the callers that report it. */
export function pageOf<T>(items: readonly T[], paging: Paging): { maxResults: number; startAt: number; isLast: boolean; values: T[] } {
  const values = items.slice(paging.startAt, paging.startAt + paging.maxResults);
  return { maxResults: paging.maxResults, startAt: paging.startAt, isLast: paging.startAt + values.length >= items.length, values };
}
