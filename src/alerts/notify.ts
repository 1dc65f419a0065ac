import type { JiraClient } from '../jira/client/jira-client';
import { addComment } from '../jira/endpoints/add-comment';
import type { AdfDocument } from '../jira/endpoints/schemas/adf';
import type { Job } from '../jobs/job';
import { pushToQueue, QUEUES } from '../platform/queues';
import type { NewAlerts } from './evaluate-issue';
import type { AlertEnvironment } from './rule-context';
import type { AlertRecord } from './store/alert-record';
import { claimNotification, readAlert, releaseNotification } from './store/alert-store';

export const NOTIFICATION_HEADING = 'Status update from SIAS';

/** New alerts of projects that opted in get a comment each, posted by a job so the caller does not wait on Jira. */
export async function queueNotifications(fresh: NewAlerts, environment: AlertEnvironment, now: number): Promise<void> {
  const jobs: Job[] = fresh.filter((alert) => environment.forProject(alert.projectKey, now).thresholds.notify).map((alert) => ({ v: 1, kind: 'notify-alert', alertId: alert.id }));
  if (jobs.length > 0) await pushToQueue(QUEUES.jobs, jobs);
}

/**
 * Posts the alert's comment at most once: the claim is recorded before posting, and given back only
 * when Jira refused the post, so a crash between the two loses a notification rather than repeat one.
 */
export async function notifyAlert(client: JiraClient, alertId: string, now: number): Promise<'posted' | 'skipped'> {
  const alert = await readAlert(alertId);
  if (alert === undefined || alert.subject.startsWith('sprint:') || alert.status === 'resolved') return 'skipped';
  if (!(await claimNotification(alertId, now))) return 'skipped';
  try {
    await addComment(client, alert.subject, notificationBody(alert));
  } catch (error) {
    await releaseNotification(alertId);
    throw error;
  }
  return 'posted';
}

function notificationBody(alert: AlertRecord): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: NOTIFICATION_HEADING, marks: [{ type: 'strong' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: alert.explanation }] },
    ],
  };
}
