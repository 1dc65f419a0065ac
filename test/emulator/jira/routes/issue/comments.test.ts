import { adfDoc, adfMention, adfText, mentionedAccountIds } from '../../../../../emulator/jira/model/adf';
import { NOW, required, routeSite, type RouteSite } from '../route-site';
import { call, conforming, firstIssue, json } from './issue-call';

const COMMENTS = '/rest/api/3/issue/{issueIdOrKey}/comment';
let site: RouteSite;

beforeEach(() => {
  site = routeSite();
  site.tick(60_000);
});

const list = (idOrKey: string, query: Record<string, string> = {}, viewer = site.app) =>
  conforming('GET', COMMENTS, call(site, 'GET', COMMENTS, viewer, { params: { issueIdOrKey: idOrKey }, query }));
const add = (idOrKey: string, body: unknown, viewer = site.app) => conforming('POST', COMMENTS, call(site, 'POST', COMMENTS, viewer, { params: { issueIdOrKey: idOrKey }, body }));

describe('GET /rest/api/3/issue/{issueIdOrKey}/comment', () => {
  it('lists every comment oldest first by default, and newest first with orderBy=-created', () => {
    const issue = firstIssue(site.state, (i) => i.comments.length >= 3, 'issue with three comments');
    const page = json(list(issue.key));
    expect(page).toMatchObject({ startAt: 0, maxResults: 5000, total: issue.comments.length });
    const ids = (page.comments as Array<{ id: string }>).map((c) => c.id);
    expect(ids).toEqual(issue.comments.map((c) => c.id));
    expect((json(list(issue.key, { orderBy: '-created' })).comments as Array<{ id: string }>).map((c) => c.id)).toEqual([...ids].reverse());
    expect((json(list(issue.key, { orderBy: '+created' })).comments as Array<{ id: string }>).map((c) => c.id)).toEqual(ids);
  });

  it('pages with startAt and maxResults, nothing lost or repeated', () => {
    const issue = firstIssue(site.state, (i) => i.comments.length >= 3, 'issue with three comments');
    const seen: string[] = [];
    for (let startAt = 0; startAt < issue.comments.length; startAt += 2) {
      const reply = list(issue.id, { startAt: String(startAt), maxResults: '2' });
      const comments = json(reply).comments as Array<{ id: string }>;
      expect(reply.objects).toEqual({ core: comments.length, identity: 0 });
      seen.push(...comments.map((c) => c.id));
    }
    expect(seen).toEqual(issue.comments.map((c) => c.id));
  });

  it('refuses bad orderBy with 400, non-integers with 404 and hides unreadable issues', () => {
    const issue = firstIssue(site.state, () => true, 'issue');
    expect(list(issue.key, { orderBy: 'updated' })).toMatchObject({ status: 400 });
    expect(list(issue.key, { startAt: 'x' }).status).toBe(404);
    expect(list(issue.key, { startAt: '-1' }).status).toBe(400);
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId, 'OPS issue');
    expect(list(hidden.key, {}, site.restricted).status).toBe(404);
  });
});

describe('POST /rest/api/3/issue/{issueIdOrKey}/comment', () => {
  it('adds a comment with a mention and reads it back the same', () => {
    const issue = firstIssue(site.state, (i) => i.projectId !== site.hiddenProjectId, 'visible issue');
    const mentioned = site.restrictedUser;
    const body = adfDoc([adfText('Looping in '), adfMention(mentioned.accountId, mentioned.displayName), adfText(' for review.')], [adfText('Second paragraph.')]);
    const reply = add(issue.key, { body });
    expect(reply.status).toBe(201);
    expect(reply.objects).toEqual({ core: 1, identity: 0 });
    const created = json(reply);
    expect(created).toMatchObject({
      body,
      author: { accountId: site.appAccountId, displayName: required(site.state.users.get(site.appAccountId)).displayName },
      updateAuthor: { accountId: site.appAccountId },
      created: '2026-11-02T09:01:00.000+0000',
      self: `https://emulated.atlassian.net/rest/api/3/issue/${issue.id}/comment/${created.id as string}`,
    });
    const stored = issue.comments[issue.comments.length - 1]!;
    expect(stored).toMatchObject({ id: created.id, authorId: site.appAccountId, created: NOW + 60_000 });
    expect(mentionedAccountIds(stored.body)).toEqual([mentioned.accountId]);
    expect(issue.updated).toBe(NOW + 60_000);
    const listed = json(list(issue.key)).comments as unknown[];
    expect(listed[listed.length - 1]).toEqual(created);
  });

  it('fills in the text of a mention that has none, and takes empty marks and paragraphs without content', () => {
    const issue = firstIssue(site.state, () => true, 'issue');
    const user = site.restrictedUser;
    const body = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: user.accountId } }, { type: 'text', text: ' ok', marks: [] }] }, { type: 'paragraph' }] };
    const created = json(add(issue.id, { body, visibility: null }));
    expect(created.body).toEqual(adfDoc([adfMention(user.accountId, user.displayName), adfText(' ok')], []));
  });

  it('keeps text marks, as the status comments the app writes use them', () => {
    const issue = firstIssue(site.state, () => true, 'issue');
    const strong = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Status update from SIAS', marks: [{ type: 'strong' }] }, { type: 'text', text: ' see ', marks: [{ type: 'link', attrs: { href: 'https://example.com' } }] }] }] };
    const created = json(add(issue.id, { body: strong }));
    expect(created.body).toEqual(strong);
    expect(issue.comments.at(-1)?.body).toEqual(strong);
  });

  it('acts as the user who calls', () => {
    const issue = firstIssue(site.state, (i) => i.projectId !== site.hiddenProjectId, 'visible issue');
    const created = json(add(issue.key, { body: adfDoc([adfText('From a person')]) }, site.restricted));
    expect(created.author).toMatchObject({ accountId: site.restrictedUser.accountId });
  });

  it('refuses invalid bodies with Jira\'s messages and adds nothing', () => {
    const issue = firstIssue(site.state, () => true, 'issue');
    const invalid = { errorMessages: [], errors: { comment: 'Comment body is not valid!' } };
    const empty = { errorMessages: [], errors: { comment: 'Comment body can not be empty!' } };
    const paragraph = (content: unknown[]) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content }] });
    const cases: Array<[unknown, unknown]> = [
      [{ body: 'plain text' }, invalid],
      [{ body: { type: 'doc', version: 2, content: [] } }, invalid],
      [{ body: { type: 'doc', version: 1 } }, invalid],
      [{ body: paragraph([{ type: 'text' }]) }, invalid],
      [{ body: paragraph([{ type: 'text', text: '' }]) }, invalid],
      [{ body: paragraph([{ type: 'mention', attrs: {} }]) }, invalid],
      [{ body: paragraph([{ type: 'text', text: 'x', marks: 'strong' }]) }, invalid],
      ['just a string', invalid],
      [{}, empty],
      [{ body: null }, empty],
      [{ body: adfDoc([]) }, empty],
      [{ body: adfDoc([adfText('x'.repeat(32_768))]) }, { errorMessages: [], errors: { comment: 'The entered text is too long. It exceeds the allowed limit of 32,767 characters.' } }],
      [
        { body: paragraph([{ type: 'text', text: 'x', marks: [{ type: 'textColor', attrs: { color: '#ff0000' } }] }]) },
        { errorMessages: ["The emulated site stores paragraphs of text and mentions only; 'textColor' marks are not supported yet."], errors: { comment: 'Comment body is not valid!' } },
      ],
      [{ body: paragraph([{ type: 'text', text: 'x', marks: [{ kind: 'strong' }] }]) }, invalid],
      [
        { body: { type: 'doc', version: 1, content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] }] } },
        { errorMessages: ["The emulated site stores paragraphs of text and mentions only; 'heading' nodes are not supported yet."], errors: { comment: 'Comment body is not valid!' } },
      ],
      [{ body: adfDoc([adfText('x')]), visibility: { type: 'role', value: 'Administrators' } }, expect.objectContaining({ errors: { commentLevel: 'Comment visibility is not supported.' } })],
      [{ body: adfDoc([adfText('x')]), properties: [{ key: 'k', value: 1 }] }, { errorMessages: ['The emulated site does not store comment properties yet.'], errors: {} }],
    ];
    const before = structuredClone(issue);
    for (const [body, answer] of cases) expect(add(issue.key, body)).toEqual({ status: 400, body: answer });
    expect(issue).toEqual(before);
  });

  it('answers 404 for an issue the viewer cannot see, and 413 once the issue holds 5000 comments', () => {
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId, 'OPS issue');
    const before = hidden.comments.length;
    expect(add(hidden.key, { body: adfDoc([adfText('x')]) }, site.restricted).status).toBe(404);
    expect(hidden.comments).toHaveLength(before);
    const issue = firstIssue(site.state, (i) => i.projectId !== site.hiddenProjectId, 'visible issue');
    while (issue.comments.length < 5000) site.state.addComment(issue.id, adfDoc([adfText('filler')]), site.appAccountId, NOW);
    expect(add(issue.key, { body: adfDoc([adfText('one too many')]) }).status).toBe(413);
    expect(issue.comments).toHaveLength(5000);
  });
});
