import { randomUUID } from 'node:crypto';
import type { Job } from '../jobs/job';
import { currentJiraSettings, withJiraClient } from '../jira/client/open-client';
import { JiraIntegrationError, retryAfterOf } from '../jira/errors';
import { now } from '../platform/clock';
import type { Outcome } from '../platform/consumer';
import { remainingMs } from '../platform/invocation';
import { readValue } from '../platform/kvs-store';
import { pushToQueue, QUEUES } from '../platform/queues';
import { KEYS } from '../storage/keys';
import { continueFullSync, startFullSync } from './full-sync';
import { runIncrementalSync } from './incremental-sync';
import { syncStateSchema } from './sync-records';
import { claimSyncLease, releaseSyncLease } from './sync-lease';

/** A job stops taking new steps with this much of its 900 s left, so its checkpoint is always written. */
const STOP_WITH_MS_LEFT = 120_000;

const hasTime = (): boolean => remainingMs() > STOP_WITH_MS_LEFT;

/** Starts a full sync (replacing one in progress) and queues its first job. */
export async function requestFullSync(): Promise<string> {
  const checkpoint = await startFullSync(now());
  await pushToQueue(QUEUES.jobs, [{ v: 1, kind: 'full-sync', runId: checkpoint.runId } satisfies Job]);
  return checkpoint.runId;
}

export async function runFullSyncJob(job: Extract<Job, { kind: 'full-sync' }>): Promise<Outcome> {
  return withFailures(async () => {
    const result = await withJiraClient({ priority: 'background' }, (client) => continueFullSync(client, job.runId, now, hasTime));
    if (result.kind === 'continue') await pushToQueue(QUEUES.jobs, [job], result.delaySeconds);
    return { kind: 'done' };
  });
}

/** From the scheduled tick: an incremental sync is queued when the configured interval has passed since the last one. */
export async function scheduleIncrementalSync(at: number): Promise<boolean> {
  const state = await readValue(KEYS.syncState(), syncStateSchema);
  if (state === undefined) return false;
  const intervalMs = (await currentJiraSettings()).settings.defaultSyncIntervalMinutes * 60_000;
  if (state.lastRunAt !== undefined && at - state.lastRunAt < intervalMs) return false;
  await pushToQueue(QUEUES.jobs, [{ v: 1, kind: 'incremental-sync', runId: randomUUID() } satisfies Job]);
  return true;
}

/** Never two at once: a run that finds the lease held stops; one that runs out of time hands over to a new job. */
export async function runIncrementalSyncJob(job: Extract<Job, { kind: 'incremental-sync' }>): Promise<Outcome> {
  if (!(await claimSyncLease(job.runId, now()))) return { kind: 'done' };
  try {
    return await withFailures(async () => {
      const result = await withJiraClient({ priority: 'background' }, (client) => runIncrementalSync(client, now, hasTime));
      if (result.kind === 'out-of-time') await pushToQueue(QUEUES.jobs, [{ ...job, runId: randomUUID() }]);
      return { kind: 'done' };
    });
  } finally {
    await releaseSyncLease();
  }
}

/** A rate limit, the breaker or the budget defers the job; it resumes from its checkpoint. */
async function withFailures(work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (error) {
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) return { kind: 'retry', afterSeconds: retryAfter, reason: (error as JiraIntegrationError).code };
    throw error;
  }
}
