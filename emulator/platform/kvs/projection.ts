import type { MetadataField, StoredRecord } from './types';

/**
 * A record as the platform returns it: key and value, plus only the metadata that was asked for.
 * `createdAt`/`updatedAt` are epoch milliseconds, `expireTime` an ISO-8601 string, and it is left
 * out for values without a TTL.
 */
export function project(key: string, record: StoredRecord, fields: readonly MetadataField[] | undefined): Record<string, unknown> {
  const item: Record<string, unknown> = { key, value: record.value };
  if (fields?.includes('CREATED_AT')) item.createdAt = record.createdAt;
  if (fields?.includes('UPDATED_AT')) item.updatedAt = record.updatedAt;
  if (fields?.includes('EXPIRE_TIME') && record.expiresAt !== undefined) item.expireTime = new Date(record.expiresAt).toISOString();
  return item;
}
