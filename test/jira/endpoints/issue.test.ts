import type { Issue as SiteIssue } from '../../../emulator/jira/model/issue';
import { JiraNotFoundError } from '../../../src/jira/errors';
import { addComment } from '../../../src/jira/endpoints/add-comment';
import { editIssue } from '../../../src/jira/endpoints/edit-issue';
import { getChangelogs } from '../../../src/jira/endpoints/get-changelogs';
import { getComments } from '../../../src/jira/endpoints/get-comments';
import { getIssue } from '../../../src/jira/endpoints/get-issue';
import { getWorklogs } from '../../../src/jira/endpoints/get-worklogs';
import { inInvocation, invocationSleep, requestsTo, required, restrictedUser, startEndpointSite, type EndpointSite } from './endpoint-site';

const GET_ISSUE = 'GET /rest/api/3/issue/{issueIdOrKey}';

describe('reading and writing one issue on the emulated site', () => {
  let under: EndpointSite;
  let issue: SiteIssue;
  beforeEach(async () => {
    under = await startEndpointSite();
    issue = required([...under.site.state.allIssues()].find((candidate) => candidate.comments.length > 0 && candidate.worklogs.length > 0), 'issue with comments and worklogs');
  });
  afterEach(async () => {
    await under.site.stop();
  });

  it('getIssue returns every field by default, or only those named', async () => {
    const [whole, narrow] = await inInvocation(under, (client) => Promise.all([getIssue(client, issue.key), getIssue(client, issue.id, { fields: ['summary', 'labels'] })]));
    expect(whole).toMatchObject({ id: issue.id, key: issue.key, fields: { summary: issue.summary, labels: issue.labels } });
    expect(Object.keys(whole.fields).length).toBeGreaterThan(10);
    expect(narrow.fields).toEqual({ summary: issue.summary, labels: issue.labels });
  });

  it('getIssue keeps each selection of an issue in the invocation\'s memory for a minute', async () => {
    await inInvocation(under, async (client) => {
      await getIssue(client, issue.key);
      await getIssue(client, issue.key.toLowerCase());
      await getIssue(client, issue.key, { fields: ['summary'] });
      await getIssue(client, issue.key, { fields: ['summary'] });
      await invocationSleep(59_000);
      await getIssue(client, issue.key);
    });
    expect(requestsTo(under, GET_ISSUE)).toHaveLength(2);
    await inInvocation(under, async (client) => {
      await getIssue(client, issue.key);
      await invocationSleep(60_000);
      await getIssue(client, issue.key);
    });
    // A new invocation starts with an empty memory cache, and a minute later the entry is gone.
    expect(requestsTo(under, GET_ISSUE)).toHaveLength(4);
  });

  it('editIssue changes the issue and drops its cached copy under each name given', async () => {
    const before = issue.summary;
    const summaries = await inInvocation(under, async (client) => {
      const byKey = await getIssue(client, issue.key);
      const byId = await getIssue(client, issue.id);
      const narrowBefore = await getIssue(client, issue.key, { fields: ['summary'] });
      await editIssue(client, { id: issue.id, key: issue.key }, { fields: { summary: 'Edited through the client' }, update: { labels: [{ add: 'triaged' }] } });
      const afterByKey = await getIssue(client, issue.key);
      const afterById = await getIssue(client, issue.id);
      const narrowAfter = await getIssue(client, issue.key, { fields: ['summary'] });
      return [byKey, byId, narrowBefore, afterByKey, afterById, narrowAfter].map((read) => read.fields.summary);
    });
    const edited = 'Edited through the client';
    expect(summaries).toEqual([before, before, before, edited, edited, edited]);
    expect(issue.labels).toContain('triaged');
    expect(requestsTo(under, GET_ISSUE)).toHaveLength(6);
    expect(requestsTo(under, 'PUT /rest/api/3/issue/{issueIdOrKey}').map((request) => request.status)).toEqual([204]);
  });

  it('editIssue can leave watchers unnotified, which the app may do as an administrator', async () => {
    await inInvocation(under, (client) => editIssue(client, issue.key, { fields: { summary: 'Quietly edited' } }, { notifyUsers: false }));
    expect(issue.summary).toBe('Quietly edited');
  });

  it('getChangelogs reads the whole history across pages, oldest first', async () => {
    for (let i = 0; i < 150; i++) under.site.state.editIssueFields(issue.id, { summary: `Revision ${i}` }, under.site.admin().accountId, under.platform.clock.now() + i);
    const histories = await inInvocation(under, (client) => getChangelogs(client, issue.key));
    expect(histories.map((history) => history.id)).toEqual(issue.changelog.map((history) => history.id));
    expect(histories.at(-1)?.items).toEqual([expect.objectContaining({ field: 'summary', fromString: 'Revision 148', toString: 'Revision 149' })]);
    expect(histories.at(-1)?.author?.accountId).toBe(under.site.admin().accountId);
    expect(requestsTo(under, 'GET /rest/api/3/issue/{issueIdOrKey}/changelog')).toHaveLength(Math.ceil(issue.changelog.length / 100));
  });

  it('getComments returns every comment, and addComment adds one with an ADF body', async () => {
    const body = { type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Estimate missing.' }] }] };
    const [before, added, after] = await inInvocation(under, async (client) => {
      const read = await getComments(client, issue.key);
      const created = await addComment(client, issue.key, body);
      return [read, created, await getComments(client, issue.key)] as const;
    });
    expect(before.map((comment) => comment.id)).toEqual(issue.comments.slice(0, -1).map((comment) => comment.id));
    expect(added.body).toEqual(body);
    expect(added.id).toBe(issue.comments.at(-1)?.id);
    expect(after.map((comment) => comment.id)).toEqual(issue.comments.map((comment) => comment.id));
    expect(after.at(-1)?.author?.accountId).toBe(issue.comments.at(-1)?.authorId);
    // Comments are never cached: each read went to Jira.
    expect(requestsTo(under, 'GET /rest/api/3/issue/{issueIdOrKey}/comment')).toHaveLength(2);
  });

  it('getWorklogs returns every worklog, or those started from a time on', async () => {
    const author = under.site.admin().accountId;
    const now = under.platform.clock.now();
    under.site.state.addWorklog(issue.id, { started: now - 3_600_000, timeSpentSeconds: 1_800 }, author, now);
    under.site.state.addWorklog(issue.id, { started: now - 60_000, timeSpentSeconds: 600 }, author, now);
    const [all, recent] = await inInvocation(under, (client) => Promise.all([getWorklogs(client, issue.key), getWorklogs(client, issue.key, { startedAfter: now - 3_600_000 })]));
    expect(all.map((worklog) => [worklog.id, worklog.timeSpentSeconds])).toEqual(issue.worklogs.map((worklog) => [worklog.id, worklog.timeSpentSeconds]));
    expect(recent.map((worklog) => worklog.timeSpentSeconds)).toEqual([1_800, 600]);
  });

  it('hides an issue of OPS from the user who cannot browse it, not from the app', async () => {
    const user = restrictedUser(under);
    const ops = required(under.site.state.issuesInProject(required(user.hiddenProjectIds[0], 'hidden project'))[0], 'OPS issue');
    await expect(inInvocation(under, (client) => getIssue(client, ops.key))).resolves.toMatchObject({ key: ops.key });
    await expect(inInvocation(under, (client) => getIssue(client, ops.key), { priority: 'interactive', actor: { as: 'user', accountId: user.accountId } })).rejects.toBeInstanceOf(JiraNotFoundError);
    await expect(inInvocation(under, (client) => getComments(client, ops.key), { priority: 'interactive', actor: { as: 'user', accountId: user.accountId } })).rejects.toBeInstanceOf(JiraNotFoundError);
  });
});
