import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import type { z } from 'zod';
import { PlatformError, StoredValueInvalidError } from './errors';

/** Reads a KVS value and parses it, so that a malformed or outdated value is never used as is. */
export async function readValue<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | undefined> {
  const raw: unknown = await kvs.get(key);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new StoredValueInvalidError(key, parsed.error.message);
  return parsed.data;
}

/**
 * Writes a value after checking it against its schema. With a TTL, KVS deletes it some time after
 * expiry (up to 48 h later), so values that must expire on time also carry their own expiry.
 */
export async function writeValue<S extends z.ZodType>(key: string, schema: S, value: z.infer<S>, ttlSeconds?: number): Promise<void> {
  const checked = schema.parse(value);
  if (ttlSeconds === undefined) await kvs.set(key, checked);
  else await kvs.set(key, checked, { ttl: { value: Math.max(1, Math.ceil(ttlSeconds)), unit: 'SECONDS' } });
}

/** KVS writes at most 25 keys a batch. */
const BATCH = 25;

/** Reads many values of one schema, 25 a request; missing keys are absent from the answer. */
export async function readValues<S extends z.ZodType>(keys: readonly string[], schema: S): Promise<Map<string, z.infer<S>>> {
  const found = new Map<string, z.infer<S>>();
  for (let start = 0; start < keys.length; start += BATCH) {
    const answer = await kvs.batchGet<unknown>(keys.slice(start, start + BATCH).map((key) => ({ key })));
    const failed = answer.failedKeys.find((failure) => failure.error.code !== 'KEY_NOT_FOUND');
    if (failed !== undefined) throw new PlatformError('KVS_READ_FAILED', `${failed.key}: ${failed.error.code} ${failed.error.message}`);
    for (const item of answer.successfulKeys) {
      const parsed = schema.safeParse(item.value);
      if (!parsed.success) throw new StoredValueInvalidError(item.key, parsed.error.message);
      found.set(item.key, parsed.data);
    }
  }
  return found;
}

/** Writes many values of one schema, 25 a request (each request costs at least one write unit). */
export async function writeValues<S extends z.ZodType>(schema: S, entries: ReadonlyArray<{ key: string; value: z.infer<S> }>, ttlSeconds?: number): Promise<void> {
  const options = ttlSeconds === undefined ? {} : { options: { ttl: { value: Math.max(1, Math.ceil(ttlSeconds)), unit: 'SECONDS' as const } } };
  for (let start = 0; start < entries.length; start += BATCH) {
    const answer = await kvs.batchSet(entries.slice(start, start + BATCH).map(({ key, value }) => ({ key, value: schema.parse(value), ...options })));
    const failed = answer.failedKeys[0];
    if (failed !== undefined) throw new PlatformError('KVS_WRITE_FAILED', `${failed.key}: ${failed.error.code} ${failed.error.message}`);
  }
}

export async function deleteValue(key: string): Promise<void> {
  await kvs.delete(key);
}

/**
 * Creates the key only if it does not exist yet, atomically: true when this call created it. The
 * way for one of several concurrent invocations to claim a piece of work.
 */
export async function createValue<S extends z.ZodType>(key: string, schema: S, value: z.infer<S>, ttlSeconds: number): Promise<boolean> {
  try {
    await kvs.set(key, schema.parse(value), { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: Math.max(1, Math.ceil(ttlSeconds)), unit: 'SECONDS' } });
    return true;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError && error.code === 'KEY_CONFLICT') return false;
    throw error;
  }
}

/** KVS's per-installation rate limit (4,000 write or read units a minute): wait for the minute to pass. */
export function isKvsRateLimited(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.code === 'RATE_LIMIT_EXCEEDED' || error.code === 'TOO_MANY_REQUESTS');
}
