import { z } from 'zod';
import { readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';

const watchingSchema = z.object({ since: z.number() });

/** The first full sync marks when the app started watching; later syncs leave it. */
export async function startWatching(at: number): Promise<void> {
  if ((await watchingSince()) === undefined) await writeValue(KEYS.alertsWatchingSince(), watchingSchema, { since: at });
}

/** Undefined until the first full sync has started: no alert is raised before. */
export async function watchingSince(): Promise<number | undefined> {
  return (await readValue(KEYS.alertsWatchingSince(), watchingSchema))?.since;
}
