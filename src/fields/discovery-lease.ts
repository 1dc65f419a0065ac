import { z } from 'zod';
import { createValue, deleteValue, readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';

const leaseSchema = z.object({ startedAt: z.number() });

/** A discovery runs in a 900 s job; a lease older than that belongs to a run that died. */
const LEASE_MS = 960_000;

export type LeaseClaim = { claimed: true } | { claimed: false; runningSince: number };

/** Claims the right to run discovery; one invocation at a time, whatever queued it. */
export async function claimDiscoveryLease(now: number): Promise<LeaseClaim> {
  if (await createValue(KEYS.fieldDiscoveryLease(), leaseSchema, { startedAt: now }, LEASE_MS / 1000)) return { claimed: true };
  const held = await readValue(KEYS.fieldDiscoveryLease(), leaseSchema);
  // KVS deletes expired keys lazily, so the lease's own time decides whether its holder is gone.
  if (held === undefined || now - held.startedAt >= LEASE_MS) {
    await writeValue(KEYS.fieldDiscoveryLease(), leaseSchema, { startedAt: now }, LEASE_MS / 1000);
    return { claimed: true };
  }
  return { claimed: false, runningSince: held.startedAt };
}

export async function releaseDiscoveryLease(): Promise<void> {
  await deleteValue(KEYS.fieldDiscoveryLease());
}
