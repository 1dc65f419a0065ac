import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import type { z } from 'zod';
import { readEntities, readEntity } from './entity-store';
import { isKvsRateLimited } from './kvs-store';
import { PlatformError } from './errors';

/** Concurrent writers of one entry retry this often before giving up; each retry re-reads and re-decides. */
const MAX_TRIES = 12;

/** A short random pause before a retry, so writers that collided do not collide again in step. */
const pauseBeforeRetry = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * (attempt + 1)));

type Versioned = { version: number };

/** Waits after KVS refuses a write for its per-minute limit, before giving the refusal to the caller. */
const THROTTLE_WAITS_MS = [250, 1_000, 3_000];

export class VersionConflictError extends PlatformError {
  constructor(entity: string, key: string) {
    super('VERSION_CONFLICT', `${entity}/${key} kept changing under ${MAX_TRIES} attempts to update it`);
  }
}

/**
 * Read-decide-write on a custom entity without losing a concurrent writer's change: the write
 * succeeds only if the entry still has the version that was read (a conditional transaction), or
 * does not exist yet (`FAIL_IF_EXISTS`); otherwise it reads again and decides again. `decide`
 * returns the next value, or undefined to leave the entry as it is.
 */
export async function updateVersioned<S extends z.ZodType<Versioned>>(
  entity: string,
  key: string,
  schema: S,
  decide: (current: z.infer<S> | undefined) => Omit<z.infer<S>, 'version'> | undefined,
): Promise<z.infer<S> | undefined> {
  let throttled = 0;
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const current = await readEntity(entity, key, schema);
    const decided = decide(current);
    if (decided === undefined) return current;
    const next = schema.parse({ ...decided, version: (current?.version ?? 0) + 1 });
    try {
      if (current === undefined) {
        await kvs.entity<z.infer<S>>(entity).set(key, next, { keyPolicy: 'FAIL_IF_EXISTS' });
      } else {
        const unchanged = new Filter<Versioned>().and('version', FilterConditions.equalTo(current.version));
        await kvs.transact().set(key, next, { entityName: entity, conditions: unchanged }).execute();
      }
      return next;
    } catch (error) {
      // A refusal for the minute's limit may be a passing spike: a few short waits, then the caller's own pause.
      if (isKvsRateLimited(error) && throttled < THROTTLE_WAITS_MS.length) {
        await new Promise((resolve) => setTimeout(resolve, THROTTLE_WAITS_MS[throttled++]));
        attempt -= 1;
        continue;
      }
      if (!isConflict(error)) throw error;
      await pauseBeforeRetry(attempt);
    }
  }
  throw new VersionConflictError(entity, key);
}

function isConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.code === 'KEY_CONFLICT' || error.code === 'CONDITIONAL_CHECK_FAILED');
}

/** KVS takes at most 25 keys a batch and 25 operations a transaction. */
const BATCH = 25;

export interface VersionedChange<T> {
  key: string;
  before: T | undefined;
  after: T | undefined;
}

/**
 * `updateVersioned` for many entries at once: one batch read and one conditional transaction per 25
 * keys, so a page of a sync costs a few KVS requests rather than one or two per issue (KVS meters
 * requests, 10 KB each, against a per-minute limit). If another writer changed one of them in
 * between, the whole transaction is refused and those 25 are updated one by one.
 */
export async function updateVersionedMany<S extends z.ZodType<Versioned>>(
  entity: string,
  keys: readonly string[],
  schema: S,
  decide: (key: string, current: z.infer<S> | undefined) => Omit<z.infer<S>, 'version'> | undefined,
): Promise<Array<VersionedChange<z.infer<S>>>> {
  const changes: Array<VersionedChange<z.infer<S>>> = [];
  for (let start = 0; start < keys.length; start += BATCH) {
    const chunk = [...new Set(keys.slice(start, start + BATCH))];
    changes.push(...(await updateChunk(entity, chunk, schema, decide)));
  }
  return changes;
}

async function updateChunk<S extends z.ZodType<Versioned>>(
  entity: string,
  keys: readonly string[],
  schema: S,
  decide: (key: string, current: z.infer<S> | undefined) => Omit<z.infer<S>, 'version'> | undefined,
): Promise<Array<VersionedChange<z.infer<S>>>> {
  const stored = await readEntities(entity, keys, schema);
  const changes = keys.map((key) => {
    const before = stored.get(key);
    const decided = decide(key, before);
    const after = decided === undefined ? before : schema.parse({ ...decided, version: (before?.version ?? 0) + 1 });
    return { key, before, after };
  });
  const writes = changes.filter((change) => change.after !== change.before);
  if (writes.length === 0) return changes;
  const transaction = kvs.transact();
  for (const { key, before, after } of writes) {
    if (after === undefined) continue;
    const conditions =
      before === undefined ? new Filter<Versioned>().and('version', FilterConditions.notExists()) : new Filter<Versioned>().and('version', FilterConditions.equalTo(before.version));
    transaction.set(key, after, { entityName: entity, conditions });
  }
  try {
    await transaction.execute();
    return changes;
  } catch (error) {
    if (!isConflict(error)) throw error;
    const settled: Array<VersionedChange<z.infer<S>>> = [];
    for (const { key } of changes) {
      let before: z.infer<S> | undefined;
      const after = await updateVersioned(entity, key, schema, (current) => {
        before = current;
        return decide(key, current);
      });
      settled.push({ key, before, after });
    }
    return settled;
  }
}
