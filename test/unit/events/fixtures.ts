/**
 * One valid payload per event type the app parses, shaped as the docs' tables and the emulator
 * describe them, with personal-looking values (summaries, account ids, names) so tests can check
 * none of them leaks into identities or error messages.
 */
export type Payload = Record<string, unknown>;

export const ALICE = '557058:0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
export const BOB = '5c37e3bdb393bf4ce95658d5';
export const CAROL = 'qm:7f1c9a2e-1111-4c2b-9d3e-0a1b2c3d4e5f:1d2c3b4a';

const T0 = '2026-11-02T09:00:00.000+0000';
const T1 = '2026-11-02T09:05:00.000+0000';
const T2 = '2026-11-02T09:10:30.250+0000';

export function issuePayload(overrides: Payload = {}): Payload {
  return {
    id: '10042',
    key: 'SIAS-42',
    fields: {
      summary: 'Payroll export fails for Dana Whitfield',
      issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
      project: { id: '10000', key: 'SIAS', name: 'Sias Project', projectTypeKey: 'software', simplified: false },
      status: { id: '3', name: 'In Progress', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress' } },
      assignee: { accountId: BOB },
      reporter: { accountId: ALICE },
      creator: { accountId: ALICE },
      created: T0,
      updated: T1,
    },
    ...overrides,
  };
}

export function commentPayload(overrides: Payload = {}): Payload {
  return {
    id: '20007',
    author: { accountId: ALICE },
    updateAuthor: { accountId: ALICE },
    body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: BOB, text: '@Bob Okafor' } }, { type: 'text', text: ' please check the invoice for Dana' }] }] },
    created: T0,
    updated: T0,
    jsdPublic: true,
    ...overrides,
  };
}

export function worklogPayload(overrides: Payload = {}): Payload {
  return { id: '30003', issueId: '10042', author: { accountId: CAROL }, started: '2026-11-02T08:00:00.000+0000', timeSpentSeconds: 5400, created: T1, updated: T1, comment: 'Paired with Dana on the export', ...overrides };
}

export function sprintPayload(overrides: Payload = {}): Payload {
  return {
    id: '6',
    originBoardId: '12',
    name: 'Payroll hardening 3',
    goal: 'Close every export bug Dana reported',
    state: 'active',
    createDate: '2026-10-20T10:59:20.334+0200',
    startDate: '2026-10-26T09:00:00.000+0000',
    endDate: '2026-11-09T17:00:00.000+0000',
    ...overrides,
  };
}

const changelog = {
  id: '10230',
  items: [
    { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' },
    { field: 'Story Points', fieldtype: 'custom', fieldId: 'customfield_10016', from: null, fromString: null, to: '5', toString: '5' },
  ],
};

const statuses = [
  { id: '3', name: 'In Progress', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress' } },
  { id: '1', name: 'To Do', statusCategory: { id: 2, key: 'new', name: 'To Do' } },
];

const timestamp = '1793610300000';

/** Every event type the parser accepts, keyed by it. */
export const VALID_PAYLOADS: Readonly<Record<string, () => Payload>> = {
  'avi:jira:created:issue': () => ({ eventType: 'avi:jira:created:issue', issue: issuePayload(), atlassianId: ALICE, associatedUsers: [{ accountId: ALICE }], timestamp }),
  'avi:jira:updated:issue': () => ({ eventType: 'avi:jira:updated:issue', issue: issuePayload(), atlassianId: BOB, changelog, associatedStatuses: statuses, jiraEventTypeName: 'issue_generic', timestamp }),
  'avi:jira:deleted:issue': () => ({ eventType: 'avi:jira:deleted:issue', issue: issuePayload(), atlassianId: CAROL, timestamp }),
  'avi:jira:assigned:issue': () => ({
    eventType: 'avi:jira:assigned:issue',
    issue: issuePayload(),
    atlassianId: BOB,
    changelog: { id: '10231', items: [{ field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: ALICE, fromString: 'Alice Brandt', to: BOB, toString: 'Bob Okafor' }] },
    timestamp,
  }),
  'avi:jira:commented:issue': () => ({ eventType: 'avi:jira:commented:issue', issue: issuePayload(), atlassianId: ALICE, comment: commentPayload(), timestamp }),
  'avi:jira:deleted:comment': () => ({ eventType: 'avi:jira:deleted:comment', issue: issuePayload(), atlassianId: ALICE, comment: { id: '20007' }, timestamp }),
  'avi:jira:mentioned:comment': () => ({ eventType: 'avi:jira:mentioned:comment', issue: issuePayload(), atlassianId: ALICE, comment: commentPayload(), mentionedAccountIds: [BOB], timestamp }),
  'avi:jira:mentioned:issue': () => ({ eventType: 'avi:jira:mentioned:issue', issue: issuePayload(), atlassianId: ALICE, mentionedAccountIds: [BOB, CAROL], timestamp }),
  'avi:jira:created:worklog': () => ({ eventType: 'avi:jira:created:worklog', worklog: worklogPayload(), timestamp }),
  'avi:jira:updated:worklog': () => ({ eventType: 'avi:jira:updated:worklog', worklog: worklogPayload({ timeSpentSeconds: 7200, updated: T2 }), timestamp }),
  'avi:jira:deleted:worklog': () => ({ eventType: 'avi:jira:deleted:worklog', worklog: worklogPayload(), timestamp }),
  'avi:jira-software:created:sprint': () => ({ eventType: 'avi:jira-software:created:sprint', sprint: sprintPayload({ state: 'future', startDate: undefined, endDate: undefined }), atlassianId: ALICE }),
  'avi:jira-software:started:sprint': () => ({ eventType: 'avi:jira-software:started:sprint', sprint: sprintPayload() }),
  'avi:jira-software:updated:sprint': () => ({ eventType: 'avi:jira-software:updated:sprint', sprint: sprintPayload(), oldValue: { goal: 'Close the export bugs' }, atlassianId: BOB }),
  'avi:jira-software:closed:sprint': () => ({ eventType: 'avi:jira-software:closed:sprint', sprint: sprintPayload({ state: 'closed', completeDate: T2 }), atlassianId: BOB }),
  'avi:jira:created:field': () => ({ eventType: 'avi:jira:created:field', field: { id: 'customfield_10099', name: 'Dana review points' }, atlassianId: ALICE, timestamp }),
  'avi:jira:updated:field': () => ({ eventType: 'avi:jira:updated:field', field: { id: 'customfield_10016', name: 'Story Points' }, atlassianId: ALICE, timestamp }),
  'avi:jira:deleted:field': () => ({ eventType: 'avi:jira:deleted:field', field: { id: 'customfield_10099' }, atlassianId: ALICE, timestamp }),
};

/** Every string value in a payload (not its keys), at any depth; iterative, as fuzzed payloads nest deeply. */
export function stringValues(root: unknown): string[] {
  const found: string[] = [];
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') found.push(value);
    else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) pending.push(item);
  }
  return found;
}
