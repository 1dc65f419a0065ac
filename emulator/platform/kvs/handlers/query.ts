import { parseCondition, type ConditionErrorCodes } from '../conditions';
import type { Handler } from '../context';
import { decodeCursor, encodeCursor } from '../cursor';
import { KVS_TARGET } from '../entities';
import { badRequest, KvsFailure } from '../failure';
import { pageLimit } from '../page-limit';
import { project } from '../projection';
import { parseBody, queryBody, type RawPropertyCondition } from '../wire-schemas';

const WHERE_CODES: ConditionErrorCodes = { condition: 'QUERY_WHERE_INVALID', values: 'QUERY_WHERE_INVALID', insufficient: 'QUERY_WHERE_INVALID' };

/** `kvs.query()`: plain KVS keys only (never secrets or entities), in key order. */
export const kvsQuery: Handler = (context, body) => {
  const request = parseBody(queryBody, body);
  if (request instanceof KvsFailure) return request;
  const prefix = keyPrefix(request.where);
  if (prefix instanceof KvsFailure) return prefix;
  const limit = pageLimit(request.limit, context.limits.maxQueryLimit, 'LIST_QUERY_LIMIT_EXCEEDED');
  if (limit instanceof KvsFailure) return limit;
  const after = request.after === undefined ? undefined : decodeCursor(request.after);
  if (after instanceof KvsFailure) return after;

  // The SDK sends the cursor as `after`: resume past that key, but never before the prefix.
  const resumeAfter = after !== undefined && after.key >= prefix;
  const data: Array<Record<string, unknown>> = [];
  let lastKey: string | undefined;
  let more = false;
  for (const [key, record] of context.store.inKeyOrder(KVS_TARGET.namespace, resumeAfter ? after.key : prefix, resumeAfter)) {
    if (!key.startsWith(prefix)) break;
    if (data.length === limit) {
      more = true;
      break;
    }
    data.push(project(key, record, request.options?.metadataFields));
    lastKey = key;
  }
  // A cursor only while something follows, so the last page carries none (as the docs show).
  return { status: 200, body: more && lastKey !== undefined ? { data, cursor: encodeCursor({ key: lastKey }) } : { data } };
};

/** The only `where` the KVS supports: one BEGINS_WITH on `key`. No `where` means every key. */
function keyPrefix(where: readonly RawPropertyCondition[] | undefined): string | KvsFailure {
  if (where === undefined) return '';
  const [clause, ...rest] = where;
  if (clause === undefined || rest.length > 0) return badRequest('QUERY_WHERE_INVALID', `A query takes exactly one where clause, got ${where.length}`);
  if (clause.property !== 'key') return badRequest('QUERY_WHERE_FIELD_INVALID', `Only 'key' can be queried, got '${clause.property}'`);
  const condition = parseCondition(clause, ['BEGINS_WITH'], 'string', WHERE_CODES, 'where');
  if (condition instanceof KvsFailure) return condition;
  return String(condition.values[0]);
}
