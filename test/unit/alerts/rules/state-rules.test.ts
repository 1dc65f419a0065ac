import type { IssueFacts, RuleContext, StateKind } from '../../../../src/alerts/model';
import { DEFAULT_THRESHOLDS } from '../../../../src/alerts/model';
import { stateFindings } from '../../../../src/alerts/rules/state-rules';
import { ACTIVE_SPRINT, DAY, FUTURE_SPRINT, HOUR, MINUTE, NOW, WATCHING_SINCE, context, issue } from './fixtures';

type Case = [name: string, issue: Partial<IssueFacts>, context: Partial<RuleContext>, causes: string[]];

function causesOf(kind: StateKind, issueOverrides: Partial<IssueFacts>, contextOverrides: Partial<RuleContext>): string[] {
  return stateFindings(issue(issueOverrides), context(contextOverrides))
    .filter((finding) => finding.kind === kind)
    .map((finding) => finding.cause);
}

const unestimatedNew = { storyPoints: undefined, createdAt: WATCHING_SINCE, statusCategory: 'new' } as const;
const graceEnds = WATCHING_SINCE + 60 * MINUTE;

describe('missing-estimate', () => {
  test.each<Case>([
    ['grace exactly reached', unestimatedNew, { now: graceEnds }, ['created']],
    ['a millisecond before the grace ends', unestimatedNew, { now: graceEnds - 1 }, []],
    ['created a millisecond before watching', { ...unestimatedNew, createdAt: WATCHING_SINCE - 1 }, {}, []],
    ['no creation time', { ...unestimatedNew, createdAt: undefined }, {}, []],
    ['a grace of 0 holds at creation', unestimatedNew, { now: WATCHING_SINCE, thresholds: { ...DEFAULT_THRESHOLDS, missingEstimateGraceMinutes: 0 } }, ['created']],
    ['0 points counts as estimated', { ...unestimatedNew, storyPoints: 0 }, {}, []],
    ['done', { ...unestimatedNew, statusCategory: 'done' }, {}, []],
    ['a type not estimated', { ...unestimatedNew, issueType: 'Epic' }, {}, []],
    ['deleted', { ...unestimatedNew, deleted: true }, {}, []],
    ['time project: points are no original estimate', { ...unestimatedNew, storyPoints: 5 }, { estimation: 'time' }, ['created']],
    ['time project: an original estimate of 0 counts', { ...unestimatedNew, originalEstimate: 0 }, { estimation: 'time' }, []],
    ['in the active sprint', { storyPoints: undefined, sprintId: ACTIVE_SPRINT }, {}, [`sprint:${ACTIVE_SPRINT}`]],
    ['in a future sprint', { storyPoints: undefined, sprintId: FUTURE_SPRINT }, {}, []],
    ['in no sprint, created before watching', { storyPoints: undefined, sprintId: 0 }, {}, []],
    ['in the active sprint with 0 points', { storyPoints: 0, sprintId: ACTIVE_SPRINT }, {}, []],
    ['in the active sprint but done', { storyPoints: undefined, sprintId: ACTIVE_SPRINT, statusCategory: 'done' }, {}, []],
    ['in the active sprint, a type not estimated', { storyPoints: undefined, sprintId: ACTIVE_SPRINT, issueType: 'Epic' }, {}, []],
    ['in the active sprint, time project without original estimate', { sprintId: ACTIVE_SPRINT }, { estimation: 'time' }, [`sprint:${ACTIVE_SPRINT}`]],
    ['new and in the active sprint: both causes', { ...unestimatedNew, sprintId: ACTIVE_SPRINT }, {}, ['created', `sprint:${ACTIVE_SPRINT}`]],
  ])('%s', (_name, issueOverrides, contextOverrides, causes) => {
    expect(causesOf('missing-estimate', issueOverrides, contextOverrides)).toEqual(causes);
  });
});

describe('stuck', () => {
  const fiveDays = 5 * DAY;
  test.each<Case>([
    ['exactly stuckDays in progress', { statusCategoryChangedAt: NOW - fiveDays }, {}, []],
    ['a millisecond over stuckDays', { statusCategoryChangedAt: NOW - fiveDays - 1 }, {}, [`since:${NOW - fiveDays - 1}`]],
    ['to do for long', { statusCategory: 'new', statusCategoryChangedAt: NOW - 9 * DAY }, {}, []],
    ['done for long', { statusCategory: 'done', statusCategoryChangedAt: NOW - 9 * DAY }, {}, []],
    ['unknown category', { statusCategory: undefined, statusCategoryChangedAt: NOW - 9 * DAY }, {}, []],
    ['no category change date', { statusCategoryChangedAt: undefined }, {}, []],
    ['a change date in the future', { statusCategoryChangedAt: NOW + DAY }, {}, []],
    ['a lower stuckDays', { statusCategoryChangedAt: NOW - 3 * DAY }, { thresholds: { ...DEFAULT_THRESHOLDS, stuckDays: 2 } }, [`since:${NOW - 3 * DAY}`]],
    ['deleted', { statusCategoryChangedAt: NOW - 9 * DAY, deleted: true }, {}, []],
  ])('%s', (_name, issueOverrides, contextOverrides, causes) => {
    expect(causesOf('stuck', issueOverrides, contextOverrides)).toEqual(causes);
  });
});

describe('over-estimate', () => {
  test.each<Case>([
    ['ratio exactly equal is not over', { originalEstimate: 10 * 3600, timeSpent: 12 * 3600 }, {}, []],
    ['a second over the ratio', { originalEstimate: 10 * 3600, timeSpent: 12 * 3600 + 1 }, {}, ['time']],
    ['exactly 1.15 times, which floats compute as less', { originalEstimate: 100, timeSpent: 115 }, { thresholds: { ...DEFAULT_THRESHOLDS, overEstimateRatio: 1.15 } }, []],
    ['a second over 1.15 times', { originalEstimate: 100, timeSpent: 116 }, { thresholds: { ...DEFAULT_THRESHOLDS, overEstimateRatio: 1.15 } }, ['time']],
    ['ratio 1: spent equals estimate', { originalEstimate: 3600, timeSpent: 3600 }, { thresholds: { ...DEFAULT_THRESHOLDS, overEstimateRatio: 1 } }, []],
    ['ratio 1: a second more', { originalEstimate: 3600, timeSpent: 3601 }, { thresholds: { ...DEFAULT_THRESHOLDS, overEstimateRatio: 1 } }, ['time']],
    ['an original estimate of 0', { originalEstimate: 0, timeSpent: 3600 }, {}, []],
    ['no original estimate', { originalEstimate: undefined, timeSpent: 3600 }, {}, []],
    ['no time spent', { originalEstimate: 3600, timeSpent: undefined }, {}, []],
    ['done still counts', { originalEstimate: 3600, timeSpent: 7200, statusCategory: 'done' }, {}, ['time']],
    ['any issue type counts', { originalEstimate: 3600, timeSpent: 7200, issueType: 'Epic' }, {}, ['time']],
    ['deleted', { originalEstimate: 3600, timeSpent: 7200, deleted: true }, {}, []],
  ])('%s', (_name, issueOverrides, contextOverrides, causes) => {
    expect(causesOf('over-estimate', issueOverrides, contextOverrides)).toEqual(causes);
  });
});

describe('remaining-zero', () => {
  test.each<Case>([
    ['0 remaining, time spent, in progress', { remainingEstimate: 0, timeSpent: 1 }, {}, ['time']],
    ['0 remaining, time spent, to do', { remainingEstimate: 0, timeSpent: 60, statusCategory: 'new' }, {}, ['time']],
    ['0 remaining, time spent, unknown category', { remainingEstimate: 0, timeSpent: 60, statusCategory: undefined }, {}, ['time']],
    ['0 remaining but done', { remainingEstimate: 0, timeSpent: 60, statusCategory: 'done' }, {}, []],
    ['0 remaining, no time spent', { remainingEstimate: 0, timeSpent: 0 }, {}, []],
    ['0 remaining, time spent empty', { remainingEstimate: 0, timeSpent: undefined }, {}, []],
    ['remaining empty', { remainingEstimate: undefined, timeSpent: 60 }, {}, []],
    ['some remaining', { remainingEstimate: 60, timeSpent: 60 }, {}, []],
    ['deleted', { remainingEstimate: 0, timeSpent: 60, deleted: true }, {}, []],
  ])('%s', (_name, issueOverrides, contextOverrides, causes) => {
    expect(causesOf('remaining-zero', issueOverrides, contextOverrides)).toEqual(causes);
  });
});

describe('unestimated-work', () => {
  test.each<Case>([
    ['no points, a second spent', { storyPoints: undefined, timeSpent: 1 }, {}, ['time']],
    ['0 points counts as estimated', { storyPoints: 0, timeSpent: 3600 }, {}, []],
    ['no points, no time spent', { storyPoints: undefined, timeSpent: 0 }, {}, []],
    ['no points, time spent empty', { storyPoints: undefined, timeSpent: undefined }, {}, []],
    ['done', { storyPoints: undefined, timeSpent: 3600, statusCategory: 'done' }, {}, []],
    ['a type not estimated', { storyPoints: undefined, timeSpent: 3600, issueType: 'Epic' }, {}, []],
    ['time project: points are no original estimate', { storyPoints: 5, timeSpent: 3600 }, { estimation: 'time' }, ['time']],
    ['time project: an original estimate of 0 counts', { originalEstimate: 0, timeSpent: 3600 }, { estimation: 'time' }, []],
    ['deleted', { storyPoints: undefined, timeSpent: 3600, deleted: true }, {}, []],
  ])('%s', (_name, issueOverrides, contextOverrides, causes) => {
    expect(causesOf('unestimated-work', issueOverrides, contextOverrides)).toEqual(causes);
  });
});

describe('stateFindings', () => {
  const everything: Partial<IssueFacts> = {
    ...unestimatedNew,
    statusCategory: 'indeterminate',
    sprintId: ACTIVE_SPRINT,
    statusCategoryChangedAt: NOW - 6 * DAY,
    originalEstimate: 10 * 3600,
    remainingEstimate: 0,
    timeSpent: 12.5 * 3600,
  };

  test.each<[boolean, number]>([
    [false, 6],
    [true, 0],
  ])('an issue for which every rule holds, deleted %p, yields %p findings', (deleted, count) => {
    expect(stateFindings(issue({ ...everything, deleted }), context())).toHaveLength(count);
  });

  it('yields nothing for an estimated issue recently in progress', () => {
    expect(stateFindings(issue(), context())).toEqual([]);
  });

  it('names the issue, the figures and the numbers used', () => {
    const findings = stateFindings(issue(everything), context());
    expect(findings).toEqual([
      {
        kind: 'missing-estimate',
        subject: '10001',
        cause: 'created',
        severity: 'info',
        explanation: 'SIAS-1 (Story) has no story points 60 minutes after it was created at 2026-11-02 09:00 UTC.',
        facts: { issueKey: 'SIAS-1', estimation: 'points', createdAt: WATCHING_SINCE, graceMinutes: 60 },
      },
      {
        kind: 'missing-estimate',
        subject: '10001',
        cause: 'sprint:7',
        severity: 'warning',
        explanation: 'SIAS-1 (Story) is in active sprint 7 with no story points.',
        facts: { issueKey: 'SIAS-1', estimation: 'points', sprintId: 7 },
      },
      {
        kind: 'stuck',
        subject: '10001',
        cause: `since:${NOW - 6 * DAY}`,
        severity: 'warning',
        explanation: 'SIAS-1 has been in progress (status "In Progress") since 2026-11-06 09:00 UTC, more than 5 days.',
        facts: { issueKey: 'SIAS-1', since: NOW - 6 * DAY, stuckDays: 5, status: 'In Progress' },
      },
      {
        kind: 'over-estimate',
        subject: '10001',
        cause: 'time',
        severity: 'warning',
        explanation: 'SIAS-1 has 12.5 h logged against an original estimate of 10 h, more than 1.2 times the estimate.',
        facts: { issueKey: 'SIAS-1', originalEstimate: 36000, timeSpent: 45000, overEstimateRatio: 1.2 },
      },
      {
        kind: 'remaining-zero',
        subject: '10001',
        cause: 'time',
        severity: 'info',
        explanation: 'SIAS-1 has 0 h remaining and 12.5 h logged, but is not done.',
        facts: { issueKey: 'SIAS-1', remainingEstimate: 0, timeSpent: 45000 },
      },
      {
        kind: 'unestimated-work',
        subject: '10001',
        cause: 'time',
        severity: 'info',
        explanation: 'SIAS-1 has 12.5 h logged but no story points.',
        facts: { issueKey: 'SIAS-1', estimation: 'points', timeSpent: 45000 },
      },
    ]);
  });

  it('speaks of original estimates in a time project', () => {
    const findings = stateFindings(issue({ sprintId: ACTIVE_SPRINT, timeSpent: 20 * 60 }), context({ estimation: 'time' }));
    expect(findings.map((finding) => finding.explanation)).toEqual([
      'SIAS-1 (Story) is in active sprint 7 with no original estimate.',
      'SIAS-1 has 0.33 h logged but no original estimate.',
    ]);
  });

  it('names the sprint when its name is known', () => {
    const findings = stateFindings(issue({ sprintId: ACTIVE_SPRINT, storyPoints: undefined }), context({ sprintNames: new Map([[ACTIVE_SPRINT, 'Sprint 12']]) }));
    expect(findings.map((finding) => finding.explanation)).toContain('SIAS-1 (Story) is in active sprint "Sprint 12" with no story points.');
  });

  it('leaves the status out of a stuck explanation when it is unknown', () => {
    const [finding] = stateFindings(issue({ status: undefined, statusCategoryChangedAt: NOW - 6 * DAY }), context());
    expect(finding?.explanation).toBe('SIAS-1 has been in progress since 2026-11-06 09:00 UTC, more than 5 days.');
    expect(finding?.facts).not.toHaveProperty('status');
  });

  it('is unaffected by how long ago the grace ended', () => {
    expect(causesOf('missing-estimate', unestimatedNew, { now: NOW + 100 * HOUR })).toEqual(['created']);
  });
});
