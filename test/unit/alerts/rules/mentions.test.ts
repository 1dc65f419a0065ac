import {
  commentMentionFindings,
  descriptionMentionFindings,
  goneCommentMentionCauses,
  goneDescriptionMentionCauses,
  mentionedAccountIds,
} from '../../../../src/alerts/rules/mentions';
import { WATCHING_SINCE, context } from './fixtures';

const ADA = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';
const BOB = '5b10ac8d82e05b22cc7d4ef5';
const CY = '712020:0e2bb0b9-7d8c-4cbb-9f5a-3c1f3e6b4e1a';

function mention(id: unknown): unknown {
  return { type: 'mention', attrs: { id, text: '@someone', accessLevel: '' } };
}
function paragraph(...content: unknown[]): unknown {
  return { type: 'paragraph', content };
}
function doc(...content: unknown[]): unknown {
  return { version: 1, type: 'doc', content };
}

describe('mentionedAccountIds', () => {
  const deep = (depth: number): unknown => {
    let node: unknown = mention(CY);
    for (let i = 0; i < depth; i++) node = { type: 'bulletList', content: [node] };
    return doc(node);
  };
  const cyclic: { type: string; content: unknown[] } = { type: 'doc', content: [mention(ADA)] };
  cyclic.content.push(cyclic);

  test.each<[string, unknown, string[]]>([
    ['one mention in a paragraph', doc(paragraph({ type: 'text', text: 'hi ' }, mention(ADA))), [ADA]],
    ['mentions in document order', doc(paragraph(mention(BOB)), paragraph(mention(ADA), mention(CY))), [BOB, ADA, CY]],
    ['a mention repeated counts once, where first seen', doc(paragraph(mention(ADA), mention(BOB)), paragraph(mention(ADA))), [ADA, BOB]],
    ['nested in a table cell in a panel', doc({ type: 'panel', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(mention(BOB))] }] }] }] }), [BOB]],
    ['nested ten thousand levels deep', deep(10_000), [CY]],
    ['a mention node passed alone', mention(ADA), [ADA]],
    ['no mentions', doc(paragraph({ type: 'text', text: '@Ada by hand' })), []],
    ['an empty document', doc(), []],
    ['a mention without attrs', doc(paragraph({ type: 'mention' })), []],
    ['a mention whose attrs are a string', doc(paragraph({ type: 'mention', attrs: 'x' })), []],
    ['a mention with a numeric id', doc(paragraph(mention(42))), []],
    ['a mention with an empty id', doc(paragraph(mention(''))), []],
    ['a mention with a null id beside a good one', doc(paragraph(mention(null), mention(BOB))), [BOB]],
    ['content that is not an array', { type: 'doc', content: { type: 'mention', attrs: { id: ADA } } }, []],
    ['null children beside a mention', doc(null, 7, 'text', paragraph(null, mention(ADA))), [ADA]],
    ['an id on a node that is not a mention', doc({ type: 'emoji', attrs: { id: ADA } }), []],
    ['a cyclic value', cyclic, [ADA]],
    ['null', null, []],
    ['undefined', undefined, []],
    ['a wiki-markup string', '[~accountid:abc]', []],
    ['a number', 12, []],
    ['an array of nodes', [mention(ADA)], []],
  ])('%s', (_name, adf, ids) => {
    expect(mentionedAccountIds(adf)).toEqual(ids);
  });
});

describe('commentMentionFindings', () => {
  const comment = (overrides: { authorId?: string | undefined; at?: number; body?: unknown } = {}) => ({
    issueId: '10001',
    issueKey: 'SIAS-1',
    commentId: '30001',
    authorId: BOB,
    body: doc(paragraph(mention(ADA), mention(BOB), mention(CY), mention(ADA))),
    at: WATCHING_SINCE,
    ...overrides,
  });

  test.each<[string, ReturnType<typeof comment>, string[]]>([
    ['exactly when watching started, author excluded', comment(), [`comment:30001:${ADA}`, `comment:30001:${CY}`]],
    ['a millisecond before watching', comment({ at: WATCHING_SINCE - 1 }), []],
    ['an author not mentioned', comment({ authorId: 'someone-else' }), [`comment:30001:${ADA}`, `comment:30001:${BOB}`, `comment:30001:${CY}`]],
    ['no known author', comment({ authorId: undefined }), [`comment:30001:${ADA}`, `comment:30001:${BOB}`, `comment:30001:${CY}`]],
    ['only the author mentioned', comment({ body: doc(paragraph(mention(BOB))) }), []],
    ['a malformed body', comment({ body: 'not ADF' }), []],
  ])('%s', (_name, event, causes) => {
    expect(commentMentionFindings(event, context()).map((finding) => finding.cause)).toEqual(causes);
  });

  it('explains whom the comment mentions and keeps the ids in its facts', () => {
    const [finding] = commentMentionFindings(comment({ body: doc(paragraph(mention(ADA))) }), context());
    expect(finding).toEqual({
      kind: 'mention',
      subject: '10001',
      cause: `comment:30001:${ADA}`,
      severity: 'info',
      explanation: `Comment 30001 on SIAS-1 mentions user ${ADA}.`,
      facts: { issueKey: 'SIAS-1', commentId: '30001', accountId: ADA, at: WATCHING_SINCE, authorId: BOB },
    });
  });
});

describe('descriptionMentionFindings', () => {
  const description = (at: number, body: unknown = doc(paragraph(mention(CY)), paragraph(mention(ADA), mention(CY)))) => ({ issueId: '10001', issueKey: 'SIAS-1', body, at });

  test.each<[string, ReturnType<typeof description>, string[]]>([
    ['exactly when watching started', description(WATCHING_SINCE), [`description:${CY}`, `description:${ADA}`]],
    ['a millisecond before watching', description(WATCHING_SINCE - 1), []],
    ['no mentions', description(WATCHING_SINCE, doc()), []],
    ['an empty description', description(WATCHING_SINCE, null), []],
  ])('%s', (_name, event, causes) => {
    expect(descriptionMentionFindings(event, context()).map((finding) => finding.cause)).toEqual(causes);
  });

  it('explains whom the description mentions', () => {
    const [finding] = descriptionMentionFindings(description(WATCHING_SINCE, doc(paragraph(mention(BOB)))), context());
    expect(finding).toEqual({
      kind: 'mention',
      subject: '10001',
      cause: `description:${BOB}`,
      severity: 'info',
      explanation: `The description of SIAS-1 mentions user ${BOB}.`,
      facts: { issueKey: 'SIAS-1', accountId: BOB, at: WATCHING_SINCE },
    });
  });
});

describe('gone mention causes', () => {
  const open = [`comment:30001:${ADA}`, `comment:30001:${BOB}`, `comment:300012:${ADA}`, `comment:30002:${CY}`, `description:${ADA}`, `description:${CY}`, 'created', `history:30001`];

  test.each<[string, string, string[], string[]]>([
    ['an edit that drops one user', '30001', [ADA], [`comment:30001:${BOB}`]],
    ['an edit that keeps both', '30001', [BOB, ADA, CY], []],
    ['a deleted comment', '30001', [], [`comment:30001:${ADA}`, `comment:30001:${BOB}`]],
    ['another comment, whose id the first one prefixes', '300012', [], [`comment:300012:${ADA}`]],
    ['a comment with no open mentions', '39999', [], []],
  ])('comment: %s', (_name, commentId, currentIds, gone) => {
    expect(goneCommentMentionCauses(open, commentId, currentIds)).toEqual(gone);
  });

  test.each<[string, string[], string[]]>([
    ['drops one user', [CY], [`description:${ADA}`]],
    ['keeps both', [ADA, CY, BOB], []],
    ['emptied', [], [`description:${ADA}`, `description:${CY}`]],
  ])('description: %s', (_name, currentIds, gone) => {
    expect(goneDescriptionMentionCauses(open, currentIds)).toEqual(gone);
  });
});
