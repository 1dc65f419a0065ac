import { readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { MAPPING_HISTORY_LIMIT, mappingRecordSchema, type MappingRecord } from './field-records';
import { LOGICAL_FIELDS, type JiraFieldInfo, type LogicalField } from './logical-fields';
import { recheckMapping } from './run-discovery';
import { validateMapping } from './validation';

export type SaveOutcome =
  | { ok: true; record: MappingRecord }
  | { ok: false; problems: Array<{ logical: LogicalField; message: string }>; unknownKeys: Array<{ key: string; message: string }> };

/**
 * Confirms a mapping after checking it against the site's current fields: an invalid one is refused
 * with a message per field and nothing is written; a valid one is stored with who changed what.
 */
export async function saveMapping(proposed: Partial<Record<string, string | null>>, by: string, now: number, fields: JiraFieldInfo[]): Promise<SaveOutcome> {
  const validated = validateMapping(proposed, fields);
  if (!validated.ok) return validated;
  const previous = await readValue(KEYS.fieldMapping(), mappingRecordSchema);
  const changes = LOGICAL_FIELDS.flatMap((logical) => {
    const from = previous?.mapping[logical] ?? null;
    const to = validated.mapping[logical];
    return from === to ? [] : [{ logical, from, to }];
  });
  const history = [...(previous?.history ?? []), ...(changes.length === 0 ? [] : [{ at: now, by, changes }])].slice(-MAPPING_HISTORY_LIMIT);
  const record: MappingRecord = { schemaVersion: 1, mapping: validated.mapping, confirmedBy: by, confirmedAt: now, history };
  await writeValue(KEYS.fieldMapping(), mappingRecordSchema, record);
  await recheckMapping(fields, now);
  return { ok: true, record };
}

