import { kvs, WhereConditions } from '@forge/kvs';
import type { z } from 'zod';
import { StoredValueInvalidError } from './errors';

/** The platform refuses larger pages (PLATFORM-FACTS §5.2). */
export const MAX_QUERY_PAGE = 100;

export interface KeyedPage<T> {
  items: Array<{ key: string; value: T }>;
  /** Present while more keys follow. KVS cursors are not stable: use one at once, never persist it. */
  cursor?: string;
}

/**
 * One page of the keys under `prefix`, in key order, each value parsed. Queries are eventually
 * consistent: a key written or deleted a moment ago may be missing or still listed.
 */
export async function listByPrefix<S extends z.ZodType>(
  prefix: string,
  schema: S,
  page: { cursor?: string | undefined; limit?: number | undefined } = {},
): Promise<KeyedPage<z.infer<S>>> {
  const limit = Math.min(MAX_QUERY_PAGE, Math.max(1, Math.floor(page.limit ?? MAX_QUERY_PAGE)));
  let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(limit);
  if (page.cursor !== undefined) query = query.cursor(page.cursor);
  const { results, nextCursor } = await query.getMany<unknown>();
  const items = results.map(({ key, value }) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new StoredValueInvalidError(key, parsed.error.message);
    return { key, value: parsed.data };
  });
  return nextCursor === undefined ? { items } : { items, cursor: nextCursor };
}
