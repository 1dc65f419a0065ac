import { z } from 'zod';
import { runSettingsMigrations } from '../settings/migrations';

/** `avi:forge:upgraded:app`: the example names the actor `upgraderAccountId`, the field table `installerAccountId`. */
export const upgradedEventSchema = z.looseObject({
  id: z.string(),
  upgraderAccountId: z.string().optional(),
  installerAccountId: z.string().optional(),
  app: z.looseObject({ id: z.string(), version: z.string() }),
});

/** Sent on major upgrades: stored settings written by the older version are migrated to the new schema. */
export async function onUpgraded(event: unknown): Promise<void> {
  const parsed = upgradedEventSchema.safeParse(event);
  if (!parsed.success) {
    console.error('[lifecycle] upgraded event rejected', { code: 'LIFECYCLE_EVENT_INVALID', issues: parsed.error.issues.length });
    return;
  }
  const migrated = await runSettingsMigrations();
  console.log('[lifecycle] upgraded', { installation: parsed.data.id, appVersion: parsed.data.app.version, migrated });
}
