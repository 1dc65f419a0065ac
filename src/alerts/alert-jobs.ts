import { withJiraClient } from '../jira/client/open-client';
import { retryAfterOf } from '../jira/errors';
import type { Job } from '../jobs/job';
import { now } from '../platform/clock';
import type { Outcome } from '../platform/consumer';
import { notifyAlert, queueNotifications } from './notify';
import { loadAlertEnvironment } from './rule-context';
import { freezeSprintReport } from './sprint-lifecycle';

/** Jira throttled or is down: the job comes back when it asked, or after this. */
const DEFAULT_RETRY_SECONDS = 60;

export async function runNotifyJob(job: Extract<Job, { kind: 'notify-alert' }>): Promise<Outcome> {
  return retryingOnJira(async () => {
    await withJiraClient({ priority: 'background' }, (client) => notifyAlert(client, job.alertId, now()));
  });
}

/** A sprint's start or close report; a sprint the app cannot place yet (no full sync) is left to the sync. */
export async function runSprintReportJob(job: Extract<Job, { kind: 'sprint-report' }>): Promise<Outcome> {
  const environment = await loadAlertEnvironment();
  if (environment === undefined) return { kind: 'done' };
  return retryingOnJira(async () => {
    const at = now();
    const { fresh } = await withJiraClient({ priority: 'background' }, (client) => freezeSprintReport(client, job.sprintId, job.moment, environment, at));
    await queueNotifications(fresh, environment, at);
  });
}

async function retryingOnJira(work: () => Promise<void>): Promise<Outcome> {
  try {
    await work();
    return { kind: 'done' };
  } catch (error) {
    const retryAfter = retryAfterOf(error);
    if (retryAfter === undefined) throw error;
    return { kind: 'retry', afterSeconds: retryAfter > 0 ? retryAfter : DEFAULT_RETRY_SECONDS, reason: 'jira-unavailable' };
  }
}
