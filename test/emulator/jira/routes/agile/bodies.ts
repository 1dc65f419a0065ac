/** The bodies these tests read, typed only as far as the assertions go. */
export interface Page<T> {
  startAt: number;
  maxResults: number;
  total?: number;
  isLast: boolean;
  values: T[];
}

export interface BoardBody {
  id: number;
  name: string;
  type: string;
  location: { projectKey: string; projectId: number };
  admins?: { users: Array<{ accountId: string }>; groups: unknown[] };
  canEdit?: boolean;
}

export interface SprintBody {
  id: number;
  state: string;
  originBoardId: number;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
}

/**
 * Follows `isLast` from startAt 0, as a client must when a page carries no total, and checks each
 * page starts where the last ended. Stops after `limit` pages so a paging bug cannot hang the test.
 */
export function walkPages<T>(fetchPage: (startAt: number) => Page<T>, limit = 100): { values: T[]; pages: number } {
  const values: T[] = [];
  for (let pages = 1; pages <= limit; pages++) {
    const page = fetchPage(values.length);
    expect(page.startAt).toBe(values.length);
    values.push(...page.values);
    if (page.isLast) return { values, pages };
    expect(page.values.length).toBeGreaterThan(0);
  }
  throw new Error(`no last page within ${limit} pages`);
}
