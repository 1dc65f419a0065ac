import { adfDoc, adfMention, adfText } from '../../emulator/jira/model/adf';
import type { User } from '../../emulator/jira/model/entities';
import { alertsOf } from '../../src/alerts/store/alert-store';
import { writeValue } from '../../src/platform/kvs-store';
import { INTEGRATION_DEFAULTS, integrationSettingsSchema, type IntegrationSettings } from '../../src/settings/integration-settings';
import { KEYS } from '../../src/storage/keys';
import { allSprints } from '../../src/sync/sprint-registry';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

const SPRINTS_ROUTE = '/rest/agile/1.0/board/{boardId}/sprint';

async function syncedWith(settings: Partial<IntegrationSettings>): Promise<PipelineCloud> {
  const cloud = await pipelineCloud(300, 44);
  await cloud.inApp(() => writeValue(KEYS.integrationSettings(), integrationSettingsSchema, { ...INTEGRATION_DEFAULTS, ...settings }));
  await cloud.inApp(() => requestFullSync());
  await cloud.platform.drain();
  return cloud;
}

/**
 * A comment mentioning someone, on an issue the app mirrors, whose events never arrive: only the
 * incremental sync can find it. Returns the mention alerts of that issue after the next sync.
 */
async function mentionAlertsAfterSync(cloud: PipelineCloud): Promise<number> {
  cloud.disconnect();
  const issue = [...cloud.site.state.allIssues()].sort((a, b) => b.updated - a.updated)[0];
  const users = [...cloud.site.state.users.values()].filter((u) => u.accountType === 'atlassian' && u.active) as User[];
  const [author, mentioned] = users;
  if (issue === undefined || author === undefined || mentioned === undefined) throw new Error('the seeded site has issues and users');
  cloud.site.state.addComment(issue.id, adfDoc([adfMention(mentioned.accountId, mentioned.displayName), adfText(' please look')]), author.accountId, cloud.platform.clock.now());
  await cloud.platform.advance(20 * 60_000);
  await cloud.platform.drain();
  return (await cloud.inApp(() => alertsOf(issue.id))).filter(({ record }) => record.kind === 'mention').length;
}

describe('the optional features and the sprint boards', () => {
  it('follows no sprint and reads no comment when both features are off', async () => {
    const cloud = await syncedWith({ enabledFeatures: [] });
    try {
      expect(cloud.site.requests.filter((r) => r.path === SPRINTS_ROUTE)).toEqual([]);
      expect(await cloud.inApp(() => allSprints())).toEqual([]);
      expect(await mentionAlertsAfterSync(cloud)).toBe(0);
    } finally {
      await cloud.stop();
    }
  });

  it("reads only the chosen boards' sprints, and finds the mentions events missed when comments are on", async () => {
    const cloud = await syncedWith({});
    const board = [...cloud.site.state.boards.values()].find((b) => b.type === 'scrum');
    await cloud.stop();
    const chosen = await syncedWith({ sprintBoards: [board?.id ?? 0] });
    try {
      const sprints = await chosen.inApp(() => allSprints());
      expect(sprints.length).toBeGreaterThan(0);
      expect(new Set(sprints.map((s) => s.boardId))).toEqual(new Set([board?.id]));
      expect(await mentionAlertsAfterSync(chosen)).toBe(1);
    } finally {
      await chosen.stop();
    }
  });
});
