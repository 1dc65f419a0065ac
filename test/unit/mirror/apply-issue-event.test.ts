import type { ChangeItem, Changelog, IssueEvent, IssueEventType, IssueRef } from '../../../src/events/payloads';
import type { FieldMapping } from '../../../src/fields/logical-fields';
import { applyIssueEvent, type IssueEffect } from '../../../src/mirror/apply-issue-event';
import { mirrorIssueSchema, NO_SPRINT, type MirrorIssue } from '../../../src/mirror/mirror-issue';

const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const LATER = T0 + 60_000;
const EARLIER = T0 - 60_000;

const STORY_POINTS = 'customfield_10016';
const SPRINT = 'customfield_10020';
const TEAM = 'customfield_10001';
const MAPPING: Partial<FieldMapping> = { storyPoints: STORY_POINTS, sprint: SPRINT, team: TEAM, epicLink: null };

const entrySchema = mirrorIssueSchema.omit({ version: true });

function mirror(overrides: Partial<MirrorIssue> = {}): MirrorIssue {
  return {
    issueKey: 'SIAS-1',
    projectKey: 'SIAS',
    issueType: 'Story',
    status: 'To Do',
    statusCategory: 'new',
    sprintId: NO_SPRINT,
    createdAt: T0 - 86_400_000,
    updatedAt: T0,
    changelogId: 100,
    version: 3,
    deleted: false,
    ...overrides,
  };
}

function issueEvent(eventType: IssueEventType, issue: Partial<IssueRef> = {}, changelog?: Changelog): IssueEvent {
  return {
    family: 'issue',
    eventType,
    selfGenerated: false,
    issue: { id: '10001', key: 'SIAS-1', updated: LATER, ...issue },
    ...(changelog === undefined ? {} : { changelog }),
  };
}

function updated(issue: Partial<IssueRef> = {}, items: ChangeItem[] = [], changelogId = '101'): IssueEvent {
  return issueEvent('avi:jira:updated:issue', issue, { id: changelogId, items });
}

/**
 * Overrides of an item. `text` stands for `toString`: an object literal without its own `toString`
 * would not type-check against a `toString` property (it has `Object.prototype`'s).
 */
type Extra = Omit<Partial<ChangeItem>, 'toString'> & { text?: string | null };

function withExtra(base: ChangeItem, { text, ...extra }: Extra): ChangeItem {
  return { ...base, ...extra, ...(text === undefined ? {} : { toString: text }) };
}

function item(field: string, to: string | null, extra: Extra = {}): ChangeItem {
  return withExtra({ field, fieldId: field, from: null, fromString: null, to, toString: to }, extra);
}

/** A custom field's item: Jira names it by its label and gives the id in `fieldId`. */
function custom(label: string, fieldId: string, from: string | null, to: string | null, extra: Extra = {}): ChangeItem {
  return withExtra({ field: label, fieldtype: 'custom', fieldId, from, fromString: from, to, toString: to }, extra);
}

function sprintItem(from: string | null, to: string | null): ChangeItem {
  return custom('Sprint', SPRINT, from, to);
}

function written(effect: IssueEffect): Omit<MirrorIssue, 'version'> {
  if (effect.kind !== 'write') throw new Error(`expected a write, got ${JSON.stringify(effect)}`);
  expect(effect.next).not.toHaveProperty('version');
  // Whatever the store is handed must pass the entity's schema (no NaN, integer seconds, no nulls).
  expect(entrySchema.safeParse(effect.next).success).toBe(true);
  return effect.next;
}

describe('applyIssueEvent: issues the mirror does not know', () => {
  it.each<IssueEventType>(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:assigned:issue'])('%s for an unknown issue reads it from Jira', (eventType) => {
    const event = issueEvent(eventType, { projectKey: 'SIAS', statusName: 'To Do' }, { id: '5', items: [item('assignee', 'acc-1')] });
    expect(applyIssueEvent(undefined, event, MAPPING)).toEqual({ kind: 'fetch' });
  });

  it('a created event without a changelog is a fetch too', () => {
    expect(applyIssueEvent(undefined, issueEvent('avi:jira:created:issue', { created: T0, updated: T0 }), MAPPING)).toEqual({ kind: 'fetch' });
  });
});

describe('applyIssueEvent: a newer update', () => {
  it('writes the payload fields and advances the version markers, without a version', () => {
    const current = mirror({ assigneeId: 'acc-1', storyPoints: 3, sprintId: 7 });
    const event = updated({ key: 'SIAS-99', projectKey: 'NEW', issueTypeName: 'Bug', statusName: 'In Progress', statusCategoryKey: 'indeterminate', summary: 'ignored' });
    const next = written(applyIssueEvent(current, event, MAPPING));
    const { version: _version, ...kept } = current;
    expect(next).toEqual({
      ...kept,
      issueKey: 'SIAS-99',
      projectKey: 'NEW',
      issueType: 'Bug',
      status: 'In Progress',
      statusCategory: 'indeterminate',
      // The category moved from To Do with this write.
      statusCategoryChangedAt: LATER,
      updatedAt: LATER,
      changelogId: 101,
    });
  });

  it('keeps when the category last changed while the status stays in it', () => {
    const current = mirror({ statusCategoryChangedAt: 5 });
    const next = written(applyIssueEvent(current, updated({ statusName: 'Selected', statusCategoryKey: 'new' }), MAPPING));
    expect(next).toMatchObject({ status: 'Selected', statusCategory: 'new', statusCategoryChangedAt: 5 });
  });

  it('keeps the mirrored values of fields the payload leaves out', () => {
    const current = mirror({ assigneeId: 'acc-1' });
    const next = written(applyIssueEvent(current, updated({}), MAPPING));
    expect(next).toMatchObject({ issueKey: 'SIAS-1', projectKey: 'SIAS', issueType: 'Story', status: 'To Do', statusCategory: 'new', assigneeId: 'acc-1', createdAt: current.createdAt });
  });

  it('does not mutate the current entry', () => {
    const current = mirror({ assigneeId: 'acc-1' });
    const snapshot = structuredClone(current);
    applyIssueEvent(current, updated({ statusName: 'Done' }, [item('assignee', null), sprintItem(null, '7')]), MAPPING);
    expect(current).toEqual(snapshot);
  });

  type ItemRow = [name: string, current: Partial<MirrorIssue>, items: ChangeItem[], expected: Partial<MirrorIssue>, absent: Array<keyof MirrorIssue>];
  const rows: ItemRow[] = [
    ['assignee set', {}, [item('assignee', 'acc-2', { fromString: null, text: 'Bob Okafor' })], { assigneeId: 'acc-2' }, []],
    ['assignee changed', { assigneeId: 'acc-1' }, [item('assignee', 'acc-2', { from: 'acc-1' })], { assigneeId: 'acc-2' }, []],
    ['assignee cleared', { assigneeId: 'acc-1' }, [item('assignee', null, { from: 'acc-1' })], {}, ['assigneeId']],
    ['assignee by field name alone', {}, [{ field: 'assignee', from: null, fromString: null, to: 'acc-3', toString: 'Carol' }], { assigneeId: 'acc-3' }, []],
    ['parent set via IssueParentAssociation', {}, [{ field: 'IssueParentAssociation', from: null, fromString: null, to: '10050', toString: 'SIAS-50' }], { parentId: '10050' }, []],
    ['parent changed via IssueParentAssociation', { parentId: '10050' }, [{ field: 'IssueParentAssociation', from: '10050', fromString: 'SIAS-50', to: '10060', toString: 'SIAS-60' }], { parentId: '10060' }, []],
    ['parent cleared via IssueParentAssociation', { parentId: '10050' }, [{ field: 'IssueParentAssociation', from: '10050', fromString: 'SIAS-50', to: null, toString: null }], {}, ['parentId']],
    ['parent set via fieldId parent', {}, [item('parent', '10070', { field: 'Parent' })], { parentId: '10070' }, []],
    ['original estimate set (seconds)', {}, [item('timeoriginalestimate', '7200', { text: '7200' })], { originalEstimate: 7200 }, []],
    ['remaining estimate set (seconds)', { remainingEstimate: 7200 }, [item('timeestimate', '3600', { from: '7200' })], { remainingEstimate: 3600 }, []],
    ['time spent set (seconds)', {}, [item('timespent', '1800')], { timeSpent: 1800 }, []],
    ['original estimate cleared', { originalEstimate: 7200 }, [item('timeoriginalestimate', null, { from: '7200' })], {}, ['originalEstimate']],
    ['remaining estimate cleared', { remainingEstimate: 60 }, [item('timeestimate', null)], {}, ['remainingEstimate']],
    ['time spent cleared', { timeSpent: 60 }, [item('timespent', null)], {}, ['timeSpent']],
    ['time spent zero stays zero', { timeSpent: 60 }, [item('timespent', '0')], { timeSpent: 0 }, []],
    ['story points from toString', {}, [custom('Story Points', STORY_POINTS, null, null, { fromString: '3', text: '5' })], { storyPoints: 5 }, []],
    ['story points, fractional', { storyPoints: 5 }, [custom('Story Points', STORY_POINTS, null, null, { fromString: '5', text: '2.5' })], { storyPoints: 2.5 }, []],
    ['story points from to when toString is null', {}, [custom('Story Points', STORY_POINTS, null, '8', { text: null })], { storyPoints: 8 }, []],
    ['story points cleared (empty toString)', { storyPoints: 5 }, [custom('Story Points', STORY_POINTS, null, null, { fromString: '5', text: '' })], {}, ['storyPoints']],
    ['story points cleared (null)', { storyPoints: 5 }, [custom('Story Points', STORY_POINTS, null, null, { fromString: '5', text: null })], {}, ['storyPoints']],
    ['story points not a number', { storyPoints: 5 }, [custom('Story Points', STORY_POINTS, null, null, { text: 'lots' })], {}, ['storyPoints']],
    ['team set', {}, [custom('Team', TEAM, null, 'team-a')], { teamId: 'team-a' }, []],
    ['team cleared', { teamId: 'team-a' }, [custom('Team', TEAM, 'team-a', null)], {}, ['teamId']],
    ['an unmapped custom field is ignored', { storyPoints: 5 }, [custom('Business Value', 'customfield_10099', null, '40')], { storyPoints: 5 }, []],
    ['status and summary items change nothing beyond the payload', { assigneeId: 'acc-1' }, [item('status', '3', { text: 'In Progress' }), item('summary', null, { text: 'New title' })], { assigneeId: 'acc-1', status: 'To Do' }, []],
    [
      'several items apply in order',
      { assigneeId: 'acc-1' },
      [item('assignee', null), item('assignee', 'acc-4'), item('timespent', '600'), custom('Story Points', STORY_POINTS, null, null, { text: '13' })],
      { assigneeId: 'acc-4', timeSpent: 600, storyPoints: 13 },
      [],
    ],
  ];

  it.each(rows)('%s', (_name, overrides, items, expected, absent) => {
    const next = written(applyIssueEvent(mirror(overrides), updated({}, items), MAPPING));
    expect(next).toMatchObject(expected);
    for (const key of absent) expect(next).not.toHaveProperty(key);
    expect(next).toMatchObject({ updatedAt: LATER, changelogId: 101 });
  });

  it('ignores the story points, team and sprint items when those fields are not mapped', () => {
    const current = mirror({ storyPoints: 5, teamId: 'team-a', sprintId: 7 });
    const items = [custom('Story Points', STORY_POINTS, null, null, { text: '' }), custom('Team', TEAM, 'team-a', null), sprintItem('7', null)];
    for (const mapping of [{}, { storyPoints: null, team: null, sprint: null }]) {
      expect(written(applyIssueEvent(current, updated({}, items), mapping))).toMatchObject({ storyPoints: 5, teamId: 'team-a', sprintId: 7 });
    }
  });

  it('follows the mapping: the same field id is story points under one mapping and ignored under another', () => {
    const points = custom('Story point estimate', 'customfield_10030', null, null, { text: '3' });
    expect(written(applyIssueEvent(mirror(), updated({}, [points]), { ...MAPPING, storyPoints: 'customfield_10030' }))).toMatchObject({ storyPoints: 3 });
    expect(written(applyIssueEvent(mirror(), updated({}, [points]), MAPPING))).not.toHaveProperty('storyPoints');
  });

  type SprintRow = [name: string, current: number, from: string | null, to: string | null, expected: number];
  const sprintRows: SprintRow[] = [
    ['joins a sprint from the backlog', NO_SPRINT, null, '7', 7],
    ['joins a sprint from the backlog (empty from)', NO_SPRINT, '', '7', 7],
    ['moves from one sprint to another', 7, '7', '8', 8],
    ['carried over: the closed sprint stays listed, the new one is joined', 7, '6, 7', '6, 7, 8', 8],
    ['carried over without spaces', 7, '6,7', '6,7,8', 8],
    ['removed from its sprint: back to the backlog', 8, '6, 8', '6', NO_SPRINT],
    ['removed from every sprint', 8, '8', null, NO_SPRINT],
    ['a closed sprint removed, the current sprint still listed: stays', 8, '6, 8', '8', 8],
    ['the current sprint already closed and still listed: stays', 6, '6', '6', 6],
    ['an item that names no change keeps the backlog', NO_SPRINT, '6', '6', NO_SPRINT],
    ['a listed closed sprint does not become current when another is removed', NO_SPRINT, '6, 8', '6', NO_SPRINT],
  ];

  it.each(sprintRows)('sprint: %s', (_name, sprintId, from, to, expected) => {
    expect(written(applyIssueEvent(mirror({ sprintId }), updated({}, [sprintItem(from, to)]), MAPPING)).sprintId).toBe(expected);
  });
});

describe('applyIssueEvent: ordering', () => {
  const current = mirror({ updatedAt: T0, changelogId: 100, assigneeId: 'acc-1' });

  it('an older `updated` is stale, whatever its changelog id', () => {
    expect(applyIssueEvent(current, updated({ updated: EARLIER }, [item('status', '3')], '101'), MAPPING)).toEqual({ kind: 'stale', repair: false });
    expect(applyIssueEvent(current, updated({ updated: EARLIER }, [item('status', '3')], '999'), MAPPING)).toEqual({ kind: 'stale', repair: false });
  });

  it.each([
    ['lower', '99'],
    ['equal', '100'],
  ])('the same `updated` with a %s changelog id is stale', (_name, id) => {
    expect(applyIssueEvent(current, updated({ updated: T0 }, [item('summary', null)], id), MAPPING)).toEqual({ kind: 'stale', repair: false });
  });

  it('the same `updated` with a higher changelog id is written', () => {
    const next = written(applyIssueEvent(current, updated({ updated: T0 }, [item('assignee', 'acc-2')], '101'), MAPPING));
    expect(next).toMatchObject({ updatedAt: T0, changelogId: 101, assigneeId: 'acc-2' });
  });

  it('the same `updated` without a changelog is stale', () => {
    expect(applyIssueEvent(current, issueEvent('avi:jira:updated:issue', { updated: T0, statusName: 'Done' }), MAPPING)).toEqual({ kind: 'stale', repair: false });
  });

  it('a created event for an issue already mirrored (by an earlier fetch) is stale when not newer', () => {
    expect(applyIssueEvent(current, issueEvent('avi:jira:created:issue', { updated: T0, created: T0 }), MAPPING)).toEqual({ kind: 'stale', repair: false });
  });

  it('a newer `updated` with a lower changelog id is written, but the changelog id does not go back', () => {
    const next = written(applyIssueEvent(current, updated({ updated: LATER, statusName: 'Done' }, [], '50'), MAPPING));
    expect(next).toMatchObject({ updatedAt: LATER, changelogId: 100, status: 'Done' });
  });

  it('a newer event without a changelog keeps the changelog id', () => {
    const next = written(applyIssueEvent(current, issueEvent('avi:jira:updated:issue', { updated: LATER, statusName: 'Done' }), MAPPING));
    expect(next).toMatchObject({ updatedAt: LATER, changelogId: 100, status: 'Done' });
  });

  it('an event without `updated` but with a higher changelog id is written and keeps `updatedAt`', () => {
    const next = written(applyIssueEvent(current, updated({ updated: undefined }, [item('assignee', 'acc-2')], '101'), MAPPING));
    expect(next).toMatchObject({ updatedAt: T0, changelogId: 101, assigneeId: 'acc-2' });
  });

  it('a newer event whose changelog has no id keeps the changelog id (the id is optional in the payload)', () => {
    const event = issueEvent('avi:jira:updated:issue', { updated: LATER }, { items: [item('assignee', 'acc-2')] });
    const next = written(applyIssueEvent(current, event, MAPPING));
    expect(next).toMatchObject({ updatedAt: LATER, changelogId: 100, assigneeId: 'acc-2' });
  });

  it('the same `updated` with a changelog without id is not a newer version', () => {
    const event = issueEvent('avi:jira:updated:issue', { updated: T0 }, { items: [item('status', '3')] });
    expect(applyIssueEvent(current, event, MAPPING)).toEqual({ kind: 'stale', repair: false });
  });

  it('`updatedAt` and `changelogId` never go backwards over a run of events in any order', () => {
    const events: IssueEvent[] = [
      updated({ updated: EARLIER }, [item('assignee', 'a')], '90'),
      updated({ updated: T0 }, [item('assignee', 'b')], '99'),
      updated({ updated: T0 }, [item('assignee', 'c')], '105'),
      updated({ updated: LATER }, [item('assignee', 'd')], '103'),
      updated({ updated: LATER }, [item('assignee', 'e')], '110'),
      updated({ updated: undefined }, [item('assignee', 'f')], '120'),
      issueEvent('avi:jira:updated:issue', { updated: LATER + 1 }),
      issueEvent('avi:jira:assigned:issue', { updated: LATER + 2 }, { id: '130', items: [item('assignee', 'g')] }),
    ];
    const orders = [events, [...events].reverse(), [3, 0, 6, 1, 7, 2, 5, 4].map((i) => events[i] as IssueEvent)];
    for (const order of orders) {
      let entry = mirror({ updatedAt: T0, changelogId: 100 });
      for (const event of order) {
        const effect = applyIssueEvent(entry, event, MAPPING);
        if (effect.kind !== 'write') {
          expect(effect.kind).toBe('stale');
          continue;
        }
        expect(effect.next.updatedAt).toBeGreaterThanOrEqual(entry.updatedAt);
        expect(effect.next.changelogId).toBeGreaterThanOrEqual(entry.changelogId);
        entry = { ...effect.next, version: entry.version + 1 };
      }
      expect(entry).toMatchObject({ updatedAt: LATER + 2, changelogId: 130 });
    }
  });
});

describe('applyIssueEvent: stale events and repair', () => {
  const current = mirror({ updatedAt: T0, changelogId: 100 });
  const stale = (items: ChangeItem[]) => applyIssueEvent(current, updated({ updated: EARLIER }, items, '99'), MAPPING);

  it.each<[string, ChangeItem[]]>([
    ['assignee', [item('assignee', 'acc-2')]],
    ['assignee cleared', [item('assignee', null)]],
    ['parent (IssueParentAssociation)', [{ field: 'IssueParentAssociation', from: null, fromString: null, to: '10050', toString: 'SIAS-50' }]],
    ['parent (fieldId)', [item('parent', '10050')]],
    ['original estimate', [item('timeoriginalestimate', '60')]],
    ['remaining estimate', [item('timeestimate', '60')]],
    ['time spent', [item('timespent', '60')]],
    ['mapped story points', [custom('Story Points', STORY_POINTS, null, null, { text: '3' })]],
    ['mapped team', [custom('Team', TEAM, null, 'team-a')]],
    ['mapped sprint', [sprintItem(null, '7')]],
    ['status and assignee together', [item('status', '3'), item('assignee', 'acc-2')]],
  ])('a stale event carrying %s asks for a repair', (_name, items) => {
    expect(stale(items)).toEqual({ kind: 'stale', repair: true });
  });

  it.each<[string, ChangeItem[]]>([
    ['status only', [item('status', '3', { text: 'In Progress' })]],
    ['summary only', [item('summary', null, { text: 'New title' })]],
    ['status and summary', [item('status', '3'), item('summary', null)]],
    ['an unmapped custom field', [custom('Business Value', 'customfield_10099', null, '40')]],
    ['no items', []],
  ])('a stale event carrying %s needs no repair', (_name, items) => {
    expect(stale(items)).toEqual({ kind: 'stale', repair: false });
  });

  it('a stale event without a changelog needs no repair', () => {
    expect(applyIssueEvent(current, issueEvent('avi:jira:updated:issue', { updated: EARLIER }), MAPPING)).toEqual({ kind: 'stale', repair: false });
  });

  it('a story points item is kept only while story points are mapped', () => {
    const items = [custom('Story Points', STORY_POINTS, null, null, { text: '3' })];
    expect(applyIssueEvent(current, updated({ updated: EARLIER }, items, '99'), {})).toEqual({ kind: 'stale', repair: false });
  });

  it('a same-`updated` event with a lower changelog id carrying a kept field asks for a repair as well', () => {
    expect(applyIssueEvent(current, updated({ updated: T0 }, [item('assignee', 'acc-2')], '99'), MAPPING)).toEqual({ kind: 'stale', repair: true });
  });
});

describe('applyIssueEvent: deletes', () => {
  it('tombstones a known issue from its current entry', () => {
    const current = mirror({ assigneeId: 'acc-1', sprintId: 7, storyPoints: 5 });
    const event = issueEvent('avi:jira:deleted:issue', { updated: LATER, statusName: 'Done', projectKey: 'OTHER' });
    const next = written(applyIssueEvent(current, event, MAPPING));
    const { version: _version, ...kept } = current;
    expect(next).toEqual({ ...kept, deleted: true });
  });

  it('tombstones a known issue even when the delete carries an older `updated`', () => {
    const current = mirror({ updatedAt: T0, changelogId: 100 });
    const next = written(applyIssueEvent(current, issueEvent('avi:jira:deleted:issue', { updated: EARLIER }, { id: '5', items: [] }), MAPPING));
    expect(next).toMatchObject({ deleted: true, updatedAt: T0, changelogId: 100 });
  });

  it('tombstones an unknown issue from the payload', () => {
    const event = issueEvent('avi:jira:deleted:issue', { key: 'SIAS-7', projectKey: 'SIAS', issueTypeName: 'Bug', statusName: 'Done', statusCategoryKey: 'done', created: T0, updated: LATER });
    expect(written(applyIssueEvent(undefined, event, MAPPING))).toEqual({
      issueKey: 'SIAS-7',
      projectKey: 'SIAS',
      issueType: 'Bug',
      status: 'Done',
      statusCategory: 'done',
      createdAt: T0,
      sprintId: NO_SPRINT,
      updatedAt: LATER,
      changelogId: 0,
      deleted: true,
    });
  });

  it('tombstones an unknown issue whose payload has no fields', () => {
    const event: IssueEvent = { family: 'issue', eventType: 'avi:jira:deleted:issue', selfGenerated: false, issue: { id: '10001', key: 'SIAS-8' } };
    expect(written(applyIssueEvent(undefined, event, MAPPING))).toEqual({ issueKey: 'SIAS-8', projectKey: '', sprintId: NO_SPRINT, updatedAt: 0, changelogId: 0, deleted: true });
  });

  describe('after a delete', () => {
    const tombstone = mirror({ deleted: true, updatedAt: T0, changelogId: 100 });

    it.each<[string, IssueEvent]>([
      ['a newer update with kept fields', updated({ updated: LATER }, [item('assignee', 'acc-2'), sprintItem(null, '7')], '200')],
      ['a newer update without a changelog', issueEvent('avi:jira:updated:issue', { updated: LATER, statusName: 'Done' })],
      ['an older update with kept fields', updated({ updated: EARLIER }, [item('timespent', '60')], '50')],
      ['a created event', issueEvent('avi:jira:created:issue', { updated: LATER })],
      ['an assigned event', issueEvent('avi:jira:assigned:issue', { updated: LATER }, { id: '201', items: [item('assignee', 'acc-2')] })],
      ['another delete', issueEvent('avi:jira:deleted:issue', { updated: LATER })],
    ])('%s is stale without repair', (_name, event) => {
      expect(applyIssueEvent(tombstone, event, MAPPING)).toEqual({ kind: 'stale', repair: false });
    });
  });
});
