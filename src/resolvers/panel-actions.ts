import { actOnAlert, alertsOf, readAlert } from '../alerts/store/alert-store';
import { readMirrorIssue } from '../mirror/mirror-store';
import { NO_SPRINT } from '../mirror/mirror-issue';
import { now } from '../platform/clock';
import type { ResolverAction, TrustedCaller } from '../platform/resolver';
import { allSprints } from '../sync/sprint-registry';
import { alertActionInput, issueInput, type IssuePanelView } from './api';
import { requireVisibleIssue } from './access';
import { defineAction } from './define-action';
import { ResolverError } from './resolver-error';
import { alertViewOf } from './views/alert-view';

/** An alert is acted on by someone who can see its issue; sprint alerts belong to the admin page. */
async function requireAlertOfVisibleIssue(caller: TrustedCaller, input: { alertId: string }): Promise<void> {
  const alert = await readAlert(input.alertId);
  if (alert === undefined || alert.subject.startsWith('sprint:')) throw new ResolverError('NOT_FOUND', 'This alert does not exist.');
  await requireVisibleIssue(caller, alert.subject);
}

/** The issue panel's resolver: the issue id comes from the browser, so each call checks the caller can see the issue. */
export const PANEL_ACTIONS: Record<string, ResolverAction> = {
  getIssuePanel: defineAction({
    input: issueInput,
    access: async (caller, { issueId }) => void (await requireVisibleIssue(caller, issueId)),
    run: async ({ issueId }): Promise<IssuePanelView> => {
      const [issue, alerts, sprints] = await Promise.all([readMirrorIssue(issueId), alertsOf(issueId), allSprints()]);
      const sprint = issue === undefined || issue.sprintId === NO_SPRINT ? undefined : sprints.find((s) => s.id === issue.sprintId);
      return {
        issueKey: issue?.issueKey ?? '',
        alerts: alerts.map(({ id, record }) => alertViewOf(id, record)).sort((a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved') || b.lastSeen - a.lastSeen),
        mapped: {
          storyPoints: issue?.storyPoints ?? null,
          originalEstimate: issue?.originalEstimate ?? null,
          remainingEstimate: issue?.remainingEstimate ?? null,
          timeSpent: issue?.timeSpent ?? null,
          status: issue?.status ?? null,
        },
        sprint: sprint === undefined ? null : { id: sprint.id, name: sprint.name, state: sprint.state, startDate: sprint.startDate ?? null, endDate: sprint.endDate ?? null },
      };
    },
  }),
  actOnAlert: defineAction({
    input: alertActionInput,
    access: requireAlertOfVisibleIssue,
    run: async ({ alertId, action }, caller) => {
      const record = await actOnAlert(alertId, action, caller.accountId ?? 'unknown', now());
      if (record === undefined) throw new ResolverError('NOT_FOUND', 'This alert does not exist.');
      return alertViewOf(alertId, record);
    },
  }),
};
