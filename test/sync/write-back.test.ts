import { z } from 'zod';
import { withJiraClient } from '../../src/jira/client/open-client';
import { readValue, writeValue } from '../../src/platform/kvs-store';
import { INTEGRATION_DEFAULTS, integrationSettingsSchema } from '../../src/settings/integration-settings';
import { KEYS } from '../../src/storage/keys';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { writeBack, type FieldChange } from '../../src/sync/write-back';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

async function synced(): Promise<{ cloud: PipelineCloud; issueId: string; basedOn: number }> {
  const cloud = await pipelineCloud(300, 41);
  try {
    await cloud.inApp(() => requestFullSync());
    await cloud.platform.drain();
    cloud.disconnect();
    const mob = cloud.site.state.projectByKey('MOB');
    for (const issue of cloud.site.state.allIssues()) {
      if (issue.projectId !== mob?.id || cloud.site.state.issueTypes.get(issue.issueTypeId)?.name !== 'Story') continue;
      const mirrored = await cloud.mirror(issue.id);
      if (mirrored !== undefined) return { cloud, issueId: issue.id, basedOn: mirrored.updatedAt };
    }
    throw new Error('the full sync mirrored a MOB story');
  } catch (error) {
    await cloud.stop();
    throw error;
  }
}

const write = (cloud: PipelineCloud, change: FieldChange) => cloud.inApp(() => withJiraClient({ priority: 'interactive' }, (client) => writeBack(client, change, cloud.platform.clock.now())));

describe('writing a change back to Jira', () => {
  it('writes story points to the mapped field and brings the mirror to the new version', async () => {
    const { cloud, issueId, basedOn } = await synced();
    try {
      await cloud.platform.advance(60_000);
      expect(await write(cloud, { issueId, field: 'storyPoints', value: 13, basedOn, accountId: cloud.site.admin().accountId })).toEqual({ kind: 'written' });
      expect(cloud.site.state.issue(issueId)?.storyPointEstimate).toBe(13);
      expect(await cloud.mirror(issueId)).toMatchObject({ storyPoints: 13, updatedAt: cloud.site.state.issue(issueId)?.updated });
    } finally {
      await cloud.stop();
    }
  });

  it('lets Jira win when the field changed there since the version the person saw, logs it, and tells them when asked to', async () => {
    const { cloud, issueId, basedOn } = await synced();
    try {
      await cloud.inApp(() => writeValue(KEYS.integrationSettings(), integrationSettingsSchema, { ...INTEGRATION_DEFAULTS, notifyOnConflict: true }));
      const person = cloud.site.admin().accountId;
      const other = [...cloud.site.state.users.values()].find((u) => u.accountType === 'atlassian' && u.accountId !== person);
      if (other === undefined) throw new Error('the site has users');
      await cloud.platform.advance(60_000);
      cloud.site.state.editIssueFields(issueId, { storyPointEstimate: 5 }, other.accountId, cloud.platform.clock.now());
      const comments = cloud.site.state.issue(issueId)?.comments.length ?? 0;
      await cloud.platform.advance(60_000);
      expect(await write(cloud, { issueId, field: 'storyPoints', value: 8, basedOn, accountId: person })).toEqual({ kind: 'conflict', jiraValue: 5 });
      expect(cloud.site.state.issue(issueId)?.storyPointEstimate).toBe(5);
      expect(await cloud.mirror(issueId)).toMatchObject({ storyPoints: 5 });
      const conflicts = await cloud.inApp(() => readValue(KEYS.syncConflicts(), z.array(z.looseObject({ issueId: z.string(), attempted: z.number().nullable(), jiraValue: z.number().nullable() }))));
      expect(conflicts).toEqual([expect.objectContaining({ issueId, attempted: 8, jiraValue: 5 })]);
      const notice = cloud.site.state.issue(issueId)?.comments.slice(comments);
      expect(notice).toHaveLength(1);
      expect(JSON.stringify(notice?.[0]?.body)).toContain(person);
    } finally {
      await cloud.stop();
    }
  });
});
