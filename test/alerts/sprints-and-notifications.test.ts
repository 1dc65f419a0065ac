import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import { CUSTOM_FIELD_IDS } from '../../emulator/jira/model/fields';
import type { SiteChange } from '../../emulator/jira/model/site-change';
import { adfToPlainText } from '../../emulator/jira/model/adf';
import { ALERT_SETTINGS_DEFAULTS, alertSettingsSchema } from '../../src/alerts/alert-settings';
import { NOTIFICATION_HEADING } from '../../src/alerts/notify';
import { closeReports } from '../../src/alerts/sprint-lifecycle';
import { alertsInStatus } from '../../src/alerts/store/alert-store';
import type { AlertRecord } from '../../src/alerts/store/alert-record';
import { watchingSince } from '../../src/alerts/watching';
import { effectiveMapping } from '../../src/fields/effective-mapping';
import { writeValue } from '../../src/platform/kvs-store';
import { storedJiraSettingsSchema } from '../../src/settings/jira-settings';
import { KEYS } from '../../src/storage/keys';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { pipelineCloud } from '../events/pipeline-cloud';
import { expectedCloseReports } from '../../emulator/oracle/expected-alerts';

const DAY = 86_400_000;

describe('sprint reports and notifications, end to end', () => {
  it('freezes each closed sprint report as the oracle computes it, and comments once per new alert in the project that asked', async () => {
    const cloud = await pipelineCloud(300, 71);
    const changes: SiteChange[] = [];
    cloud.site.state.onChange((change) => changes.push(change));
    try {
      const notified = 'MOB';
      await cloud.inApp(() => writeValue(KEYS.alertSettings(), alertSettingsSchema, { ...ALERT_SETTINGS_DEFAULTS, projects: { [notified]: { notify: true } } }));
      // Ten days of hourly syncs: the events carry the changes, the syncs have little to repair.
      await cloud.inApp(() => writeValue(KEYS.jiraSettings(), storedJiraSettingsSchema, { defaultSyncIntervalMinutes: 60 }));
      await cloud.inApp(() => requestFullSync());
      await cloud.platform.drain();
      const since = await cloud.inApp(() => watchingSince());
      if (since === undefined) throw new Error('the full sync set when the app started watching');

      const activity = new SiteActivity(cloud.site.state, { seed: 71, actionsPerHour: 5 });
      await activity.play({ from: cloud.platform.clock.now(), durationMs: 8 * DAY, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
      await cloud.platform.drain();
      await cloud.platform.advance(70 * 60_000);
      await cloud.platform.drain();

      const mapping = await cloud.inApp(() => effectiveMapping());
      const pointsField = mapping.storyPoints === CUSTOM_FIELD_IDS.storyPoints ? 'storyPoints' : 'storyPointEstimate';
      const expected = expectedCloseReports({ state: cloud.site.state, changes, watchingSince: since, now: cloud.platform.clock.now(), thresholds: () => ALERT_SETTINGS_DEFAULTS.defaults, pointsField });
      const frozen = await cloud.inApp(() => closeReports());
      const ids = (list: ReadonlyArray<{ issueId: string }>): string[] => list.map((issue) => issue.issueId).sort();
      const app = frozen
        .map((report) => ({
          sprintId: report.sprintId,
          committedIssueIds: ids(report.committed),
          committedPoints: report.committedPoints,
          completedIssueIds: ids(report.completed),
          completedPoints: report.completedPoints,
          addedIssueIds: ids(report.added),
          removedIssueIds: ids(report.removed),
          carryOverIssueIds: ids(report.carryOver),
        }))
        .sort((a, b) => a.sprintId - b.sprintId);
      expect(expected.length).toBeGreaterThan(0);
      expect(app).toEqual(expected);

      // A frozen report ignores later edits: re-estimating a completed issue changes nothing.
      const report = frozen[0];
      const completedIssue = report?.completed[0];
      if (report !== undefined && completedIssue !== undefined) {
        cloud.site.state.editIssueFields(completedIssue.issueId, { [pointsField]: (completedIssue.points ?? 0) + 5 }, cloud.site.admin().accountId, cloud.platform.clock.now());
        await cloud.platform.advance(20 * 60_000);
        await cloud.platform.drain();
        expect((await cloud.inApp(() => closeReports())).find((r) => r.sprintId === report.sprintId)).toEqual(report);
      }

      // Notifications: one comment per alert of the project that asked, none elsewhere.
      const alerts: AlertRecord[] = [];
      for (const status of ['open', 'acknowledged', 'resolved'] as const) {
        let cursor: string | undefined;
        do {
          const page = await cloud.inApp(() => alertsInStatus(status, 100, cursor));
          alerts.push(...page.alerts.map((a) => a.record));
          cursor = page.cursor;
        } while (cursor !== undefined);
      }
      const notes = [...cloud.site.state.allIssues()].flatMap((issue) => issue.comments.filter((c) => adfToPlainText(c.body).startsWith(NOTIFICATION_HEADING)).map((c) => ({ issue, text: adfToPlainText(c.body) })));
      // Comments go with a deleted issue: only alerts of issues Jira still has can be counted.
      const notifiedAlerts = alerts.filter((a) => a.notifiedAt !== undefined && cloud.site.state.issue(a.subject) !== undefined);
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.length).toBe(notifiedAlerts.length);
      expect(notifiedAlerts.every((a) => a.projectKey === notified)).toBe(true);
      expect(notes.every(({ issue }) => cloud.site.state.projects.get(issue.projectId)?.key === notified)).toBe(true);
    } finally {
      await cloud.stop();
    }
  });
});
