/** What the walkers need from one page of a list. */
export interface OffsetPage<T> {
  items: T[];
  isLast?: boolean | undefined;
  total?: number | undefined;
}

export interface TokenPage<T> {
  items: T[];
  nextPageToken?: string | undefined;
  isLast: boolean;
}

/**
 * Reads every page of an offset-paged list. The next offset counts what came back, not what was
 * asked for: Jira returns fewer than `maxResults` when it caps a page (agile lists: 50), and stepping
 * by the request would skip items. An empty page ends the walk whatever the envelope says.
 */
export async function readAllPages<T>(readPage: (startAt: number) => Promise<OffsetPage<T>>): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const page = await readPage(items.length);
    items.push(...page.items);
    const last = page.isLast ?? (page.total === undefined || items.length >= page.total);
    if (last || page.items.length === 0) return items;
  }
}

/** Yields each page of a token-paged list until Jira says it was the last, or repeats a token. */
export async function* tokenPages<T>(readPage: (token: string | undefined) => Promise<TokenPage<T>>): AsyncGenerator<T[]> {
  let token: string | undefined;
  for (;;) {
    const page = await readPage(token);
    yield page.items;
    if (page.isLast || page.nextPageToken === undefined || page.nextPageToken === token) return;
    token = page.nextPageToken;
  }
}
