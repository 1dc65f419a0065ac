import { z } from 'zod';
import { readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { INTEGRATION_DEFAULTS, integrationSettingsSchema } from './integration-settings';

/** One step of a stored settings record from one schema version to the next. */
export interface Migration {
  from: number;
  migrate(value: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

interface MigratedRecord {
  key: () => string;
  schema: z.ZodType;
  migrations: readonly Migration[];
}

/**
 * Every versioned settings record and the steps that bring an older one to the current version.
 * Version 0 is a record without `schemaVersion`: filters saved before the retry settings existed.
 */
export const SETTINGS_RECORDS: readonly MigratedRecord[] = [
  {
    key: KEYS.integrationSettings,
    schema: integrationSettingsSchema,
    migrations: [{ from: 0, migrate: (value) => ({ ...INTEGRATION_DEFAULTS, ...value, schemaVersion: 1 }) }],
  },
];

/** Applies the steps from the record's version on; pure, so each step is tested on its own. */
export function migrate(value: Readonly<Record<string, unknown>>, migrations: readonly Migration[]): { value: Record<string, unknown>; changed: boolean } {
  let current: Record<string, unknown> = { ...value };
  let changed = false;
  for (;;) {
    const version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 0;
    const step = migrations.find((migration) => migration.from === version);
    if (step === undefined) return { value: current, changed };
    current = step.migrate(current);
    changed = true;
  }
}

const rawRecordSchema = z.record(z.string(), z.unknown());

/** Runs on `avi:forge:upgraded:app`: brings every stored settings record to its current version. */
export async function runSettingsMigrations(): Promise<string[]> {
  const migrated: string[] = [];
  for (const record of SETTINGS_RECORDS) {
    const stored = await readValue(record.key(), rawRecordSchema);
    if (stored === undefined) continue;
    const { value, changed } = migrate(stored, record.migrations);
    if (!changed) continue;
    await writeValue(record.key(), record.schema, value);
    migrated.push(record.key());
  }
  return migrated;
}
