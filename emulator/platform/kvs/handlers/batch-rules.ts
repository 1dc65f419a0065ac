import { badRequest, type KvsFailure } from '../failure';
import { jsonByteLength } from '../json';
import { MAX_PAYLOAD_BYTES } from '../limits';

/** How batches and transactions name an item: a KVS key, or a key of one entity. */
export interface ItemRef {
  key?: string | undefined;
  entityName?: string | undefined;
}

/** The item as the response names it: `entityName` only for entity items. */
export function refOf({ key, entityName }: ItemRef): { key: string; entityName?: string } {
  return entityName === undefined ? { key: key ?? '' } : { key: key ?? '', entityName };
}

/**
 * Rules that fail a whole batch or transaction before any item runs: at least one item, at most
 * `max`, a 4 MB payload, and no item twice (the same key in two entities is two items).
 */
export function checkItemSet(kind: 'batch' | 'transaction', items: readonly ItemRef[], max: number, body: unknown): KvsFailure | undefined {
  const upper = kind === 'batch' ? 'BATCH' : 'TRANSACTION';
  if (items.length === 0) return badRequest(`EMPTY_${upper}`, `A ${kind} needs at least one item`);
  if (items.length > max) return badRequest(`${upper}_LIMIT_EXCEEDED`, `A ${kind} takes at most ${max} items, got ${items.length}`);
  const bytes = jsonByteLength(body);
  if (bytes > MAX_PAYLOAD_BYTES) return badRequest('MAX_SIZE', `A ${kind} payload is limited to ${MAX_PAYLOAD_BYTES} bytes, got ${bytes}`);
  const seen = new Set<string>();
  for (const item of items) {
    const identity = JSON.stringify([item.entityName ?? null, item.key ?? null]);
    if (seen.has(identity)) {
      const where = item.entityName === undefined ? '' : ` of entity '${item.entityName}'`;
      return badRequest('DUPLICATE_KEY', `Key '${item.key ?? ''}'${where} appears more than once in the ${kind}`);
    }
    seen.add(identity);
  }
  return undefined;
}
