import { Queue } from '@forge/events';

/** Queue names match manifest.yml `consumer[].queue`. */
export const QUEUES = {
  events: 'sias-events',
  jobs: 'sias-jobs',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** `delaySeconds` (at most 900) holds the events back, e.g. to let a rate limit's minute pass. */
export async function pushToQueue(queue: QueueName, bodies: ReadonlyArray<Record<string, unknown>>, delaySeconds = 0): Promise<void> {
  if (bodies.length === 0) return;
  const delay = Math.min(900, Math.max(0, Math.ceil(delaySeconds)));
  await new Queue({ key: queue }).push(bodies.map((body) => (delay === 0 ? { body } : { body, delayInSeconds: delay })));
}
