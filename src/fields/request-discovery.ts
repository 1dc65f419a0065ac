import type { Job } from '../jobs/job';
import { pushToQueue, QUEUES } from '../platform/queues';

/**
 * Queues a field discovery. A burst of requests (an admin creating ten fields) queues a job each,
 * but only the first runs: a job finds the discovery that ran since it was requested and stops.
 */
export async function requestDiscovery(reason: Extract<Job, { kind: 'discover-fields' }>['reason'], now: number): Promise<void> {
  const job: Job = { v: 1, kind: 'discover-fields', reason, requestedAt: now };
  await pushToQueue(QUEUES.jobs, [job]);
}
