import { eventIdentity, parseProductEvent, type EventIdentity } from '../../../src/events/payloads';
import { parseJiraTime } from '../../../src/jira/jira-time';
import { ALICE, BOB, CAROL, VALID_PAYLOADS, type Payload } from './fixtures';

const EVENT_TYPES = Object.keys(VALID_PAYLOADS);
/** What Forge KVS accepts as a key. */
const KVS_KEY = /^[a-zA-Z0-9:._\s#-]{1,500}$/;
const T0 = Date.UTC(2026, 10, 2, 9);
const T1 = Date.UTC(2026, 10, 2, 9, 5);
const T2 = Date.UTC(2026, 10, 2, 9, 10, 30, 250);

function identity(payload: unknown): EventIdentity {
  const result = parseProductEvent(payload);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return eventIdentity(result.event);
}

function base(eventType: string): Payload {
  const build = VALID_PAYLOADS[eventType];
  if (build === undefined) throw new Error(eventType);
  return build();
}

/** A copy with `value` at `path` (`undefined` removes the key). */
function withValue(payload: Payload, path: readonly string[], value: unknown): Payload {
  const copy = structuredClone(payload);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Every object's keys in reverse order, at any depth; arrays keep their order, which means something. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
}

/** Every Jira time rewritten as the same instant in ISO form at +02:00. */
function shiftedZones(value: unknown): unknown {
  if (typeof value === 'string') {
    const at = parseJiraTime(value);
    return at === undefined ? value : new Date(at + 7_200_000).toISOString().replace('Z', '+02:00');
  }
  if (Array.isArray(value)) return value.map(shiftedZones);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftedZones(item)]));
}

/** Unknown keys at the top and inside each entity, as a newer Jira might send. */
function withExtraKeys(payload: Payload): Payload {
  const copy: Payload = { ...structuredClone(payload), jiraEventTypeName: 'issue_generic', webhookTraceValue: 'trace-1', associatedUsers: [{ accountId: ALICE }] };
  for (const entity of ['issue', 'comment', 'worklog', 'sprint']) {
    const value = copy[entity];
    if (typeof value === 'object' && value !== null) copy[entity] = { ...value, self: 'https://example.atlassian.net/rest/api/3/x', renderedBody: '<p>Dana</p>' };
  }
  return copy;
}

const DELIVERY_KEYS: Payload = {
  retryContext: { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { attempt: 2 } },
  selfGenerated: true,
  contextToken: 'eyJhbGciOi.fake.token',
  payloadIncludeProperties: { "issue.properties['sias'].state": 'seen' },
};

describe('eventIdentity: the same event delivered again gets the same id', () => {
  const sameEvent: ReadonlyArray<readonly [string, (payload: Payload) => unknown, (eventType: string) => boolean]> = [
    ['keys in another order', reversedKeys, () => true],
    ['a JSON round trip', (p) => JSON.parse(JSON.stringify(p)), () => true],
    ['a retry’s context, self-generated flag, context token and enrichment', (p) => ({ ...p, ...DELIVERY_KEYS }), () => true],
    ['the same times written in another zone', shiftedZones, () => true],
    // The field events' payload is undocumented: everything in it is content.
    ['extra unknown keys', withExtraKeys, (eventType) => !eventType.endsWith(':field')],
  ];

  const cases = EVENT_TYPES.flatMap((eventType) => sameEvent.filter(([, , applies]) => applies(eventType)).map(([what, change]) => [eventType, what, change] as const));

  it.each(cases)('%s with %s', (eventType, _what, change) => {
    const original = base(eventType);
    expect(identity(change(original))).toEqual(identity(original));
  });

  it.each([
    ['issue ids', 'avi:jira:updated:issue', ['issue', 'id'], 10042],
    ['changelog ids', 'avi:jira:updated:issue', ['changelog', 'id'], 10230],
    ['comment ids', 'avi:jira:commented:issue', ['comment', 'id'], 20007],
    ['worklog ids', 'avi:jira:updated:worklog', ['worklog', 'id'], 30003],
    ['sprint ids', 'avi:jira-software:started:sprint', ['sprint', 'id'], 6],
    ['board ids', 'avi:jira-software:started:sprint', ['sprint', 'originBoardId'], 12],
    ['timestamps', 'avi:jira:updated:worklog', ['timestamp'], 1793610300000],
  ])('%s sent as numbers rather than strings', (_what, eventType, path, value) => {
    const original = base(eventType);
    expect(identity(withValue(original, path, value))).toEqual(identity(original));
  });
});

describe('eventIdentity: a different event or a new version gets a new id', () => {
  it.each([
    ['avi:jira:created:issue', 'another issue', ['issue', 'id'], '10043'],
    ['avi:jira:updated:issue', 'the next changelog entry', ['changelog', 'id'], '10231'],
    ['avi:jira:updated:issue', 'another issue', ['issue', 'id'], '10043'],
    ['avi:jira:deleted:issue', 'another issue', ['issue', 'id'], '10043'],
    ['avi:jira:assigned:issue', 'the next changelog entry', ['changelog', 'id'], '10232'],
    ['avi:jira:commented:issue', 'an edit of the comment', ['comment', 'updated'], '2026-11-02T09:20:00.000+0000'],
    ['avi:jira:commented:issue', 'another comment', ['comment', 'id'], '20008'],
    ['avi:jira:deleted:comment', 'another comment', ['comment', 'id'], '20008'],
    ['avi:jira:mentioned:comment', 'an edit of the comment', ['comment', 'updated'], '2026-11-02T09:20:00.000+0000'],
    ['avi:jira:mentioned:issue', 'a later description edit', ['issue', 'fields', 'updated'], '2026-11-02T09:20:00.000+0000'],
    ['avi:jira:created:worklog', 'another worklog', ['worklog', 'id'], '30004'],
    ['avi:jira:updated:worklog', 'a later edit', ['worklog', 'updated'], '2026-11-02T09:20:00.000+0000'],
    ['avi:jira:deleted:worklog', 'another worklog', ['worklog', 'id'], '30004'],
    ['avi:jira-software:created:sprint', 'another sprint', ['sprint', 'id'], '7'],
    ['avi:jira-software:updated:sprint', 'a moved end date', ['sprint', 'endDate'], '2026-11-10T17:00:00.000+0000'],
    ['avi:jira-software:updated:sprint', 'a new goal', ['sprint', 'goal'], 'Ship the export fix'],
    ['avi:jira-software:updated:sprint', 'a rename', ['sprint', 'name'], 'Payroll hardening 4'],
    ['avi:jira-software:updated:sprint', 'the same sprint reached from another value', ['oldValue', 'goal'], 'Another old goal'],
    ['avi:jira-software:updated:sprint', 'a later time', ['timestamp'], '1793610400000'],
    ['avi:jira-software:started:sprint', 'a new start date', ['sprint', 'startDate'], '2026-10-27T09:00:00.000+0000'],
    ['avi:jira-software:closed:sprint', 'another completion', ['sprint', 'completeDate'], '2026-11-09T18:00:00.000+0000'],
    ['avi:jira:created:field', 'another field', ['field', 'id'], 'customfield_10100'],
    ['avi:jira:updated:field', 'a rename', ['field', 'name'], 'Story points (team)'],
    ['avi:jira:updated:field', 'a later time', ['timestamp'], '1793610400000'],
    ['avi:jira:updated:field', 'an extra key', ['description'], 'Estimate in points'],
  ])('%s: %s', (eventType, _what, path, value) => {
    const original = base(eventType);
    expect(identity(withValue(original, path, value)).id).not.toBe(identity(original).id);
  });

  it('tells every event type apart, even on the same entity and version (updated and assigned share a changelog entry)', () => {
    const ids = EVENT_TYPES.map((eventType) => identity(base(eventType)).id);
    expect(new Set(ids).size).toBe(EVENT_TYPES.length);
    const assigned = base('avi:jira:assigned:issue');
    const updated = withValue(base('avi:jira:updated:issue'), ['changelog'], assigned['changelog']);
    expect(identity(updated).id).not.toBe(identity(assigned).id);
  });

  it('changes a sprint’s id with its state, through its life', () => {
    const states = ['future', 'active', 'closed'].map((state) => identity(withValue(base('avi:jira-software:updated:sprint'), ['sprint', 'state'], state)).id);
    expect(new Set(states).size).toBe(3);
  });
});

describe('eventIdentity: the natural id', () => {
  it.each([
    ['avi:jira:created:issue', 'created:issue:10042'],
    ['avi:jira:updated:issue', 'updated:issue:10042:10230'],
    ['avi:jira:deleted:issue', 'deleted:issue:10042'],
    ['avi:jira:assigned:issue', 'assigned:issue:10042:10231'],
    ['avi:jira:commented:issue', `commented:issue:20007:u${T0}`],
    ['avi:jira:deleted:comment', 'deleted:comment:20007'],
    ['avi:jira:mentioned:comment', `mentioned:comment:20007:u${T0}`],
    ['avi:jira:mentioned:issue', `mentioned:issue:10042:u${T1}`],
    ['avi:jira:created:worklog', `created:worklog:30003:u${T1}`],
    ['avi:jira:updated:worklog', `updated:worklog:30003:u${T2}`],
    ['avi:jira:deleted:worklog', `deleted:worklog:30003:u${T1}`],
    ['avi:jira-software:created:sprint', /^created:sprint:6:[0-9a-f]{16}$/],
    ['avi:jira-software:started:sprint', /^started:sprint:6:[0-9a-f]{16}$/],
    ['avi:jira-software:updated:sprint', /^updated:sprint:6:[0-9a-f]{16}$/],
    ['avi:jira-software:closed:sprint', /^closed:sprint:6:[0-9a-f]{16}$/],
    ['avi:jira:created:field', /^created:field:customfield_10099:[0-9a-f]{16}$/],
    ['avi:jira:updated:field', /^updated:field:customfield_10016:[0-9a-f]{16}$/],
    ['avi:jira:deleted:field', /^deleted:field:customfield_10099:[0-9a-f]{16}$/],
  ])('%s is %s', (eventType, expected) => {
    const { natural } = identity(base(eventType));
    if (typeof expected === 'string') expect(natural).toBe(expected);
    else expect(natural).toMatch(expected);
  });

  it.each(EVENT_TYPES)('%s holds ids, versions and digests only, and its id is a KVS key', (eventType) => {
    const payload = withExtraKeys(base(eventType));
    const { id, natural } = identity(payload);
    expect(natural).toMatch(/^[a-z]+:[a-z]+(:[A-Za-z0-9_.-]+)+$/);
    expect(id).toMatch(/^[a-z]{3}:[0-9a-f]{64}$/);
    expect(id).toMatch(KVS_KEY);
    const texts = [ALICE, BOB, CAROL, 'Dana', 'Payroll', 'Story', 'In Progress', 'SIAS-42', 'SIAS'];
    for (const text of texts) expect(natural).not.toContain(text);
  });

  it('falls back from the changelog to the issue’s updated time, the event’s timestamp, then a digest of the event', () => {
    const noChangelog = withValue(base('avi:jira:updated:issue'), ['changelog'], undefined);
    expect(identity(noChangelog).natural).toBe(`updated:issue:10042:u${T1}`);
    const noUpdated = withValue(noChangelog, ['issue', 'fields', 'updated'], undefined);
    expect(identity(noUpdated).natural).toBe('updated:issue:10042:t1793610300000');
    const bare = withValue(noUpdated, ['timestamp'], undefined);
    expect(identity(bare).natural).toMatch(/^updated:issue:10042:d[0-9a-f]{16}$/);
    expect(identity(reversedKeys(bare))).toEqual(identity(bare));
    expect(identity({ ...bare, ...DELIVERY_KEYS })).toEqual(identity(bare));
    expect(identity(withValue(bare, ['issue', 'fields', 'status', 'id'], '4')).id).not.toBe(identity(bare).id);
  });

  it('versions a comment event by the event’s timestamp when the comment has no updated time', () => {
    const noUpdated = withValue(base('avi:jira:commented:issue'), ['comment', 'updated'], undefined);
    expect(identity(noUpdated).natural).toBe('commented:issue:20007:t1793610300000');
  });

  it('leaves out of the natural id a field id that is not shaped like one', () => {
    const named = withValue(base('avi:jira:created:field'), ['field', 'id'], 'Dana Whitfield review');
    expect(identity(named).natural).toMatch(/^created:field:[0-9a-f]{16}$/);
  });
});
