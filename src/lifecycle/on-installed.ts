import { z } from 'zod';
import { now } from '../platform/clock';
import { writeValue } from '../platform/kvs-store';
import { pushToQueue, QUEUES } from '../platform/queues';
import { setupStateSchema } from '../setup/setup-state';
import { KEYS } from '../storage/keys';
import type { Job } from '../jobs/job';

/** `avi:forge:installed:app`: the documented payload carries no `eventType`. */
export const installedEventSchema = z.looseObject({
  id: z.string(),
  installerAccountId: z.string().optional(),
  app: z.looseObject({ id: z.string(), version: z.string() }),
});

/**
 * Records the installation and queues the bootstrap. Nothing heavy runs here: the app may not yet
 * have its API permissions when this event arrives, and triggers have 25 s.
 */
export async function onInstalled(event: unknown): Promise<void> {
  const parsed = installedEventSchema.safeParse(event);
  if (!parsed.success) {
    console.error('[lifecycle] installed event rejected', { code: 'LIFECYCLE_EVENT_INVALID', issues: parsed.error.issues.length });
    return;
  }
  const installedAt = now();
  await writeValue(KEYS.setupState(), setupStateSchema, {
    status: 'installed',
    installedAt,
    appVersion: parsed.data.app.version,
    installerAccountId: parsed.data.installerAccountId,
  });
  const job: Job = { v: 1, kind: 'bootstrap', installedAt };
  await pushToQueue(QUEUES.jobs, [job]);
  console.log('[lifecycle] installed', { installation: parsed.data.id, appVersion: parsed.data.app.version });
}
