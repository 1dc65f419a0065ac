import { DEFAULT_THRESHOLDS, dedupKey } from '../../../../src/alerts/model';
import { sprintStartReportSchema, type SprintCloseReport } from '../../../../src/alerts/sprint/reports';
import { sprintStartFindings, sprintStartReport, type StartedSprint } from '../../../../src/alerts/sprint/start-report';
import { IssueTimeline } from '../../../../src/alerts/sprint/issue-timeline';
import { DONE, FIELDS, IN_PROGRESS, IssueStory, at, categoryOfStatus } from './fixtures';

const SPRINT: StartedSprint = { id: 7, boardId: 1, name: 'Sprint 7', startedAt: at(100) };

const issues = [
  new IssueStory('SIAS-1', at(0), { sprintIds: [7], points: 3, assigneeId: 'alice' }).change(at(150), { statusId: IN_PROGRESS }).timeline(),
  // Re-estimated after the start: the report keeps the points it started with.
  new IssueStory('SIAS-2', at(0), { sprintIds: [6, 7], points: 5, assigneeId: 'bob' }).change(at(120), { points: 8 }).timeline(),
  // Estimated after the start: unestimated at the start all the same.
  new IssueStory('SIAS-10', at(0), { sprintIds: [7], assigneeId: 'alice' }).change(at(110), { points: 2 }).timeline(),
  new IssueStory('SIAS-4', at(0), { sprintIds: [7], points: 2 }).timeline(),
  // Planned in the sprint, then taken out before it started.
  new IssueStory('SIAS-5', at(0), { sprintIds: [7], points: 13, assigneeId: 'alice' }).change(at(90), { sprintIds: [] }).timeline(),
  // Added after the start.
  new IssueStory('SIAS-6', at(0), { points: 1, assigneeId: 'bob' }).change(at(130), { sprintIds: [7] }).timeline(),
  // Created in the sprint after it started.
  new IssueStory('SIAS-7', at(140), { sprintIds: [7], points: 1, assigneeId: 'bob' }).timeline(),
  // Assigned and estimated exactly at the start: counted as made.
  new IssueStory('SIAS-8', at(0), { sprintIds: [7] }).change(at(100), { points: 1, assigneeId: 'bob' }).timeline(),
];

function closeReport(sprintId: number, boardId: number, completedAt: number, completedPoints: number): SprintCloseReport {
  return {
    sprintId,
    boardId,
    sprintName: `Sprint ${sprintId}`,
    startedAt: completedAt - 14 * 86_400_000,
    completedAt,
    committed: [],
    committedPoints: 0,
    completed: [],
    completedPoints,
    added: [],
    addedPoints: 0,
    removed: [],
    removedPoints: 0,
    reestimates: [],
    reestimateDelta: 0,
    carryOver: [],
    carryOverPoints: 0,
  };
}

describe('sprint start report', () => {
  const report = sprintStartReport(SPRINT, issues, [], DEFAULT_THRESHOLDS, categoryOfStatus);

  it('commits the issues in the sprint at its start, with their points then', () => {
    expect(report.committed).toEqual([
      { issueId: '1', issueKey: 'SIAS-1', points: 3 },
      { issueId: '2', issueKey: 'SIAS-2', points: 5 },
      { issueId: '4', issueKey: 'SIAS-4', points: 2 },
      { issueId: '8', issueKey: 'SIAS-8', points: 1 },
      { issueId: '10', issueKey: 'SIAS-10' },
    ]);
    expect(report.committedPoints).toBe(11);
  });

  it('lists the committed issues without points', () => {
    expect(report.unestimated).toEqual([{ issueId: '10', issueKey: 'SIAS-10' }]);
  });

  describe('counts only estimable issues as unestimated', () => {
    const mixed = [
      // A sub-task is not expected to carry points.
      new IssueStory('SIAS-30', at(0), { issueType: 'Sub-task', sprintIds: [7] }).timeline(),
      // Neither is an epic.
      new IssueStory('SIAS-31', at(0), { issueType: 'Epic', sprintIds: [7] }).timeline(),
      // Already done at the start, reopened after it: not estimable at the start.
      new IssueStory('SIAS-32', at(0), { sprintIds: [7], statusId: DONE }).change(at(150), { statusId: IN_PROGRESS }).timeline(),
      // A Story in To Do without points.
      new IssueStory('SIAS-33', at(0), { sprintIds: [7] }).timeline(),
      // Done only after the start: it was estimable then.
      new IssueStory('SIAS-34', at(0), { issueType: 'Bug', sprintIds: [7] }).change(at(120), { statusId: DONE }).timeline(),
      // Done exactly at the start: counted as done then.
      new IssueStory('SIAS-35', at(0), { issueType: 'Task', sprintIds: [7], statusId: IN_PROGRESS }).change(at(100), { statusId: DONE }).timeline(),
      // Of no known type: of none of the estimated types.
      new IssueTimeline({ ...new IssueStory('SIAS-36', at(0), { sprintIds: [7] }).now(), issueType: undefined }, [], FIELDS),
    ];
    const report = sprintStartReport(SPRINT, mixed, [], DEFAULT_THRESHOLDS, categoryOfStatus);

    it('leaves out a committed sub-task or epic without points', () => {
      expect(report.committed.map((issue) => issue.issueKey)).toContain('SIAS-30');
      expect(report.unestimated.map((issue) => issue.issueKey)).not.toContain('SIAS-30');
      expect(report.unestimated.map((issue) => issue.issueKey)).not.toContain('SIAS-31');
    });

    it('leaves out a committed story already done at the start', () => {
      expect(report.unestimated.map((issue) => issue.issueKey)).not.toContain('SIAS-32');
      expect(report.unestimated.map((issue) => issue.issueKey)).not.toContain('SIAS-35');
    });

    it('lists a story in To Do without points, and a bug done only after the start', () => {
      expect(report.unestimated).toEqual([
        { issueId: '33', issueKey: 'SIAS-33' },
        { issueId: '34', issueKey: 'SIAS-34' },
      ]);
    });

    it('leaves out an issue of unknown type', () => {
      expect(report.committed.map((issue) => issue.issueKey)).toContain('SIAS-36');
      expect(report.unestimated.map((issue) => issue.issueKey)).not.toContain('SIAS-36');
    });

    it('takes the estimated types from the thresholds', () => {
      const withSubtasks = sprintStartReport(SPRINT, mixed, [], { ...DEFAULT_THRESHOLDS, estimatedIssueTypes: ['Sub-task'] }, categoryOfStatus);
      expect(withSubtasks.unestimated).toEqual([{ issueId: '30', issueKey: 'SIAS-30' }]);
    });

    it('finds no sprint-unestimated alert for a sprint with only sub-tasks unestimated', () => {
      const subtasks = sprintStartReport(SPRINT, mixed.slice(0, 1), [], DEFAULT_THRESHOLDS, categoryOfStatus);
      expect(subtasks.unestimated).toEqual([]);
      expect(sprintStartFindings(subtasks, { velocityTolerance: 0.1 })).toEqual([]);
    });
  });

  it('judges estimation by the original estimate in a project that estimates in time', () => {
    const timed = [
      new IssueStory('SIAS-20', at(0), { sprintIds: [7], points: 3 }).change(at(120), { originalEstimate: 7200 }).timeline(),
      new IssueStory('SIAS-21', at(0), { sprintIds: [7], originalEstimate: 0 }).timeline(),
    ];
    const report = sprintStartReport(SPRINT, timed, [], DEFAULT_THRESHOLDS, categoryOfStatus, 'time');
    expect(report.unestimated).toEqual([{ issueId: '20', issueKey: 'SIAS-20' }]);
    expect(report.committedPoints).toBe(3);
  });

  it('counts issues and points per assignee at the start, the unassigned apart', () => {
    expect(report.load).toEqual([
      { assigneeId: 'alice', issues: 2, points: 3 },
      { assigneeId: 'bob', issues: 2, points: 6 },
    ]);
    expect(report.unassigned).toEqual({ issues: 1, points: 2 });
  });

  it('has no velocity without close reports', () => {
    expect('velocity' in report).toBe(false);
    expect(report.velocitySprintIds).toEqual([]);
  });

  it('reads back from JSON and its schema unchanged', () => {
    const stored = JSON.parse(JSON.stringify(report)) as unknown;
    expect(stored).toStrictEqual(report);
    expect(sprintStartReportSchema.parse(stored)).toStrictEqual(report);
  });
});

describe('velocity', () => {
  const reports = [
    closeReport(3, 1, at(-3000), 100),
    closeReport(5, 1, at(-1000), 12),
    closeReport(2, 2, at(-500), 1000),
    closeReport(4, 1, at(-2000), 9),
    closeReport(6, 1, at(0), 15),
    // Closed after this sprint started: unknown when it started.
    closeReport(8, 1, at(200), 1000),
  ];

  it('is the mean completed points of the board’s last closes before the start', () => {
    const report = sprintStartReport(SPRINT, issues, reports, { ...DEFAULT_THRESHOLDS, velocitySprints: 3 }, categoryOfStatus);
    expect(report.velocity).toBe(12);
    expect(report.velocitySprintIds).toEqual([6, 5, 4]);
  });

  it('takes as many sprints as there are, up to the setting', () => {
    expect(sprintStartReport(SPRINT, issues, reports, { ...DEFAULT_THRESHOLDS, velocitySprints: 1 }, categoryOfStatus).velocity).toBe(15);
    expect(sprintStartReport(SPRINT, issues, reports, { ...DEFAULT_THRESHOLDS, velocitySprints: 10 }, categoryOfStatus).velocitySprintIds).toEqual([6, 5, 4, 3]);
  });

  it('breaks a tie in completion time by the later sprint id', () => {
    const tied = [closeReport(9, 1, at(0), 30), ...reports];
    expect(sprintStartReport(SPRINT, issues, tied, { ...DEFAULT_THRESHOLDS, velocitySprints: 2 }, categoryOfStatus).velocitySprintIds).toEqual([9, 6]);
  });

  it('is none when the board has closed no sprint before', () => {
    const report = sprintStartReport({ ...SPRINT, boardId: 3 }, issues, reports, { ...DEFAULT_THRESHOLDS, velocitySprints: 3 }, categoryOfStatus);
    expect(report.velocity).toBeUndefined();
  });
});

describe('sprint start findings', () => {
  const base = sprintStartReport(SPRINT, issues, [], DEFAULT_THRESHOLDS, categoryOfStatus);
  const thresholds = { velocityTolerance: 0.1 };
  const estimated = { ...base, unestimated: [] };

  it('finds the sprint over-committed above velocity plus tolerance', () => {
    const findings = sprintStartFindings({ ...estimated, committedPoints: 11.5, velocity: 10, velocitySprintIds: [4, 5, 6] }, thresholds);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ kind: 'sprint-overcommitted', subject: 'sprint:7', cause: 'start', severity: 'warning' });
    expect(finding?.facts).toEqual({ sprintName: 'Sprint 7', committedPoints: 11.5, velocity: 10, velocityTolerance: 0.1, limit: 10 * 1.1, velocitySprints: 3 });
    expect(finding?.explanation).toBe('Sprint "Sprint 7" started with 11.5 committed points, more than its velocity of 10 (mean of the last 3 sprints) plus 10 %.');
  });

  it('does not find it over-committed at exactly velocity plus tolerance', () => {
    expect(sprintStartFindings({ ...estimated, committedPoints: 11, velocity: 10 }, thresholds)).toEqual([]);
    // 3 × 1.2 is 3.5999999999999996 in floating point; 3.6 points are still not over it.
    expect(sprintStartFindings({ ...estimated, committedPoints: 3.6, velocity: 3 }, { velocityTolerance: 0.2 })).toEqual([]);
    expect(sprintStartFindings({ ...estimated, committedPoints: 3.61, velocity: 3 }, { velocityTolerance: 0.2 }).map((f) => f.kind)).toEqual(['sprint-overcommitted']);
  });

  it('does not judge commitment without a velocity', () => {
    expect(sprintStartFindings({ ...estimated, committedPoints: 1000 }, thresholds)).toEqual([]);
  });

  it('finds unestimated committed issues', () => {
    const findings = sprintStartFindings(base, thresholds);
    expect(findings.map(dedupKey)).toEqual(['sprint-unestimated|sprint:7|start']);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.facts).toEqual({ sprintName: 'Sprint 7', unestimatedIssues: 1, committedIssues: 5, issueKeys: 'SIAS-10' });
    expect(findings[0]?.explanation).toBe('Sprint "Sprint 7" started with 1 of its 5 committed issues unestimated: SIAS-10.');
  });
});
