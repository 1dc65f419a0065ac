import { kvs } from '@forge/kvs';
import type { z } from 'zod';
import { PlatformError, StoredValueInvalidError } from './errors';

/** Reads one custom-entity value and parses it; a value that no longer fits its schema is never used as is. */
export async function readEntity<S extends z.ZodType>(entity: string, key: string, schema: S): Promise<z.infer<S> | undefined> {
  const raw: unknown = await kvs.entity<unknown>(entity).get(key);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StoredValueInvalidError(`${entity}/${key}`, parsed.error.message);
  return parsed.data;
}


/** KVS reads at most 25 keys a batch. */
const BATCH = 25;

/** Reads many custom-entity values, 25 a request; missing keys are simply absent from the answer. */
export async function readEntities<S extends z.ZodType>(entity: string, keys: readonly string[], schema: S): Promise<Map<string, z.infer<S>>> {
  const found = new Map<string, z.infer<S>>();
  for (let start = 0; start < keys.length; start += BATCH) {
    const answer = await kvs.batchGet<unknown>(keys.slice(start, start + BATCH).map((key) => ({ key, entityName: entity })));
    const unreadable = answer.failedKeys.find((failure) => failure.error.code !== 'KEY_NOT_FOUND');
    if (unreadable !== undefined) throw new PlatformError('KVS_READ_FAILED', `${entity}/${unreadable.key}: ${unreadable.error.code} ${unreadable.error.message}`);
    for (const item of answer.successfulKeys) {
      const parsed = schema.safeParse(item.value);
      if (!parsed.success) throw new StoredValueInvalidError(`${entity}/${item.key}`, parsed.error.message);
      found.set(item.key, parsed.data);
    }
  }
  return found;
}
