import type { Clock } from '../clock';
import { EXPIRED_RETENTION_MS } from './limits';
import type { StoredRecord } from './types';

interface Space {
  records: Map<string, StoredRecord>;
  /** Kept sorted so prefix queries and key-ordered pages do not sort the whole space each time. */
  keys: string[];
}

/** The records of one installation, split into namespaces (plain KVS, secrets, one per entity). */
export class RecordStore {
  private readonly spaces = new Map<string, Space>();

  constructor(private readonly clock: Clock) {}

  get(namespace: string, key: string): StoredRecord | undefined {
    const space = this.spaces.get(namespace);
    const record = space?.records.get(key);
    if (space === undefined || record === undefined) return undefined;
    if (!this.isPurged(record)) return record;
    removeKey(space, key);
    return undefined;
  }

  /** Writes a whole new value; the creation time survives overwrites, the TTL does not. */
  write(namespace: string, key: string, value: unknown, expiresAt: number | undefined): StoredRecord {
    const now = this.clock.now();
    const previous = this.get(namespace, key);
    const record: StoredRecord = { value, createdAt: previous?.createdAt ?? now, updatedAt: now, expiresAt };
    const space = this.space(namespace);
    if (previous === undefined) space.keys.splice(lowerBound(space.keys, key), 0, key);
    space.records.set(key, record);
    return record;
  }

  /** Removes the key; answers whether it held a value. */
  delete(namespace: string, key: string): boolean {
    const existed = this.get(namespace, key) !== undefined;
    const space = this.spaces.get(namespace);
    if (existed && space !== undefined) removeKey(space, key);
    return existed;
  }

  /**
   * Records in key order, from the first key >= `from` (or > `from` when `exclusive`). Readers
   * only: writing while iterating would shift the positions under the iterator.
   */
  *inKeyOrder(namespace: string, from = '', exclusive = false): Generator<[string, StoredRecord]> {
    const space = this.spaces.get(namespace);
    if (space === undefined) return;
    let position = lowerBound(space.keys, from);
    if (exclusive && space.keys[position] === from) position += 1;
    for (let key = space.keys[position]; key !== undefined; position += 1, key = space.keys[position]) {
      const record = space.records.get(key);
      if (record !== undefined && !this.isPurged(record)) yield [key, record];
    }
  }

  /** Live records over all namespaces. */
  size(): number {
    let count = 0;
    for (const space of this.spaces.values()) for (const record of space.records.values()) if (!this.isPurged(record)) count += 1;
    return count;
  }

  private isPurged(record: StoredRecord): boolean {
    return record.expiresAt !== undefined && this.clock.now() >= record.expiresAt + EXPIRED_RETENTION_MS;
  }

  private space(namespace: string): Space {
    let space = this.spaces.get(namespace);
    if (space === undefined) {
      space = { records: new Map(), keys: [] };
      this.spaces.set(namespace, space);
    }
    return space;
  }
}

function removeKey(space: Space, key: string): void {
  space.records.delete(key);
  const position = lowerBound(space.keys, key);
  if (space.keys[position] === key) space.keys.splice(position, 1);
}

/** The first position whose key is >= `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const middleKey = keys[middle];
    if (middleKey !== undefined && middleKey < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
