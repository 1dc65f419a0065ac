import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { z } from 'zod';
import { StoredValueInvalidError } from './errors';

/** KVS serves at most 100 entities a query. */
const MAX_PAGE = 100;

/**
 * Entities whose range attribute on `index` is greater than `after`, ascending (or the newest
 * first), at most `limit`. Callers resume from the last value seen, not from a cursor: KVS cursors
 * are not stable across calls.
 */
export async function entitiesAfter<S extends z.ZodType>(
  entity: string,
  index: string,
  after: number,
  limit: number,
  schema: S,
  order: 'oldest-first' | 'newest-first' = 'oldest-first',
): Promise<Array<{ key: string; value: z.infer<S> }>> {
  const found: Array<{ key: string; value: z.infer<S> }> = [];
  let cursor: string | undefined;
  do {
    let query = kvs.entity<unknown>(entity).query().index(index).where(WhereConditions.greaterThan(after)).sort(order === 'newest-first' ? Sort.DESC : Sort.ASC).limit(Math.min(MAX_PAGE, limit - found.length));
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany();
    for (const item of page.results) {
      const parsed = schema.safeParse(item.value);
      if (!parsed.success) throw new StoredValueInvalidError(`${entity}/${item.key}`, parsed.error.message);
      found.push({ key: item.key, value: parsed.data });
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined && found.length < limit);
  return found;
}

/**
 * Entities of one partition of `index` (for example the alerts of one subject), newest range value
 * first or oldest first, at most `limit`, optionally from a page `cursor` a previous call returned.
 */
export async function entitiesInPartition<S extends z.ZodType>(
  entity: string,
  index: string,
  partition: ReadonlyArray<string | number>,
  schema: S,
  options: { limit: number; order?: 'oldest-first' | 'newest-first'; cursor?: string },
): Promise<{ items: Array<{ key: string; value: z.infer<S> }>; cursor: string | undefined }> {
  const items: Array<{ key: string; value: z.infer<S> }> = [];
  let cursor = options.cursor;
  do {
    let query = kvs
      .entity<unknown>(entity)
      .query()
      .index(index, { partition: [...partition] })
      .sort(options.order === 'newest-first' ? Sort.DESC : Sort.ASC)
      .limit(Math.min(MAX_PAGE, options.limit - items.length));
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany();
    for (const item of page.results) {
      const parsed = schema.safeParse(item.value);
      if (!parsed.success) throw new StoredValueInvalidError(`${entity}/${item.key}`, parsed.error.message);
      items.push({ key: item.key, value: parsed.data });
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined && items.length < options.limit);
  return { items, cursor };
}

/** Entities whose range attribute on `index` lies in [`from`, `to`] (both included), oldest first, at most `limit`. */
export async function entitiesBetween<S extends z.ZodType>(entity: string, index: string, from: number, to: number, limit: number, schema: S): Promise<Array<{ key: string; value: z.infer<S> }>> {
  const found: Array<{ key: string; value: z.infer<S> }> = [];
  if (from > to) return found;
  let cursor: string | undefined;
  do {
    let query = kvs.entity<unknown>(entity).query().index(index).where(WhereConditions.between(from, to)).limit(Math.min(MAX_PAGE, limit - found.length));
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany();
    for (const item of page.results) {
      const parsed = schema.safeParse(item.value);
      if (!parsed.success) throw new StoredValueInvalidError(`${entity}/${item.key}`, parsed.error.message);
      found.push({ key: item.key, value: parsed.data });
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined && found.length < limit);
  return found;
}
