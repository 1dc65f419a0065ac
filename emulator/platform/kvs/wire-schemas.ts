import { z } from 'zod';
import { badRequest, KvsFailure } from './failure';

/*
 * Request bodies exactly as @forge/kvs 1.6.5 sends them (SDK-WIRE-PROTOCOL §2.2). Shapes only:
 * the rules that have their own platform error codes (keys, entity names, limits, conditions)
 * are checked afterwards so they can answer with those codes instead of a generic BAD_REQUEST.
 */

const metadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']));
const ttl = z.object({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
// A missing key is answered with EMPTY_KEY by the key rules, not as a malformed body.
const key = z.string().optional();
const entityName = z.string();
const getOptions = z.object({ metadataFields: metadataFields.optional() });
const setOptions = z.object({
  ttl: ttl.optional(),
  keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
  returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
  returnMetadataFields: metadataFields.optional(),
});
// Batches and transactions take a TTL only; keyPolicy/returnValue there would be silently ignored
// by a lenient server, so they are refused.
const ttlOnlyOptions = z.strictObject({ ttl: ttl.optional() });

const condition = z.object({ condition: z.string(), values: z.array(z.unknown()) });
const propertyCondition = condition.extend({ property: z.string() });
const conditionGroup = z.object({ and: z.array(propertyCondition).optional(), or: z.array(propertyCondition).optional() });

export const getBody = z.object({ key, options: getOptions.optional() });
export const setBody = z.object({ key, value: z.unknown(), options: setOptions.optional() });
export const deleteBody = z.object({ key });
export const entityGetBody = getBody.extend({ entityName });
export const entitySetBody = setBody.extend({ entityName });
export const entityDeleteBody = deleteBody.extend({ entityName });

export const queryBody = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(propertyCondition).optional(),
  options: getOptions.optional(),
});

export const entityQueryBody = z.object({
  entityName,
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: condition.optional(),
  filters: conditionGroup.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().optional(),
  cursor: z.string().optional(),
  options: getOptions.optional(),
});

export const batchSetBody = z.array(z.object({ key, entityName: entityName.optional(), value: z.unknown(), options: ttlOnlyOptions.optional() }));
export const batchGetBody = z.array(z.object({ key, entityName: entityName.optional(), options: getOptions.optional() }));
export const batchDeleteBody = z.array(z.object({ key, entityName: entityName.optional() }));

export const transactionBody = z.object({
  set: z
    .array(z.object({ key, value: z.unknown(), entityName: entityName.optional(), conditions: conditionGroup.optional(), options: ttlOnlyOptions.optional() }))
    .optional(),
  delete: z.array(z.object({ key, entityName: entityName.optional(), conditions: conditionGroup.optional() })).optional(),
  check: z.array(z.object({ key, entityName: entityName.optional(), conditions: conditionGroup })).optional(),
});

export type Ttl = z.infer<typeof ttl>;
export type GetOptions = z.infer<typeof getOptions>;
export type SetOptions = z.infer<typeof setOptions>;
export type RawCondition = z.infer<typeof condition>;
export type RawPropertyCondition = z.infer<typeof propertyCondition>;
export type RawConditionGroup = z.infer<typeof conditionGroup>;

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T | KvsFailure {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  return badRequest('BAD_REQUEST', `Provided request body is invalid: ${z.prettifyError(parsed.error)}`);
}
