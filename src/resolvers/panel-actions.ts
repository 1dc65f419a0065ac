import { actOnAlert, alertsOf, readAlert } from '../alerts/store/alert-store';
import { withJiraClient } from '../jira/client/open-client';
import { readMirrorIssue } from '../mirror/mirror-store';
import { NO_SPRINT } from '../mirror/mirror-issue';
import { now } from '../platform/clock';
import type { ResolverAction, TrustedCaller } from '../platform/resolver';
import { allSprints } from '../sync/sprint-registry';
import { writeBack } from '../sync/write-back';
import { alertActionInput, editEstimateInput, issueInput, type EditEstimateView, type IssuePanelView } from './api';
import { requireVisibleIssue } from './access';
import { defineAction } from './define-action';
import { ResolverError } from './resolver-error';
import { alertViewOf } from './views/alert-view';

const visibleIssue = async (caller: TrustedCaller, input: { issueId: string }): Promise<void> => void (await requireVisibleIssue(caller, input.issueId));

/** An alert is acted on by someone who can see its issue; sprint alerts belong to the admin page. */
async function requireAlertOfVisibleIssue(caller: TrustedCaller, input: { alertId: string }): Promise<void> {
  const alert = await readAlert(input.alertId);
  if (alert === undefined || alert.subject.startsWith('sprint:')) throw new ResolverError('NOT_FOUND', 'This alert does not exist.');
  await requireVisibleIssue(caller, alert.subject);
}

/** The issue panel's resolver: the issue id comes from the browser, so each call checks the caller can see the issue. */
export const PANEL_ACTIONS: Record<string, ResolverAction> = {
  getIssuePanel: defineAction({ input: issueInput, access: visibleIssue, run: ({ issueId }) => readPanel(issueId) }),
  editEstimate: defineAction({
    input: editEstimateInput,
    access: visibleIssue,
    run: async (input, caller): Promise<EditEstimateView> => {
      // As the person: Jira's own permissions decide whether they may edit the issue.
      const outcome = await withJiraClient({ priority: 'interactive', actor: { as: 'user' } }, (client) => writeBack(client, { ...input, accountId: caller.accountId ?? 'unknown' }, now()));
      return { result: outcome.kind, jiraValue: outcome.kind === 'conflict' ? outcome.jiraValue : null, panel: await readPanel(input.issueId) };
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

async function readPanel(issueId: string): Promise<IssuePanelView> {
  const [issue, alerts, sprints] = await Promise.all([readMirrorIssue(issueId), alertsOf(issueId), allSprints()]);
  const sprint = issue === undefined || issue.sprintId === NO_SPRINT ? undefined : sprints.find((s) => s.id === issue.sprintId);
  return {
    issueKey: issue?.issueKey ?? '',
    mirroredAt: issue?.updatedAt ?? null,
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
}
