import { scalarFitsAttribute } from '../attribute-types';
import { groupHolds, parseConditionGroup } from '../condition-groups';
import { isScalar, parseCondition, RANGE_CONDITIONS, type ConditionErrorCodes } from '../conditions';
import type { Handler } from '../context';
import { decodeCursor, encodeCursor } from '../cursor';
import type { EntitySchema, IndexSchema } from '../entities';
import { comparePositions, indexEntries } from '../entity-index';
import { badRequest, KvsFailure } from '../failure';
import { pageLimit } from '../page-limit';
import { project } from '../projection';
import type { Scalar } from '../types';
import { entityQueryBody, parseBody } from '../wire-schemas';

const RANGE_CODES: ConditionErrorCodes = { condition: 'QUERY_WHERE_INVALID', values: 'QUERY_WHERE_INVALID', insufficient: 'QUERY_WHERE_INVALID' };

/** `kvs.entity(E).query().index(I, {partition}).where(range).filters(f).sort(s).limit(n).cursor(c)`. */
export const entityQuery: Handler = (context, body) => {
  const request = parseBody(entityQueryBody, body);
  if (request instanceof KvsFailure) return request;
  const target = context.entities.entityTarget(request.entityName);
  if (target instanceof KvsFailure) return target;
  const { entity } = target;
  const index = entity.indexes.get(request.indexName);
  if (index === undefined) {
    return badRequest('INVALID_ENTITY_INDEX', `Entity '${entity.name}' has no index '${request.indexName}'; it has ${[...entity.indexes.keys()].join(', ')}`);
  }
  const partition = partitionValues(entity, index, request.partition);
  if (partition instanceof KvsFailure) return partition;
  const range =
    request.range === undefined ? undefined : parseCondition(request.range, RANGE_CONDITIONS, index.rangeType, RANGE_CODES, `Range of index '${index.name}'`);
  if (range instanceof KvsFailure) return range;
  const filters = request.filters === undefined ? undefined : parseConditionGroup(request.filters, entity);
  if (filters instanceof KvsFailure) return filters;
  // The entity error page documents its own code for this, unlike the plain KVS query.
  const limit = pageLimit(request.limit, context.limits.maxQueryLimit, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  if (limit instanceof KvsFailure) return limit;
  const cursor = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  if (cursor instanceof KvsFailure) return cursor;

  const direction = request.sort === 'DESC' ? -1 : 1;
  const entries = indexEntries(context.store, target, index, partition, range);
  if (direction === -1) entries.reverse();
  const start = cursor === undefined ? 0 : entries.findIndex((entry) => direction * comparePositions(entry, cursor) > 0);
  const page = start === -1 ? [] : entries.slice(start, start + limit);
  // Filters run in memory on the page the index returned, as on the platform: a page can come
  // back with fewer results than the limit, even none, and still carry a cursor.
  const data = page
    .filter((entry) => filters === undefined || groupHolds(filters, entry.record.value))
    .map((entry) => project(entry.key, entry.record, request.options?.metadataFields));
  const last = page[page.length - 1];
  const more = start !== -1 && start + limit < entries.length;
  return { status: 200, body: more && last !== undefined ? { data, cursor: encodeCursor({ key: last.key, range: last.range }) } : { data } };
};

/** One value per partition attribute, in declaration order, of the attribute's type. */
function partitionValues(entity: EntitySchema, index: IndexSchema, given: readonly unknown[] | undefined): Scalar[] | KvsFailure {
  const values = given ?? [];
  const fits = values.length === index.partition.length && index.partition.every((attribute, i) => {
    const value = values[i];
    const type = entity.attributes.get(attribute);
    return isScalar(value) && type !== undefined && scalarFitsAttribute(type, value);
  });
  if (!fits) {
    const expected = index.partition.length === 0 ? 'no partition' : `a partition of [${index.partition.join(', ')}]`;
    return badRequest('INVALID_PARTITION', `Index '${index.name}' of entity '${entity.name}' takes ${expected}, got ${JSON.stringify(given ?? [])}`);
  }
  return values.filter(isScalar);
}
