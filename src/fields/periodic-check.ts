import { readValue } from '../platform/kvs-store';
import { setupStateSchema } from '../setup/setup-state';
import { KEYS } from '../storage/keys';
import { discoveryRecordSchema } from './field-records';
import { requestDiscovery } from './request-discovery';

/** Field events can be lost; an hourly discovery catches what they missed (a renamed or retyped field). */
export const PERIODIC_DISCOVERY_MS = 3_600_000;

/** Called from the scheduled tick: queues a discovery when the last one is an hour old. */
export async function periodicFieldCheck(now: number): Promise<boolean> {
  const setup = await readValue(KEYS.setupState(), setupStateSchema);
  if (setup?.status !== 'connected') return false;
  const last = await readValue(KEYS.fieldSuggestions(), discoveryRecordSchema);
  if (last !== undefined && now - last.discoveredAt < PERIODIC_DISCOVERY_MS) return false;
  await requestDiscovery('periodic', now);
  return true;
}
