import { z } from 'zod';
import { ForgePlatform } from '../../../emulator/platform/forge-platform';
import type { Installation } from '../../../emulator/platform/installation';
import type { DeadLetterInput } from '../../../src/events/dead-letters/compose';
import type { QueuedEvent } from '../../../src/events/product-event';

const publishSchema = z.object({ queueName: z.string(), payload: z.array(z.object({ body: z.record(z.string(), z.unknown()) })) });

export interface Push {
  queueName: string;
  bodies: Array<Record<string, unknown>>;
  status: number;
}

/** The app installed on the local platform, with every push the app makes recorded as it reaches the queue. */
export interface Cloud {
  platform: ForgePlatform;
  installation: Installation;
  /** Runs `work` inside an invocation of the installation, as the app's code runs. */
  inApp<T>(work: () => Promise<T>): Promise<T>;
  /** Pushes to `sias-events` the platform accepted, in order. */
  eventPushes(): Push[];
}

export async function installedApp(): Promise<Cloud> {
  const platform = new ForgePlatform();
  const installation = await platform.install();
  const handle = jest.spyOn(platform.asyncEvents, 'handle');
  return {
    platform,
    installation,
    async inApp<T>(work: () => Promise<T>): Promise<T> {
      let box: { value: T } | undefined;
      const result = await platform.run(installation, async () => {
        box = { value: await work() };
      });
      if (result.outcome === 'error') throw result.error;
      if (result.outcome === 'timeout' || box === undefined) throw new Error('the invocation timed out');
      return box.value;
    },
    eventPushes(): Push[] {
      const pushes: Push[] = [];
      handle.mock.calls.forEach(([, , path, body], index) => {
        if (!path.startsWith('/webhook/queue/publish/')) return;
        const request = publishSchema.parse(body);
        const result = handle.mock.results[index];
        const status = result?.type === 'return' ? result.value.status : 0;
        if (request.queueName === 'sias-events') pushes.push({ queueName: request.queueName, bodies: request.payload.map((e) => e.body), status });
      });
      return pushes.filter((p) => p.status === 201);
    },
  };
}

let sequence = 0;

/** A queued issue event as the trigger makes it: a stable identity and a correlation id. */
export function queuedEvent(overrides: Partial<QueuedEvent> = {}): QueuedEvent {
  sequence += 1;
  const issueId = String(10_000 + sequence);
  return {
    v: 1,
    id: `avi:jira:updated:issue:${issueId}:${1_700_000_000_000 + sequence}`,
    correlationId: `corr-${sequence}`,
    eventType: 'avi:jira:updated:issue',
    receivedAt: 1_700_000_000_000 + sequence,
    payload: { eventType: 'avi:jira:updated:issue', issue: { id: issueId, key: `SIAS-${sequence}`, fields: { summary: `Issue ${sequence}` } } },
    ...overrides,
  };
}

export function failure(event: QueuedEvent, now: number, reasons: readonly string[] = ['JIRA_UNAVAILABLE']): DeadLetterInput {
  return {
    event: { kind: 'queued', body: event },
    error: { code: 'JIRA_UNAVAILABLE', message: 'Jira answered 503 five times' },
    attempts: reasons.map((reason, i) => ({ at: now - (reasons.length - 1 - i) * 1000, reason })),
    now,
  };
}
