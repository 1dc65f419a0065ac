import type { Handler, KvsContext } from '../context';
import { KvsFailure, keyNotFound } from '../failure';
import { project } from '../projection';
import { checkValueFor, expiryOf, validKey } from '../validation';
import { batchDeleteBody, batchGetBody, batchSetBody, parseBody } from '../wire-schemas';
import { checkItemSet, refOf, type ItemRef } from './batch-rules';

/*
 * Batches are best effort: after the whole-batch rules, every item succeeds or fails on its own
 * and the failures are reported per item, never as an HTTP error.
 */

interface Outcome {
  successfulKeys: Array<Record<string, unknown>>;
  failedKeys: Array<{ key: string; entityName?: string; error: { code: string; message: string } }>;
}

function runBatch<T extends ItemRef>(
  context: KvsContext,
  items: readonly T[],
  body: unknown,
  runItem: (item: T, key: string) => Record<string, unknown> | KvsFailure,
): Outcome | KvsFailure {
  const problem = checkItemSet('batch', items, context.limits.maxBatch, body);
  if (problem !== undefined) return problem;
  const outcome: Outcome = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    const key = validKey(item.key, context.limits);
    const result = key instanceof KvsFailure ? key : runItem(item, key);
    if (result instanceof KvsFailure) outcome.failedKeys.push({ ...refOf(item), error: { code: result.code, message: result.message } });
    else outcome.successfulKeys.push(result);
  }
  return outcome;
}

const respond = (outcome: Outcome | KvsFailure): { status: number; body: Outcome } | KvsFailure =>
  outcome instanceof KvsFailure ? outcome : { status: 200, body: outcome };

export const batchSet: Handler = (context, body) => {
  const items = parseBody(batchSetBody, body);
  if (items instanceof KvsFailure) return items;
  return respond(
    runBatch(context, items, body, (item, key) => {
      const target = context.entities.targetFor(item.entityName);
      if (target instanceof KvsFailure) return target;
      const problem = checkValueFor(target, item.value, context.limits);
      if (problem !== undefined) return problem;
      const expiresAt = expiryOf(item.options?.ttl, context.clock.now());
      if (expiresAt instanceof KvsFailure) return expiresAt;
      context.store.write(target.namespace, key, item.value, expiresAt);
      return refOf(item);
    }),
  );
};

export const batchGet: Handler = (context, body) => {
  const items = parseBody(batchGetBody, body);
  if (items instanceof KvsFailure) return items;
  return respond(
    runBatch(context, items, body, (item, key) => {
      const target = context.entities.targetFor(item.entityName);
      if (target instanceof KvsFailure) return target;
      const record = context.store.get(target.namespace, key);
      // A missing key is reported per item: no value is not an error of the batch.
      return record === undefined ? keyNotFound() : { ...refOf(item), ...project(key, record, item.options?.metadataFields) };
    }),
  );
};

export const batchDelete: Handler = (context, body) => {
  const items = parseBody(batchDeleteBody, body);
  if (items instanceof KvsFailure) return items;
  return respond(
    runBatch(context, items, body, (item, key) => {
      const target = context.entities.targetFor(item.entityName);
      if (target instanceof KvsFailure) return target;
      // Like transact().delete: deleting a missing key succeeds.
      context.store.delete(target.namespace, key);
      return refOf(item);
    }),
  );
};
