import type { ChangelogEntry } from '../../../../src/jira/endpoints/schemas/changelog';
import { DEFAULT_THRESHOLDS, type EventKind, type StatusCategory } from '../../../../src/alerts/model';
import { statusTransitionsOf, transitionCauseGone, transitionFindings, type StatusTransition } from '../../../../src/alerts/rules/transition-rules';
import { WATCHING_SINCE, context } from './fixtures';

const NAME_IN: Record<StatusCategory, [string, string]> = {
  new: ['To Do', 'Backlog'],
  indeterminate: ['In Progress', 'In Review'],
  done: ['Done', 'Closed'],
};

function transition(from: StatusCategory, to: StatusCategory, overrides: Partial<StatusTransition> = {}): StatusTransition {
  return {
    issueId: '10001',
    issueKey: 'SIAS-1',
    projectKey: 'SIAS',
    historyId: '20001',
    at: WATCHING_SINCE,
    from: { name: NAME_IN[from][0], category: from },
    to: { name: NAME_IN[to][1], category: to },
    ...overrides,
  };
}

function kindsOf(t: StatusTransition, skippedTransitions: ReadonlyArray<{ from: string; to: string }> = []): string[] {
  return transitionFindings(t, context({ thresholds: { ...DEFAULT_THRESHOLDS, skippedTransitions } })).map((finding) => finding.kind);
}

describe('transitionFindings', () => {
  test.each<[StatusCategory, StatusCategory, EventKind[]]>([
    ['new', 'new', []],
    ['new', 'indeterminate', []],
    ['new', 'done', []],
    ['indeterminate', 'new', ['moved-backwards']],
    ['indeterminate', 'indeterminate', []],
    ['indeterminate', 'done', []],
    ['done', 'new', ['reopened']],
    ['done', 'indeterminate', ['reopened']],
    ['done', 'done', []],
  ])('from %s to %s: %p', (from, to, kinds) => {
    expect(kindsOf(transition(from, to))).toEqual(kinds);
  });

  test.each<[string, number, string[]]>([
    ['a millisecond before watching', WATCHING_SINCE - 1, []],
    ['exactly when watching started', WATCHING_SINCE, ['moved-backwards']],
  ])('%s: %p', (_name, at, kinds) => {
    expect(kindsOf(transition('indeterminate', 'new', { at }))).toEqual(kinds);
  });

  test.each<[string, StatusCategory, StatusCategory, Array<{ from: string; to: string }>, string[]]>([
    ['a flagged pair', 'new', 'done', [{ from: 'To Do', to: 'Closed' }], ['transition-skipped']],
    ['a flagged pair typed in another case, with spaces', 'new', 'done', [{ from: 'to do ', to: 'CLOSED' }], ['transition-skipped']],
    ['the flagged pair reversed', 'done', 'new', [{ from: 'Backlog', to: 'Done' }], ['reopened']],
    ['one of several flagged pairs', 'new', 'indeterminate', [{ from: 'Done', to: 'Backlog' }, { from: 'To Do', to: 'In Review' }], ['transition-skipped']],
    ['a flagged pair that also reopens', 'done', 'new', [{ from: 'Done', to: 'Backlog' }], ['reopened', 'transition-skipped']],
    ['a flagged pair that also moves backwards', 'indeterminate', 'new', [{ from: 'In Progress', to: 'Backlog' }], ['moved-backwards', 'transition-skipped']],
    ['a flagged pair within one category', 'indeterminate', 'indeterminate', [{ from: 'In Progress', to: 'In Review' }], ['transition-skipped']],
    ['only the source matches', 'new', 'done', [{ from: 'To Do', to: 'Done' }], []],
  ])('%s: %p', (_name, from, to, pairs, kinds) => {
    expect(kindsOf(transition(from, to), pairs)).toEqual(kinds);
  });

  it('ignores a flagged pair before watching started', () => {
    expect(kindsOf(transition('new', 'done', { at: WATCHING_SINCE - 1 }), [{ from: 'To Do', to: 'Closed' }])).toEqual([]);
  });

  it('names the issue and both statuses, and keeps the categories in its facts', () => {
    expect(transitionFindings(transition('done', 'indeterminate'), context())).toEqual([
      {
        kind: 'reopened',
        subject: '10001',
        cause: 'history:20001',
        severity: 'warning',
        explanation: 'SIAS-1 was reopened: it moved from "Done" (Done) to "In Review" (In Progress).',
        facts: {
          issueKey: 'SIAS-1',
          historyId: '20001',
          at: WATCHING_SINCE,
          fromStatus: 'Done',
          fromCategory: 'done',
          toStatus: 'In Review',
          toCategory: 'indeterminate',
        },
      },
    ]);
  });

  test.each<[StatusCategory, StatusCategory, Array<{ from: string; to: string }>, string]>([
    ['indeterminate', 'new', [], 'SIAS-1 moved backwards from "In Progress" (In Progress) to "Backlog" (To Do).'],
    ['new', 'done', [{ from: 'To Do', to: 'Closed' }], 'SIAS-1 moved from "To Do" straight to "Closed", a transition this project flags.'],
  ])('explains a move from %s to %s', (from, to, skippedTransitions, explanation) => {
    const [finding] = transitionFindings(transition(from, to), context({ thresholds: { ...DEFAULT_THRESHOLDS, skippedTransitions } }));
    expect(finding?.explanation).toBe(explanation);
    expect(finding?.severity).toBe('warning');
  });
});

describe('transitionCauseGone', () => {
  const facts = (fromCategory: string) => ({ issueKey: 'SIAS-1', fromCategory });

  test.each<[EventKind, string, StatusCategory | undefined, boolean, boolean]>([
    ['reopened', 'done', 'done', false, true],
    ['reopened', 'done', 'indeterminate', false, false],
    ['reopened', 'done', 'new', false, false],
    ['reopened', 'done', undefined, false, false],
    ['reopened', 'done', 'new', true, true],
    ['moved-backwards', 'indeterminate', 'new', false, false],
    ['moved-backwards', 'indeterminate', 'indeterminate', false, true],
    ['moved-backwards', 'indeterminate', 'done', false, true],
    ['moved-backwards', 'indeterminate', undefined, false, false],
    ['moved-backwards', 'indeterminate', 'new', true, true],
    ['moved-backwards', 'not a category', 'done', false, false],
    ['transition-skipped', 'new', 'new', false, false],
    ['transition-skipped', 'new', 'indeterminate', false, false],
    ['transition-skipped', 'new', 'done', false, false],
    ['transition-skipped', 'new', undefined, true, true],
  ])('%s from %s, now %p, deleted %p: gone %p', (kind, fromCategory, current, deleted, gone) => {
    expect(transitionCauseGone({ kind, facts: facts(fromCategory) }, current, deleted)).toBe(gone);
  });

  it('leaves a moved-backwards alert without a from category open', () => {
    expect(transitionCauseGone({ kind: 'moved-backwards', facts: {} }, 'done', false)).toBe(false);
  });

  it('reads the facts transitionFindings writes', () => {
    const [finding] = transitionFindings(transition('indeterminate', 'new'), context());
    expect(finding).toBeDefined();
    if (finding === undefined) return;
    expect(transitionCauseGone(finding, 'new', false)).toBe(false);
    expect(transitionCauseGone(finding, 'indeterminate', false)).toBe(true);
  });
});

describe('statusTransitionsOf', () => {
  const CATEGORY_BY_ID: Record<string, StatusCategory> = { '1': 'new', '3': 'indeterminate', '10000': 'indeterminate', '6': 'done' };
  const categoryOf = (statusId: string): StatusCategory | undefined => CATEGORY_BY_ID[statusId];
  const identity = { issueId: '10001', issueKey: 'SIAS-1', projectKey: 'SIAS' };

  function statusItem(from: string | null, fromString: string | null, to: string | null, toString: string | null) {
    return { field: 'status', fieldtype: 'jira', from, fromString, to, toString };
  }
  const assigneeItem = { field: 'assignee', fieldtype: 'jira', from: null, fromString: null, to: 'abc', toString: 'Ada' };

  it('reads every status change with its time and categories, in changelog order', () => {
    const histories: ChangelogEntry[] = [
      { id: '100', created: '2026-11-02T09:00:00.000+0000', items: [assigneeItem, statusItem('1', 'To Do', '3', 'In Progress')] },
      { id: '101', created: '2026-11-03T10:30:00.000+0100', items: [statusItem('3', 'In Progress', '6', 'Done')] },
    ];
    expect(statusTransitionsOf(identity, histories, categoryOf)).toEqual([
      { ...identity, historyId: '100', at: Date.UTC(2026, 10, 2, 9, 0), from: { name: 'To Do', category: 'new' }, to: { name: 'In Progress', category: 'indeterminate' } },
      { ...identity, historyId: '101', at: Date.UTC(2026, 10, 3, 9, 30), from: { name: 'In Progress', category: 'indeterminate' }, to: { name: 'Done', category: 'done' } },
    ]);
  });

  test.each<[string, ChangelogEntry]>([
    ['no status item', { id: '1', created: '2026-11-02T09:00:00.000+0000', items: [assigneeItem] }],
    ['an unreadable date', { id: '1', created: 'yesterday', items: [statusItem('1', 'To Do', '6', 'Done')] }],
    ['a date without a zone', { id: '1', created: '2026-11-02T09:00:00', items: [statusItem('1', 'To Do', '6', 'Done')] }],
    ['no from status', { id: '1', created: '2026-11-02T09:00:00.000+0000', items: [statusItem(null, null, '6', 'Done')] }],
    ['no to status', { id: '1', created: '2026-11-02T09:00:00.000+0000', items: [statusItem('1', 'To Do', null, null)] }],
    ['a status of unknown category', { id: '1', created: '2026-11-02T09:00:00.000+0000', items: [statusItem('1', 'To Do', '999', 'Gone')] }],
    ['a field only named like status', { id: '1', created: '2026-11-02T09:00:00.000+0000', items: [{ ...statusItem('1', 'To Do', '6', 'Done'), field: 'Status Reason' }] }],
  ])('skips %s', (_name, entry) => {
    expect(statusTransitionsOf(identity, [entry], categoryOf)).toEqual([]);
  });

  it('names a status by its id when the changelog leaves its name out', () => {
    const entry: ChangelogEntry = { id: '7', created: '2026-11-02T09:00:00Z', items: [statusItem('10000', null, '6', 'Done')] };
    const [t] = statusTransitionsOf(identity, [entry], categoryOf);
    expect(t?.from).toEqual({ name: '10000', category: 'indeterminate' });
  });

  it('passes each status id and name to the lookup', () => {
    const asked: Array<[string, string | null]> = [];
    const entry: ChangelogEntry = { id: '7', created: '2026-11-02T09:00:00Z', items: [statusItem('1', 'To Do', '6', 'Done')] };
    statusTransitionsOf(identity, [entry], (id, name) => {
      asked.push([id, name]);
      return categoryOf(id);
    });
    expect(asked).toEqual([['1', 'To Do'], ['6', 'Done']]);
  });

  it('feeds transitionFindings: a reopening read from the changelog fires', () => {
    const entry: ChangelogEntry = { id: '55', created: '2026-11-04T09:00:00.000+0000', items: [statusItem('6', 'Done', '3', 'In Progress')] };
    const findings = statusTransitionsOf(identity, [entry], categoryOf).flatMap((t) => transitionFindings(t, context()));
    expect(findings.map((finding) => [finding.kind, finding.cause])).toEqual([['reopened', 'history:55']]);
  });
});
