import { readValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { discoveryRecordSchema, mappingRecordSchema } from './field-records';
import { LOGICAL_FIELDS, type FieldMapping } from './logical-fields';

/**
 * The mapping the app works with: the admin's, once confirmed; until then the suggestions, so the
 * mirror fills from the first event (the features report themselves degraded meanwhile).
 */
export async function effectiveMapping(): Promise<FieldMapping> {
  const confirmed = await readValue(KEYS.fieldMapping(), mappingRecordSchema);
  if (confirmed !== undefined) return confirmed.mapping;
  const suggested = await readValue(KEYS.fieldSuggestions(), discoveryRecordSchema);
  return Object.fromEntries(LOGICAL_FIELDS.map((logical) => [logical, suggested?.suggestions[logical].fieldId ?? null])) as FieldMapping;
}
