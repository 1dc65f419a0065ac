import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { z } from 'zod';
import { StoredValueInvalidError } from './errors';

/** KVS serves at most 100 entities a query. */
const MAX_PAGE = 100;

export type Order = 'oldest-first' | 'newest-first';

interface IndexQuery {
  index: string;
  partition?: ReadonlyArray<string | number>;
  where?: ReturnType<typeof WhereConditions.greaterThan> | ReturnType<typeof WhereConditions.between>;
  order?: Order;
}

type Found<S extends z.ZodType> = Array<{ key: string; value: z.infer<S> }>;

/** Pages through one query of a custom entity's index until `limit` entities or the end, each value parsed. */
async function collect<S extends z.ZodType>(entity: string, query: IndexQuery, schema: S, limit: number, from?: string): Promise<{ items: Found<S>; cursor: string | undefined }> {
  const items: Found<S> = [];
  let cursor = from;
  do {
    let builder = kvs.entity<unknown>(entity).query().index(query.index, query.partition === undefined ? undefined : { partition: [...query.partition] });
    if (query.where !== undefined) builder = builder.where(query.where);
    builder = builder.sort(query.order === 'newest-first' ? Sort.DESC : Sort.ASC).limit(Math.min(MAX_PAGE, limit - items.length));
    if (cursor !== undefined) builder = builder.cursor(cursor);
    const page = await builder.getMany();
    for (const item of page.results) {
      const parsed = schema.safeParse(item.value);
      if (!parsed.success) throw new StoredValueInvalidError(`${entity}/${item.key}`, parsed.error.message);
      items.push({ key: item.key, value: parsed.data });
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined && items.length < limit);
  return { items, cursor };
}

/**
 * Entities whose range attribute on `index` is greater than `after`, ascending (or the newest
 * first), at most `limit`. Callers resume from the last value seen, not from a cursor: KVS cursors
 * are not stable across calls.
 */
export async function entitiesAfter<S extends z.ZodType>(entity: string, index: string, after: number, limit: number, schema: S, order: Order = 'oldest-first'): Promise<Found<S>> {
  return (await collect(entity, { index, where: WhereConditions.greaterThan(after), order }, schema, limit)).items;
}

/**
 * Entities of one partition of `index` (for example the alerts of one subject), newest range value
 * first or oldest first, at most `limit`, optionally from a page `cursor` a previous call returned.
 */
export function entitiesInPartition<S extends z.ZodType>(
  entity: string,
  index: string,
  partition: ReadonlyArray<string | number>,
  schema: S,
  options: { limit: number; order?: Order; cursor?: string },
): Promise<{ items: Found<S>; cursor: string | undefined }> {
  return collect(entity, { index, partition, ...(options.order === undefined ? {} : { order: options.order }) }, schema, options.limit, options.cursor);
}

/** Entities whose range attribute on `index` lies in [`from`, `to`] (both included), oldest first, at most `limit`. */
export async function entitiesBetween<S extends z.ZodType>(entity: string, index: string, from: number, to: number, limit: number, schema: S): Promise<Found<S>> {
  if (from > to) return [];
  return (await collect(entity, { index, where: WhereConditions.between(from, to) }, schema, limit)).items;
}
