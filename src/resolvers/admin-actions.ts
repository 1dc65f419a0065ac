import { alertSettings, alertSettingsSchema } from '../alerts/alert-settings';
import { closeReports } from '../alerts/sprint-lifecycle';
import { sprintCloseReportSchema } from '../alerts/sprint/reports';
import { alertsInStatus } from '../alerts/store/alert-store';
import { listDeadLetters, discardDeadLetter } from '../events/dead-letters/store';
import { replayDeadLetter, replayDeadLettersSince } from '../events/dead-letters/replay';
import { saveMapping } from '../fields/mapping-store';
import { currentJiraSettings, withJiraClient } from '../jira/client/open-client';
import { getFields } from '../jira/endpoints/get-fields';
import { now } from '../platform/clock';
import { readValue, writeValue } from '../platform/kvs-store';
import type { ResolverAction } from '../platform/resolver';
import { integrationSettings, integrationSettingsSchema } from '../settings/integration-settings';
import { storedJiraSettingsSchema } from '../settings/jira-settings';
import { KEYS } from '../storage/keys';
import { syncedBoards } from '../sync/sprint-registry';
import { syncedProjectsSchema } from '../sync/sync-records';
import { requestFullSync } from '../sync/sync-jobs';
import { requireJiraAdmin } from './access';
import {
  deadLetterIdInput,
  emptyInput,
  listAlertsInput,
  listDeadLettersInput,
  replaySinceInput,
  saveMappingInput,
  saveSettingsInput,
  sprintReportInput,
  type DeadLetterRow,
  type SettingsView,
  type SprintReportRow,
} from './api';
import { defineAction } from './define-action';
import { ResolverError } from './resolver-error';
import { alertViewOf } from './views/alert-view';
import { readMappingView } from './views/mapping-view';
import { readOverview } from './views/read-overview';
import { readHealth } from './views/read-health';

const admin = requireJiraAdmin;

const siteFields = () => withJiraClient({ priority: 'interactive' }, (client) => getFields(client));

/** The admin page's resolver: every action re-checks, on every call, that the caller is a Jira admin. */
export const ADMIN_ACTIONS: Record<string, ResolverAction> = {
  getOverview: defineAction({ input: emptyInput, access: admin, run: () => readOverview(now()) }),
  getHealth: defineAction({ input: emptyInput, access: admin, run: () => readHealth(now()) }),
  getMapping: defineAction({ input: emptyInput, access: admin, run: async () => readMappingView(await siteFields()) }),
  saveMapping: defineAction({
    input: saveMappingInput,
    access: admin,
    run: async ({ mapping }, caller) => {
      const fields = await siteFields();
      const outcome = await saveMapping(mapping, caller.accountId ?? 'unknown', now(), fields);
      if (!outcome.ok) throw new ResolverError('INVALID_MAPPING', [...outcome.problems.map((p) => `${p.logical}: ${p.message}`), ...outcome.unknownKeys.map((p) => p.message)].join(' '));
      return readMappingView(fields);
    },
  }),
  startFullSync: defineAction({ input: emptyInput, access: admin, run: async () => ({ runId: await requestFullSync() }) }),
  listDeadLetters: defineAction({
    input: listDeadLettersInput,
    access: admin,
    run: async ({ cursor }) => {
      const page = await listDeadLetters({ cursor });
      const rows: DeadLetterRow[] = page.items
        .map((letter) => ({ id: letter.id, eventType: letter.eventType, reason: `${letter.error.code}: ${letter.error.message}`, attempts: letter.totalAttempts, lastFailedAt: letter.lastFailedAt, status: letter.replayPendingSince === undefined ? 'failed' : 'replaying' }))
        .sort((a, b) => b.lastFailedAt - a.lastFailedAt);
      return { rows, cursor: page.cursor ?? null };
    },
  }),
  replayDeadLetter: defineAction({
    input: deadLetterIdInput,
    access: admin,
    run: async ({ id }) => {
      if (!(await replayDeadLetter(id, now()))) throw new ResolverError('NOT_FOUND', 'This dead letter is gone: it was replayed or discarded meanwhile.');
      return { replayed: 1 };
    },
  }),
  replayDeadLettersSince: defineAction({ input: replaySinceInput, access: admin, run: async ({ since }) => ({ replayed: await replayDeadLettersSince(since, now()) }) }),
  discardDeadLetter: defineAction({ input: deadLetterIdInput, access: admin, run: async ({ id }) => (await discardDeadLetter(id), { discarded: 1 }) }),
  listAlerts: defineAction({
    input: listAlertsInput,
    access: admin,
    run: async ({ status, cursor }) => {
      const page = await alertsInStatus(status, 50, cursor);
      return { alerts: page.alerts.map(({ id, record }) => alertViewOf(id, record)), cursor: page.cursor ?? null };
    },
  }),
  getSettings: defineAction({ input: emptyInput, access: admin, run: () => readSettings() }),
  saveSettings: defineAction({
    input: saveSettingsInput,
    access: admin,
    run: async (input) => {
      const integration = await integrationSettings();
      await writeValue(KEYS.integrationSettings(), integrationSettingsSchema, {
        ...integration,
        projectKeys: input.projectKeys,
        issueTypes: input.issueTypes,
        notifyOnConflict: input.notifyOnConflict,
        enabledFeatures: [...new Set(input.enabledFeatures)],
        sprintBoards: [...new Set(input.sprintBoards)],
      });
      const stored = (await readValue(KEYS.jiraSettings(), storedJiraSettingsSchema)) ?? {};
      await writeValue(KEYS.jiraSettings(), storedJiraSettingsSchema, { ...stored, defaultSyncIntervalMinutes: input.syncIntervalMinutes });
      await writeValue(KEYS.alertSettings(), alertSettingsSchema, { schemaVersion: 1, defaults: input.alertDefaults, projects: input.alertProjects });
      return readSettings();
    },
  }),
  listSprintReports: defineAction({
    input: emptyInput,
    access: admin,
    run: async (): Promise<SprintReportRow[]> =>
      (await closeReports())
        .map((r) => ({ sprintId: r.sprintId, name: r.sprintName, boardId: r.boardId, completedAt: r.completedAt, committedPoints: r.committedPoints, completedPoints: r.completedPoints, completionRatio: r.completionRatio ?? null }))
        .sort((a, b) => b.completedAt - a.completedAt),
  }),
  getSprintReport: defineAction({
    input: sprintReportInput,
    access: admin,
    run: async ({ sprintId }) => {
      const report = await readValue(KEYS.sprintCloseReport(sprintId), sprintCloseReportSchema);
      if (report === undefined) throw new ResolverError('NOT_FOUND', 'No report for this sprint: it has not closed since SIAS started watching.');
      return report;
    },
  }),
};

async function readSettings(): Promise<SettingsView> {
  const [integration, alerts, { settings }, projects, boards] = await Promise.all([integrationSettings(), alertSettings(), currentJiraSettings(), readValue(KEYS.syncedProjects(), syncedProjectsSchema), syncedBoards()]);
  return {
    projectKeys: integration.projectKeys,
    issueTypes: integration.issueTypes,
    notifyOnConflict: integration.notifyOnConflict,
    enabledFeatures: integration.enabledFeatures,
    sprintBoards: integration.sprintBoards,
    syncIntervalMinutes: settings.defaultSyncIntervalMinutes,
    alertDefaults: { ...alerts.defaults, estimatedIssueTypes: [...alerts.defaults.estimatedIssueTypes], skippedTransitions: [...alerts.defaults.skippedTransitions] },
    alertProjects: alerts.projects,
    projects: (projects ?? []).map((p) => ({ key: p.key, name: p.name })),
    boards: boards.map((b) => ({ id: b.id, name: b.name, projectKey: b.projectKey ?? null, estimation: b.estimationFieldId ?? null })),
  };
}
