import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import { writeValue } from '../../src/platform/kvs-store';
import { INTEGRATION_DEFAULTS, integrationSettingsSchema, type IntegrationSettings } from '../../src/settings/integration-settings';
import { KEYS } from '../../src/storage/keys';
import { allSprints } from '../../src/sync/sprint-registry';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

const SPRINTS_ROUTE = '/rest/agile/1.0/board/{boardId}/sprint';
const COMMENTS_ROUTE = '/rest/api/3/issue/{issueIdOrKey}/comment';

async function syncedWith(settings: Partial<IntegrationSettings>): Promise<PipelineCloud> {
  const cloud = await pipelineCloud(300, 44);
  await cloud.inApp(() => writeValue(KEYS.integrationSettings(), integrationSettingsSchema, { ...INTEGRATION_DEFAULTS, ...settings }));
  await cloud.inApp(() => requestFullSync());
  await cloud.platform.drain();
  return cloud;
}

const requestsTo = (cloud: PipelineCloud, route: string): number => cloud.site.requests.filter((r) => r.path === route).length;

describe('the optional features and the sprint boards', () => {
  it('follows no sprint and reads no comment when both features are off', async () => {
    const cloud = await syncedWith({ enabledFeatures: [] });
    try {
      const activity = new SiteActivity(cloud.site.state, { seed: 44, actionsPerHour: 40 });
      await activity.play({ from: cloud.platform.clock.now(), durationMs: 2 * 3_600_000, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
      await cloud.platform.drain();
      expect(requestsTo(cloud, SPRINTS_ROUTE)).toBe(0);
      expect(requestsTo(cloud, COMMENTS_ROUTE)).toBe(0);
      expect(await cloud.inApp(() => allSprints())).toEqual([]);
    } finally {
      await cloud.stop();
    }
  });

  it("reads only the chosen boards' sprints, and comments when the feature is on", async () => {
    const board = [...(await pipelineCloudBoards())][0];
    const cloud = await syncedWith({ sprintBoards: [board ?? 0] });
    try {
      const activity = new SiteActivity(cloud.site.state, { seed: 44, actionsPerHour: 40 });
      await activity.play({ from: cloud.platform.clock.now(), durationMs: 2 * 3_600_000, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
      await cloud.platform.drain();
      const sprints = await cloud.inApp(() => allSprints());
      expect(sprints.length).toBeGreaterThan(0);
      expect(new Set(sprints.map((s) => s.boardId))).toEqual(new Set([board]));
      expect(requestsTo(cloud, COMMENTS_ROUTE)).toBeGreaterThan(0);
    } finally {
      await cloud.stop();
    }
  });
});

/** The seeded site's scrum boards, the same for every site of this seed. */
async function pipelineCloudBoards(): Promise<number[]> {
  const cloud = await pipelineCloud(300, 44);
  try {
    return [...cloud.site.state.boards.values()].filter((b) => b.type === 'scrum').map((b) => b.id);
  } finally {
    await cloud.stop();
  }
}
