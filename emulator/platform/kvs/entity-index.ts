import { compareScalars, conditionHolds, isScalar, type Condition } from './conditions';
import type { CursorPosition } from './cursor';
import { attributeOf, type IndexSchema, type Target } from './entities';
import type { RecordStore } from './record-store';
import type { Scalar, StoredRecord } from './types';

export interface IndexEntry {
  key: string;
  range: Scalar;
  record: StoredRecord;
}

/**
 * The entries of one index partition that satisfy the range condition, in ascending
 * (range, key) order. Indexes are sparse: an entity without the range or a partition attribute
 * is not in the index.
 */
export function indexEntries(
  store: RecordStore,
  target: Target,
  index: IndexSchema,
  partition: readonly Scalar[],
  range: Condition | undefined,
): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const [key, record] of store.inKeyOrder(target.namespace)) {
    if (!index.partition.every((attribute, i) => attributeOf(record.value, attribute) === partition[i])) continue;
    const rangeValue = index.range === undefined ? key : attributeOf(record.value, index.range);
    if (!isScalar(rangeValue) || (range !== undefined && !conditionHolds(range, rangeValue))) continue;
    entries.push({ key, range: rangeValue, record });
  }
  return entries.sort(comparePositions);
}

/** Orders by range value, then key: the order of a page and of the positions cursors point at. */
export function comparePositions(a: CursorPosition, b: CursorPosition): number {
  const byRange = compareScalars(a.range, b.range);
  if (byRange !== 0 && !Number.isNaN(byRange)) return byRange;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
