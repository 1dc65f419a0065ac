import { Queue } from '@forge/events';

/** Queue names match manifest.yml `consumer[].queue`. */
export const QUEUES = {
  events: 'sias-events',
  jobs: 'sias-jobs',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export async function pushToQueue(queue: QueueName, bodies: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (bodies.length === 0) return;
  await new Queue({ key: queue }).push(bodies.map((body) => ({ body })));
}
