import type { User } from '../../emulator/jira/model/entities';
import { ALERT_SETTINGS_DEFAULTS } from '../../src/alerts/alert-settings';
import { raise } from '../../src/alerts/store/alert-store';
import { readValue } from '../../src/platform/kvs-store';
import { ADMIN_ACTIONS } from '../../src/resolvers/admin-actions';
import { PANEL_ACTIONS } from '../../src/resolvers/panel-actions';
import { KEYS } from '../../src/storage/keys';
import { fullSyncCheckpointSchema } from '../../src/sync/sync-records';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

/** A payload each action accepts, so that a refusal can only come from who is asking. */
const ADMIN_SAMPLES: Record<string, unknown> = {
  getOverview: {},
  getHealth: {},
  getMapping: {},
  saveMapping: { mapping: {} },
  startFullSync: {},
  listDeadLetters: {},
  replayDeadLetter: { id: 'missing' },
  replayDeadLettersSince: { since: 0 },
  discardDeadLetter: { id: 'missing' },
  listAlerts: { status: 'open' },
  getSettings: {},
  saveSettings: { projectKeys: [], issueTypes: [], syncIntervalMinutes: 15, notifyOnConflict: false, enabledFeatures: ['sprints', 'comments'], sprintBoards: [], alertDefaults: ALERT_SETTINGS_DEFAULTS.defaults, alertProjects: {} },
  listSprintReports: {},
  getSprintReport: { sprintId: 1 },
};

type Answer = { ok: boolean; error?: { code: string } };

describe('resolvers refuse whoever may not act', () => {
  let cloud: PipelineCloud;
  let member: User;
  let restricted: User;
  let hiddenIssueId: string;
  let hiddenAlertId: string;
  beforeAll(async () => {
    cloud = await pipelineCloud(60, 12);
    cloud.disconnect();
    const users = [...cloud.site.state.users.values()].filter((u) => u.accountType === 'atlassian' && u.active);
    member = users.find((u) => !u.siteAdmin && u.hiddenProjectIds.length === 0) as User;
    restricted = users.find((u) => u.hiddenProjectIds.length > 0) as User;
    const hidden = [...cloud.site.state.allIssues()].find((issue) => restricted.hiddenProjectIds.includes(issue.projectId));
    if (member === undefined || restricted === undefined || hidden === undefined) throw new Error('the seeded site has a member, a restricted user and an issue hidden from them');
    hiddenIssueId = hidden.id;
    hiddenAlertId = (await cloud.inApp(() => raise({ kind: 'stuck', subject: hidden.id, cause: 'since:1', severity: 'warning', explanation: 'x', facts: {} }, { projectKey: 'OPS', title: hidden.key }, 1, 0))).id;
  });
  afterAll(() => cloud.stop());

  const call = (moduleKey: 'sias-admin' | 'sias-issue-panel', functionKey: string, payload: unknown, accountId: string | undefined) =>
    cloud.platform.callResolver({ installation: cloud.installation, moduleKey, functionKey, payload, accountId }) as Promise<Answer>;

  it('has a sample payload for every admin action, which the admin may use', async () => {
    expect(Object.keys(ADMIN_SAMPLES).sort()).toEqual(Object.keys(ADMIN_ACTIONS).sort());
    const admin = cloud.site.admin().accountId;
    for (const [action, payload] of Object.entries(ADMIN_SAMPLES)) {
      const answer = await call('sias-admin', action, payload, admin);
      // Allowed: the answer, or a refusal that is about the data (no such dead letter or report).
      expect({ action, code: answer.ok ? 'ok' : answer.error?.code }).toEqual({ action, code: ['replayDeadLetter', 'getSprintReport'].includes(action) ? 'NOT_FOUND' : 'ok' });
    }
  });

  it.each(Object.keys(ADMIN_SAMPLES))('refuses %s to a user who is not a Jira admin, and to no one signed in', async (action) => {
    await expect(call('sias-admin', action, ADMIN_SAMPLES[action], member.accountId)).resolves.toEqual({ ok: false, error: { code: 'NOT_ADMIN', message: expect.any(String) } });
    await expect(call('sias-admin', action, ADMIN_SAMPLES[action], undefined)).resolves.toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('writes nothing for a refused admin action', async () => {
    const before = await cloud.inApp(() => readValue(KEYS.fullSync(), fullSyncCheckpointSchema));
    await call('sias-admin', 'startFullSync', {}, member.accountId);
    expect(await cloud.inApp(() => readValue(KEYS.fullSync(), fullSyncCheckpointSchema))).toEqual(before);
  });

  it('refuses a payload that does not fit, before any check or write', async () => {
    const admin = cloud.site.admin().accountId;
    await expect(call('sias-admin', 'saveSettings', { ...(ADMIN_SAMPLES.saveSettings as object), syncIntervalMinutes: 1 }, admin)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    await expect(call('sias-admin', 'listAlerts', { status: 'open', extra: true }, admin)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    await expect(call('sias-issue-panel', 'getIssuePanel', { issueId: '../1' }, admin)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('refuses every issue-panel action on an issue the caller cannot see, whatever id the browser sends', async () => {
    expect(Object.keys(PANEL_ACTIONS).sort()).toEqual(['actOnAlert', 'editEstimate', 'getIssuePanel']);
    await expect(call('sias-issue-panel', 'getIssuePanel', { issueId: hiddenIssueId }, restricted.accountId)).resolves.toMatchObject({ ok: false, error: { code: 'ISSUE_NOT_VISIBLE' } });
    await expect(call('sias-issue-panel', 'editEstimate', { issueId: hiddenIssueId, field: 'storyPoints', value: 3, basedOn: 0 }, restricted.accountId)).resolves.toMatchObject({ ok: false, error: { code: 'ISSUE_NOT_VISIBLE' } });
    await expect(call('sias-issue-panel', 'actOnAlert', { alertId: hiddenAlertId, action: 'resolve' }, restricted.accountId)).resolves.toMatchObject({ ok: false, error: { code: 'ISSUE_NOT_VISIBLE' } });
    await expect(call('sias-issue-panel', 'getIssuePanel', { issueId: '999999' }, member.accountId)).resolves.toMatchObject({ ok: false, error: { code: 'ISSUE_NOT_VISIBLE' } });
    // Someone who can see it may act.
    await expect(call('sias-issue-panel', 'actOnAlert', { alertId: hiddenAlertId, action: 'acknowledge' }, member.accountId)).resolves.toMatchObject({ ok: true, data: { status: 'acknowledged' } });
  });

  it("lets the platform's consent prompt through for a user who has not granted the app access", async () => {
    cloud.installation.revokeConsent(member.accountId);
    try {
      await expect(call('sias-issue-panel', 'getIssuePanel', { issueId: hiddenIssueId }, member.accountId)).rejects.toMatchObject({ name: 'NEEDS_AUTHENTICATION_ERR' });
    } finally {
      cloud.installation.grantConsent(member.accountId);
    }
  });
});

describe('resolvers within the 25 s limit', () => {
  it('answer with a refusal when Jira is too slow, before the platform cuts the call off', async () => {
    const cloud = await pipelineCloud(30, 13);
    try {
      cloud.disconnect();
      cloud.site.faults.add({ match: { route: '/rest/api/3/permissions/check' }, trigger: { always: true }, fault: { kind: 'latency', distribution: { type: 'fixed', ms: 28_000 }, clock: 'virtual' } });
      const answer = await cloud.platform.callResolver({ installation: cloud.installation, moduleKey: 'sias-admin', functionKey: 'getOverview', payload: {}, accountId: cloud.site.admin().accountId });
      // The client gives up on the call within the invocation's time, or the action's time box does.
      expect(answer).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(TIME_BUDGET_EXCEEDED|JIRA_UNAVAILABLE)$/) } });
      const resolverRuns = cloud.platform.log.all().filter((r) => r.functionKey === 'admin-resolver');
      expect(resolverRuns.map((r) => r.outcome)).toEqual(['success']);
      expect(resolverRuns[0]?.virtualMs).toBeLessThan(25_000);
    } finally {
      await cloud.stop();
    }
  });
});
