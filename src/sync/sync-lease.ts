import { createValue, deleteValue, readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { syncLeaseSchema } from './sync-records';

/** A sync job runs at most 900 s; a lease older than that belongs to a run that crashed. */
const LEASE_MS = 960_000;

/** One incremental sync per installation at a time; a crashed run's lease is taken over once it is old. */
export async function claimSyncLease(runId: string, now: number): Promise<boolean> {
  if (await createValue(KEYS.syncLease(), syncLeaseSchema, { runId, acquiredAt: now }, LEASE_MS / 1000)) return true;
  const held = await readValue(KEYS.syncLease(), syncLeaseSchema);
  if (held !== undefined && held.runId !== runId && now - held.acquiredAt < LEASE_MS) return false;
  await writeValue(KEYS.syncLease(), syncLeaseSchema, { runId, acquiredAt: now }, LEASE_MS / 1000);
  return true;
}

export async function releaseSyncLease(): Promise<void> {
  await deleteValue(KEYS.syncLease());
}
