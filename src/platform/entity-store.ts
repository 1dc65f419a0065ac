import { kvs } from '@forge/kvs';
import type { z } from 'zod';
import { StoredValueInvalidError } from './errors';

/** Reads one custom-entity value and parses it; a value that no longer fits its schema is never used as is. */
export async function readEntity<S extends z.ZodType>(entity: string, key: string, schema: S): Promise<z.infer<S> | undefined> {
  const raw: unknown = await kvs.entity<unknown>(entity).get(key);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StoredValueInvalidError(`${entity}/${key}`, parsed.error.message);
  return parsed.data;
}

