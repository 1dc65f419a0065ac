import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import type { z } from 'zod';
import { readEntity } from './entity-store';
import { PlatformError } from './errors';

/** Concurrent writers of one entry retry this often before giving up; each retry re-reads and re-decides. */
const MAX_TRIES = 12;

/** A short random pause before a retry, so writers that collided do not collide again in step. */
const pauseBeforeRetry = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * (attempt + 1)));

type Versioned = { version: number };

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
      if (!isConflict(error)) throw error;
      await pauseBeforeRetry(attempt);
    }
  }
  throw new VersionConflictError(entity, key);
}

function isConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && (error.code === 'KEY_CONFLICT' || error.code === 'CONDITIONAL_CHECK_FAILED');
}
