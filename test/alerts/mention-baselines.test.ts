import { adfDoc, adfMention, adfText } from '../../emulator/jira/model/adf';
import type { User } from '../../emulator/jira/model/entities';
import { alertsOf } from '../../src/alerts/store/alert-store';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { pipelineCloud } from '../events/pipeline-cloud';

describe('mentions the events missed, found by the sync against the baselines of the full sync', () => {
  it('alerts only for the user an edit newly mentions in a comment written before the app watched', async () => {
    const cloud = await pipelineCloud(200, 45);
    try {
      const users = [...cloud.site.state.users.values()].filter((u) => u.accountType === 'atlassian' && u.active) as User[];
      const [author, earlier, added] = users;
      const issue = [...cloud.site.state.allIssues()].sort((a, b) => b.updated - a.updated)[0];
      if (author === undefined || earlier === undefined || added === undefined || issue === undefined) throw new Error('the seeded site has users and issues');
      const comment = cloud.site.state.addComment(issue.id, adfDoc([adfMention(earlier.accountId, earlier.displayName), adfText(' have a look')]), author.accountId, cloud.platform.clock.now());
      await cloud.platform.advance(60_000);
      // The app starts watching after the comment; the full sync notes who it mentions.
      await cloud.inApp(() => requestFullSync());
      await cloud.platform.drain();
      cloud.disconnect();
      cloud.site.state.editComment(issue.id, comment.id, adfDoc([adfMention(earlier.accountId, earlier.displayName), adfText(' and '), adfMention(added.accountId, added.displayName)]), author.accountId, cloud.platform.clock.now());
      await cloud.platform.advance(20 * 60_000);
      await cloud.platform.drain();
      const mentions = (await cloud.inApp(() => alertsOf(issue.id))).filter(({ record }) => record.kind === 'mention').map(({ record }) => record.cause);
      expect(mentions).toEqual([`comment:${comment.id}:${added.accountId}`]);
    } finally {
      await cloud.stop();
    }
  });
});
