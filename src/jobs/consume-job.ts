import { now } from '../platform/clock';
import type { Outcome } from '../platform/consumer';
import { readValue, writeValue } from '../platform/kvs-store';
import { getServerInfo } from '../jira/server-info';
import { afterConnectionCheck, setupStateSchema } from '../setup/setup-state';
import { KEYS } from '../storage/keys';
import { jobSchema, type Job } from './job';

/** After install Jira may answer 401/403 for minutes until the app's grant lands; check again later. */
const PERMISSION_RACE_RETRY_SECONDS = 30;

export async function runJob(body: unknown): Promise<Outcome> {
  const parsed = jobSchema.safeParse(body);
  if (!parsed.success) return { kind: 'dead-letter', reason: `JOB_PAYLOAD_INVALID: ${parsed.error.issues.length} issue(s)` };
  return runBootstrap(parsed.data);
}

async function runBootstrap(job: Job): Promise<Outcome> {
  const state = (await readValue(KEYS.setupState(), setupStateSchema)) ?? {
    status: 'installed' as const,
    installedAt: job.installedAt,
    appVersion: 'unknown',
  };
  const result = await getServerInfo();
  const check = result.ok ? { ok: true as const, baseUrl: result.info.baseUrl } : { ok: false as const, status: result.status };
  await writeValue(KEYS.setupState(), setupStateSchema, afterConnectionCheck(state, check, now()));
  if (result.ok) return { kind: 'done' };
  if (result.status === 401 || result.status === 403) {
    return { kind: 'retry', afterSeconds: PERMISSION_RACE_RETRY_SECONDS, reason: `jira-${result.status}` };
  }
  return { kind: 'retry', afterSeconds: PERMISSION_RACE_RETRY_SECONDS, reason: `jira-unavailable-${result.status}` };
}
