import { groupHolds, parseConditionGroup, type ConditionGroup } from '../condition-groups';
import type { Handler, KvsContext } from '../context';
import type { Target } from '../entities';
import { badRequest, KvsFailure } from '../failure';
import { checkValueFor, expiryOf, validKey } from '../validation';
import { parseBody, transactionBody, type RawConditionGroup } from '../wire-schemas';
import { checkItemSet, type ItemRef } from './batch-rules';

/** One checked operation, ready to be tested against current values and then applied. */
interface PlannedOperation {
  target: Target;
  key: string;
  conditions: ConditionGroup | undefined;
  apply: () => void;
}

/**
 * All or nothing: every operation is validated and every condition evaluated against the current
 * values before anything is written.
 */
export const transact: Handler = (context, body) => {
  const request = parseBody(transactionBody, body);
  if (request instanceof KvsFailure) return request;
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const checks = request.check ?? [];
  const problem = checkItemSet('transaction', [...sets, ...deletes, ...checks], context.limits.maxTransactionOps, body);
  if (problem !== undefined) return problem;

  const planned: PlannedOperation[] = [];
  for (const operation of sets) {
    const plan = planOperation(context, operation, operation.conditions, (target, key) => {
      const valueProblem = checkValueFor(target, operation.value, context.limits);
      if (valueProblem !== undefined) return valueProblem;
      const expiresAt = expiryOf(operation.options?.ttl, context.clock.now());
      if (expiresAt instanceof KvsFailure) return expiresAt;
      return () => {
        context.store.write(target.namespace, key, operation.value, expiresAt);
      };
    });
    if (plan instanceof KvsFailure) return plan;
    planned.push(plan);
  }
  for (const operation of deletes) {
    const plan = planOperation(context, operation, operation.conditions, (target, key) => () => {
      context.store.delete(target.namespace, key);
    });
    if (plan instanceof KvsFailure) return plan;
    planned.push(plan);
  }
  for (const operation of checks) {
    if (operation.entityName === undefined) return badRequest('BAD_REQUEST', `check of key '${operation.key ?? ''}' needs an entityName`);
    const plan = planOperation(context, operation, operation.conditions, () => () => undefined);
    if (plan instanceof KvsFailure) return plan;
    planned.push(plan);
  }

  const failed = planned.find(({ target, key, conditions }) => conditions !== undefined && !groupHolds(conditions, context.store.get(target.namespace, key)?.value));
  if (failed !== undefined) {
    // 409 is an assumption: the docs name the code, not the status.
    const where = failed.target.entity === undefined ? '' : ` of entity '${failed.target.entity.name}'`;
    return new KvsFailure(409, 'CONDITIONAL_CHECK_FAILED', `Transaction cancelled: the conditions on key '${failed.key}'${where} are not met`);
  }
  for (const operation of planned) operation.apply();
  return { status: 204 };
};

function planOperation(
  context: KvsContext,
  operation: ItemRef,
  rawConditions: RawConditionGroup | undefined,
  prepare: (target: Target, key: string) => (() => void) | KvsFailure,
): PlannedOperation | KvsFailure {
  const target = context.entities.targetFor(operation.entityName);
  if (target instanceof KvsFailure) return target;
  const key = validKey(operation.key, context.limits);
  if (key instanceof KvsFailure) return key;
  let conditions: ConditionGroup | undefined;
  if (rawConditions !== undefined) {
    if (target.entity === undefined) return badRequest('BAD_REQUEST', `Conditions apply to custom entity items only; key '${key}' has no entityName`);
    const parsed = parseConditionGroup(rawConditions, target.entity);
    if (parsed instanceof KvsFailure) return parsed;
    conditions = parsed;
  }
  const apply = prepare(target, key);
  return apply instanceof KvsFailure ? apply : { target, key, conditions, apply };
}
