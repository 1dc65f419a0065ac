import type { JiraClient } from '../jira/client/jira-client';
import { readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { suggestMapping } from './discovery';
import { discoveryRecordSchema, healthRecordSchema, mappingRecordSchema, type DiscoveryRecord, type HealthRecord } from './field-records';
import { gatherDiscoveryInputs } from './gather-inputs';
import { checkMapping, featureStatus } from './health';
import { LOGICAL_FIELDS, type FieldMapping, type JiraFieldInfo } from './logical-fields';

/** Reads the site's fields and boards, stores fresh suggestions, and re-checks the confirmed mapping against them. */
export async function discoverFields(client: JiraClient, now: number): Promise<DiscoveryRecord> {
  const inputs = await gatherDiscoveryInputs(client);
  const result = suggestMapping(inputs);
  const record: DiscoveryRecord = { discoveredAt: now, boardsSkipped: inputs.boardsSkipped, suggestions: result.suggestions, boardDisagreement: result.boardDisagreement };
  await writeValue(KEYS.fieldSuggestions(), discoveryRecordSchema, record);
  await recheckMapping(inputs.fields, now);
  return record;
}

/** Flags mapped fields that were deleted or retyped, and which features that leaves degraded. */
export async function recheckMapping(fields: JiraFieldInfo[], now: number): Promise<HealthRecord> {
  const mapping = (await readValue(KEYS.fieldMapping(), mappingRecordSchema))?.mapping ?? UNMAPPED;
  const { problems } = checkMapping(mapping, fields);
  const health: HealthRecord = { checkedAt: now, problems, features: featureStatus(mapping, problems) };
  await writeValue(KEYS.fieldHealth(), healthRecordSchema, health);
  return health;
}

const UNMAPPED: FieldMapping = Object.fromEntries(LOGICAL_FIELDS.map((logical) => [logical, null])) as FieldMapping;
