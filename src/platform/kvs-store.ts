import { kvs } from '@forge/kvs';
import type { z } from 'zod';
import { StoredValueInvalidError } from './errors';

/** Reads a KVS value and parses it, so that a malformed or outdated value is never used as is. */
export async function readValue<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | undefined> {
  const raw: unknown = await kvs.get(key);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StoredValueInvalidError(key, parsed.error.message);
  return parsed.data;
}

export async function writeValue<S extends z.ZodType>(key: string, schema: S, value: z.infer<S>): Promise<void> {
  await kvs.set(key, schema.parse(value));
}
