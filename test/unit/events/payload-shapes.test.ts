import { isCommentEdit, parseProductEvent, type ProductEvent } from '../../../src/events/payloads';
import { parseJiraTime } from '../../../src/jira/jira-time';
import { ALICE, BOB, CAROL, commentPayload, issuePayload, sprintPayload, VALID_PAYLOADS, worklogPayload, type Payload } from './fixtures';

function parsed(payload: unknown): ProductEvent {
  const result = parseProductEvent(payload);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.event;
}

function failure(payload: unknown): { code: string; message: string } {
  const result = parseProductEvent(payload);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.event)}`);
  return { code: result.code, message: result.message };
}

const valid = (eventType: string): Payload => {
  const build = VALID_PAYLOADS[eventType];
  if (build === undefined) throw new Error(eventType);
  return build();
};

describe('parseJiraTime', () => {
  it.each([
    ['2026-11-02T09:00:00.000+0000', Date.UTC(2026, 10, 2, 9)],
    ['2026-11-02T09:00:00.000Z', Date.UTC(2026, 10, 2, 9)],
    ['2026-11-02T11:00:00.000+02:00', Date.UTC(2026, 10, 2, 9)],
    ['2026-11-02T04:30:00.000-0430', Date.UTC(2026, 10, 2, 9)],
    ['2021-01-20T15:58:12.797+1100', Date.UTC(2021, 0, 20, 4, 58, 12, 797)],
    ['2026-11-02T09:00:00Z', Date.UTC(2026, 10, 2, 9)],
    ['2026-11-02T09:00Z', Date.UTC(2026, 10, 2, 9)],
    ['2026-11-02T09:00:00.123456+00', Date.UTC(2026, 10, 2, 9, 0, 0, 123)],
    ['2028-02-29T00:00:00.000+0000', Date.UTC(2028, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseJiraTime(text)).toBe(expected);
  });

  it.each([
    ['no zone', '2026-11-02T09:00:00.000'],
    ['a date only', '2026-11-02'],
    ['a day the month lacks', '2026-02-29T09:00:00.000+0000'],
    ['hour 24', '2026-11-02T24:00:00.000+0000'],
    ['month 13', '2026-13-02T09:00:00.000+0000'],
    ['minute 60', '2026-11-02T09:60:00.000+0000'],
    ['a zone beyond 23 hours', '2026-11-02T09:00:00.000+2400'],
    ['a two-digit year', '0026-11-02T09:00:00.000+0000'],
    ['epoch milliseconds', '1793610000000'],
    ['words', 'yesterday'],
    ['nothing', ''],
    ['a time with trailing text', '2026-11-02T09:00:00.000+0000 and more'],
  ])('refuses %s', (_what, text) => {
    expect(parseJiraTime(text)).toBeUndefined();
  });
});

describe('issue payloads', () => {
  it('normalise the documented fields, times as epoch ms', () => {
    expect(parsed(valid('avi:jira:updated:issue'))).toEqual({
      family: 'issue',
      eventType: 'avi:jira:updated:issue',
      atlassianId: BOB,
      occurredAt: 1793610300000,
      selfGenerated: false,
      issue: {
        id: '10042',
        key: 'SIAS-42',
        projectId: '10000',
        projectKey: 'SIAS',
        issueTypeId: '10001',
        issueTypeName: 'Story',
        issueTypeSubtask: false,
        statusId: '3',
        statusName: 'In Progress',
        statusCategoryKey: 'indeterminate',
        summary: 'Payroll export fails for Dana Whitfield',
        assigneeId: BOB,
        reporterId: ALICE,
        created: Date.UTC(2026, 10, 2, 9),
        updated: Date.UTC(2026, 10, 2, 9, 5),
      },
      changelog: {
        id: '10230',
        items: [
          { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' },
          { field: 'Story Points', fieldtype: 'custom', fieldId: 'customfield_10016', from: null, fromString: null, to: '5', toString: '5' },
        ],
      },
      associatedStatuses: [
        { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
        { id: '1', name: 'To Do', categoryKey: 'new' },
      ],
    });
  });

  it.each([
    ['issuetype only', { issuetype: { id: '10001', name: 'Story', subtask: false } }, '10001'],
    ['issueType only', { issueType: { id: '10002', name: 'Bug', subtask: false } }, '10002'],
    ['both, the lower-case one winning', { issuetype: { id: '10001', name: 'Story' }, issueType: { id: '10002', name: 'Bug' } }, '10001'],
    ['neither', {}, undefined],
  ])('read the issue type with %s', (_what, typeFields, expected) => {
    const { issuetype: _dropped, ...fields } = issuePayload().fields as Payload;
    const event = parsed({ ...valid('avi:jira:created:issue'), issue: issuePayload({ fields: { ...fields, ...typeFields } }) });
    expect(event.family === 'issue' && event.issue.issueTypeId).toBe(expected);
  });

  it('tell an unassigned issue (null) from one whose assignee the payload leaves out', () => {
    const withAssignee = (assignee: unknown) => {
      const fields = { ...(issuePayload().fields as Payload), assignee };
      if (assignee === undefined) delete fields['assignee'];
      const event = parsed({ ...valid('avi:jira:created:issue'), issue: issuePayload({ fields }) });
      return event.family === 'issue' ? event.issue : undefined;
    };
    expect(withAssignee(null)).toHaveProperty('assigneeId', null);
    expect(withAssignee(undefined)?.assigneeId).toBeUndefined();
    expect(withAssignee({ accountId: ALICE, displayName: 'Alice Brandt', active: true })?.assigneeId).toBe(ALICE);
  });

  it('accept a deleted issue with its id and key alone, ids sent as numbers, and nulls for optional values', () => {
    expect(parsed({ eventType: 'avi:jira:deleted:issue', issue: { id: 10042, key: 'SIAS-42' } })).toEqual({
      family: 'issue',
      eventType: 'avi:jira:deleted:issue',
      selfGenerated: false,
      issue: { id: '10042', key: 'SIAS-42' },
    });
    const event = parsed({ ...valid('avi:jira:created:issue'), atlassianId: null, timestamp: null, issue: issuePayload({ fields: { summary: null, status: null, updated: null } }) });
    expect(event).toMatchObject({ atlassianId: undefined, occurredAt: undefined, issue: { summary: undefined, statusId: undefined, updated: undefined } });
  });

  it('read changelog items without fieldId or with numeric values, and an item without its own toString', () => {
    const changelog = { id: 10300, items: [{ field: 'timeestimate', fieldtype: 'jira', from: 3600, fromString: '3600', to: 1800 }, { field: 'labels' }] };
    const event = parsed({ ...valid('avi:jira:updated:issue'), changelog });
    expect(event.family === 'issue' && event.changelog).toEqual({
      id: '10300',
      items: [
        { field: 'timeestimate', fieldtype: 'jira', from: '3600', fromString: '3600', to: '1800', toString: null },
        { field: 'labels', from: null, fromString: null, to: null, toString: null },
      ],
    });
  });

  it('accept a changelog without an id: the only transcription of its type has none', () => {
    const event = parsed({ ...valid('avi:jira:updated:issue'), changelog: { items: [] } });
    expect(event.family === 'issue' && event.changelog).toEqual({ id: undefined, items: [] });
  });

  it('keep selfGenerated, which triggers without ignoreSelf receive', () => {
    expect(parsed({ ...valid('avi:jira:created:worklog'), selfGenerated: true }).selfGenerated).toBe(true);
    expect(parsed(valid('avi:jira:created:worklog')).selfGenerated).toBe(false);
  });
});

describe('comment payloads', () => {
  it('normalise a comment, keeping its ADF body as sent', () => {
    const payload = valid('avi:jira:commented:issue');
    const event = parsed(payload);
    expect(event).toMatchObject({
      family: 'comment',
      comment: { id: '20007', authorId: ALICE, updateAuthorId: ALICE, created: Date.UTC(2026, 10, 2, 9), updated: Date.UTC(2026, 10, 2, 9) },
    });
    expect(event.family === 'comment' && event.comment.body).toBe((payload['comment'] as Payload)['body']);
  });

  it('tell an edit (updated after created) from a create, both arriving as commented:issue', () => {
    const at = (updated: string) => {
      const event = parsed({ ...valid('avi:jira:commented:issue'), comment: commentPayload({ updated }) });
      if (event.family !== 'comment') throw new Error(event.family);
      return isCommentEdit(event.comment);
    };
    expect(at('2026-11-02T09:00:00.000+0000')).toBe(false);
    expect(at('2026-11-02T09:00:00.001+0000')).toBe(true);
    expect(at('2026-11-02T10:00:00.000+01:00')).toBe(false);
    expect(isCommentEdit({ id: '1', updated: 5 })).toBe(false);
  });

  it('accept a deleted comment that carries only its id', () => {
    expect(parsed(valid('avi:jira:deleted:comment'))).toMatchObject({ family: 'comment', eventType: 'avi:jira:deleted:comment', comment: { id: '20007' } });
  });

  it('read mentions, with the comment for comment mentions and without for description mentions', () => {
    expect(parsed(valid('avi:jira:mentioned:comment'))).toMatchObject({ family: 'mention', comment: { id: '20007' }, mentionedAccountIds: [BOB] });
    const described = parsed(valid('avi:jira:mentioned:issue'));
    expect(described).toMatchObject({ family: 'mention', issue: { id: '10042' } });
    expect(described.family === 'mention' && described.comment).toBeUndefined();
  });

  it('refuse a comment mention without its comment, naming the path', () => {
    const { comment: _dropped, ...payload } = valid('avi:jira:mentioned:comment');
    expect(failure(payload)).toEqual({ code: 'EVENT_PAYLOAD_INVALID', message: 'comment: missing' });
  });
});

describe('worklog payloads', () => {
  it('need no issue object: the worklog names its issue', () => {
    expect(parsed(valid('avi:jira:created:worklog'))).toEqual({
      family: 'worklog',
      eventType: 'avi:jira:created:worklog',
      occurredAt: 1793610300000,
      selfGenerated: false,
      worklog: {
        id: '30003',
        issueId: '10042',
        authorId: CAROL,
        started: Date.UTC(2026, 10, 2, 8),
        timeSpentSeconds: 5400,
        created: Date.UTC(2026, 10, 2, 9, 5),
        updated: Date.UTC(2026, 10, 2, 9, 5),
      },
    });
  });

  it('read the author from author.accountId or authorAccountId, and ids sent as numbers', () => {
    const { author: _dropped, ...rest } = worklogPayload();
    const event = parsed({ eventType: 'avi:jira:deleted:worklog', worklog: { ...rest, id: 30003, issueId: 10042, authorAccountId: BOB } });
    expect(event).toMatchObject({ family: 'worklog', worklog: { id: '30003', issueId: '10042', authorId: BOB } });
  });

  it('refuse a worklog that does not say which issue it is on', () => {
    const { issueId: _dropped, ...worklog } = worklogPayload();
    expect(failure({ eventType: 'avi:jira:created:worklog', worklog })).toEqual({ code: 'EVENT_PAYLOAD_INVALID', message: 'worklog.issueId: missing' });
  });
});

describe('sprint payloads', () => {
  it.each([
    ['strings, as in Atlassian’s example', '6', '12'],
    ['numbers, as third-party handlers read them', 6, 12],
  ])('read sprint and board ids sent as %s', (_what, id, originBoardId) => {
    expect(parsed({ eventType: 'avi:jira-software:started:sprint', sprint: sprintPayload({ id, originBoardId }) })).toMatchObject({ family: 'sprint', sprint: { id: 6, originBoardId: 12 } });
  });

  it('read createDate and createdDate alike, upper-case states, and a null goal as none', () => {
    const { createDate, ...rest } = sprintPayload();
    const event = parsed({ eventType: 'avi:jira-software:closed:sprint', sprint: { ...rest, createdDate: createDate, state: 'CLOSED', goal: null } });
    expect(event).toMatchObject({ sprint: { state: 'closed', createdDate: Date.UTC(2026, 9, 20, 8, 59, 20, 334), goal: undefined } });
  });

  it.each([
    ['a non-numeric id', { id: 'six' }, 'sprint.id: expected number, got string'],
    ['a zero id', { id: 0 }, 'sprint.id: too small'],
    ['a fractional id', { id: 6.5 }, 'sprint.id: expected int, got number'],
    ['an unknown state', { state: 'paused' }, 'sprint.state: not an accepted value'],
    ['a date without a zone', { startDate: '2026-10-26T09:00:00' }, 'sprint.startDate: not a date-time with a zone'],
  ])('refuse %s, naming the path', (_what, overrides, message) => {
    expect(failure({ eventType: 'avi:jira-software:updated:sprint', sprint: sprintPayload(overrides) })).toEqual({ code: 'EVENT_PAYLOAD_INVALID', message });
  });
});

describe('field payloads (undocumented)', () => {
  it.each([
    ['a field object', { field: { id: 'customfield_10016', name: 'Story Points' } }, { id: 'customfield_10016', name: 'Story Points' }],
    ['nothing else', {}, undefined],
    ['a field of another shape', { field: 'customfield_10016' }, undefined],
    ['a field with odd members', { field: { id: 10016, name: ['x'] } }, undefined],
  ])('accept any payload with a field event type: %s', (_what, extra, field) => {
    const event = parsed({ eventType: 'avi:jira:updated:field', ...extra });
    expect(event).toMatchObject({ family: 'field', eventType: 'avi:jira:updated:field', contentDigest: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(event.family === 'field' && event.field).toEqual(field);
  });

  it('still check the common fields', () => {
    expect(failure({ eventType: 'avi:jira:created:field', atlassianId: 42 })).toEqual({ code: 'EVENT_PAYLOAD_INVALID', message: 'atlassianId: expected string, got number' });
  });
});

describe('what is refused, and how it is described', () => {
  it.each([
    ['null', null, 'payload: expected object, got null'],
    ['an array', [valid('avi:jira:created:issue')], 'payload: expected object, got array'],
    ['a string', 'avi:jira:created:issue', 'payload: expected object, got string'],
    ['a number', 42, 'payload: expected object, got number'],
    ['undefined', undefined, 'payload: expected object, got missing'],
    ['no event type', { issue: issuePayload() }, 'eventType: missing'],
    ['a numeric event type', { eventType: 7 }, 'eventType: expected string, got number'],
  ])('%s is an invalid payload', (_what, payload, message) => {
    expect(failure(payload)).toEqual({ code: 'EVENT_PAYLOAD_INVALID', message });
  });

  it.each([
    ['an event the app does not subscribe to', 'avi:jira:viewed:issue'],
    ['a life-cycle event', 'avi:forge:installed:app'],
    ['a sprint deletion (not subscribed)', 'avi:jira-software:deleted:sprint'],
    ['a prototype member', '__proto__'],
    ['another prototype member', 'toString'],
    ['a case variant', 'AVI:JIRA:CREATED:ISSUE'],
  ])('%s is an unknown type, not quoted back', (_what, eventType) => {
    expect(failure({ ...valid('avi:jira:created:issue'), eventType })).toEqual({ code: 'EVENT_TYPE_UNKNOWN', message: 'eventType: not a product event this app handles' });
  });

  it('names every wrong path and what was wrong, without the values', () => {
    const payload = {
      eventType: 'avi:jira:updated:issue',
      atlassianId: '',
      issue: { id: 'SIAS-42', key: 10042, fields: { updated: 'last Tuesday', status: { id: true }, assignee: { displayName: 'Dana Whitfield' } } },
      changelog: { id: '10230', items: [{ field: 'status', toString: { text: 'Done' } }, 'Dana'] },
      associatedStatuses: 'In Progress',
    };
    expect(failure(payload).message).toBe(
      [
        'atlassianId: too short',
        'issue.id: malformed',
        'issue.key: expected string, got number',
        'issue.fields.status.id: expected string, got boolean',
        'issue.fields.assignee.accountId: missing',
        'issue.fields.updated: not a date-time with a zone',
        'changelog.items[0].toString: expected string or number, got object',
        'changelog.items[1]: expected object, got string',
        'and 1 more',
      ].join('; '),
    );
  });

  it('reads a payload that throws when read as invalid, without throwing', () => {
    const hostile = { eventType: 'avi:jira:created:issue' };
    Object.defineProperty(hostile, 'issue', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(failure(hostile)).toEqual({ code: 'EVENT_PAYLOAD_INVALID', message: 'payload: could not be read' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(failure(proxy)).toEqual({ code: 'EVENT_PAYLOAD_INVALID', message: 'payload: could not be read' });
  });
});
