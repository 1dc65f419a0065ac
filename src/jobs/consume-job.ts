import { now } from '../platform/clock';
import type { Outcome } from '../platform/consumer';
import { isKvsRateLimited, readValue, writeValue } from '../platform/kvs-store';
import { withJiraClient } from '../jira/client/open-client';
import { forgetFields } from '../jira/endpoints/get-fields';
import { JiraIntegrationError, retryAfterOf } from '../jira/errors';
import { getServerInfo } from '../jira/server-info';
import { claimDiscoveryLease, releaseDiscoveryLease } from '../fields/discovery-lease';
import { discoveryRecordSchema } from '../fields/field-records';
import { discoverFields } from '../fields/run-discovery';
import { afterConnectionCheck, setupStateSchema } from '../setup/setup-state';
import { runFullSyncJob, runIncrementalSyncJob } from '../sync/sync-jobs';
import { KEYS } from '../storage/keys';
import { runNotifyJob, runSprintReportJob } from '../alerts/alert-jobs';
import { jobSchema, type Job } from './job';

/** After install Jira may answer 401/403 for minutes until the app's grant lands; check again later. */
const PERMISSION_RACE_RETRY_SECONDS = 30;

/** KVS meters writes per rolling minute: a job it refuses comes back when the minute has passed. */
const KVS_PAUSE_SECONDS = 60;

export async function runJob(body: unknown): Promise<Outcome> {
  const parsed = jobSchema.safeParse(body);
  if (!parsed.success) return { kind: 'dead-letter', reason: `JOB_PAYLOAD_INVALID: ${parsed.error.issues.length} issue(s)` };
  try {
    return await runParsedJob(parsed.data);
  } catch (error) {
    if (isKvsRateLimited(error)) return { kind: 'retry', afterSeconds: KVS_PAUSE_SECONDS, reason: 'KVS_RATE_LIMITED' };
    throw error;
  }
}

async function runParsedJob(job: Job): Promise<Outcome> {
  switch (job.kind) {
    case 'bootstrap':
      return runBootstrap(job);
    case 'discover-fields':
      return runDiscovery(job);
    case 'full-sync':
      return runFullSyncJob(job);
    case 'incremental-sync':
      return runIncrementalSyncJob(job);
    case 'notify-alert':
      return runNotifyJob(job);
    case 'sprint-report':
      return runSprintReportJob(job);
  }
}

/** Checks the connection, then discovers the fields so the admin page has a mapping to confirm. */
async function runBootstrap(job: Extract<Job, { kind: 'bootstrap' }>): Promise<Outcome> {
  const state = (await readValue(KEYS.setupState(), setupStateSchema)) ?? {
    status: 'installed' as const,
    installedAt: job.installedAt,
    appVersion: 'unknown',
  };
  const result = await getServerInfo();
  const check = result.ok ? { ok: true as const, baseUrl: result.info.baseUrl } : { ok: false as const, status: result.status };
  await writeValue(KEYS.setupState(), setupStateSchema, afterConnectionCheck(state, check, now()));
  if (!result.ok) {
    const reason = result.status === 401 || result.status === 403 ? `jira-${result.status}` : `jira-unavailable-${result.status}`;
    return { kind: 'retry', afterSeconds: PERMISSION_RACE_RETRY_SECONDS, reason };
  }
  return discover(false, job.installedAt);
}

/** How long a request waits for a discovery that started before it to finish. */
const BUSY_RETRY_SECONDS = 60;

/**
 * A field event or the periodic check. A discovery that started since the request already saw the
 * change; one still running from before it may not have, so the request waits for it and runs after.
 */
async function runDiscovery(job: Extract<Job, { kind: 'discover-fields' }>): Promise<Outcome> {
  const last = await readValue(KEYS.fieldSuggestions(), discoveryRecordSchema);
  if (last !== undefined && last.discoveredAt >= job.requestedAt) return { kind: 'done' };
  return discover(true, job.requestedAt);
}

/** The cached field list is dropped first when fields may have changed since it was read. */
async function discover(fieldsChanged: boolean, requestedAt: number): Promise<Outcome> {
  const lease = await claimDiscoveryLease(now());
  if (!lease.claimed) {
    return lease.runningSince >= requestedAt ? { kind: 'done' } : { kind: 'retry', afterSeconds: BUSY_RETRY_SECONDS, reason: 'discovery-running' };
  }
  try {
    await withJiraClient({ priority: 'background' }, async (client) => {
      if (fieldsChanged) await forgetFields(client);
      await discoverFields(client, now());
    });
    return { kind: 'done' };
  } catch (error) {
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) return { kind: 'retry', afterSeconds: retryAfter, reason: (error as JiraIntegrationError).code };
    if (error instanceof JiraIntegrationError) return { kind: 'dead-letter', reason: `${error.code}: ${error.message}` };
    throw error;
  } finally {
    await releaseDiscoveryLease();
  }
}
