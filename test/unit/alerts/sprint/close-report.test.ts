import { sprintCloseReport, type ClosedSprint } from '../../../../src/alerts/sprint/close-report';
import type { IssueTimeline } from '../../../../src/alerts/sprint/issue-timeline';
import { sprintCloseReportSchema } from '../../../../src/alerts/sprint/reports';
import { DONE, IN_PROGRESS, IssueStory, TODO, at, categoryOfStatus } from './fixtures';

const SPRINT: ClosedSprint = { id: 2, boardId: 1, name: 'Sprint 2', startedAt: at(100), completedAt: at(200) };
const NEXT = 3;

/** The issues' lives up to the close; Jira moves the unfinished ones to the next sprint at the close's very time. */
function stories(): Record<string, IssueStory> {
  return {
    completed: new IssueStory('SIAS-1', at(0), { sprintIds: [2], points: 3 }).change(at(110), { statusId: IN_PROGRESS }).change(at(180), { statusId: DONE }),
    carriedOver: new IssueStory('SIAS-2', at(0), { sprintIds: [1, 2], points: 5 }).change(at(150), { statusId: IN_PROGRESS }).change(at(200), { sprintIds: [1, 2, NEXT] }),
    added: new IssueStory('SIAS-3', at(0), { points: 2 }).change(at(120), { sprintIds: [2] }).change(at(190), { statusId: DONE }),
    addedThenRemoved: new IssueStory('SIAS-4', at(0), { points: 1 }).change(at(130), { sprintIds: [2] }).change(at(150), { sprintIds: [] }).change(at(160), { points: 3 }),
    removedToBacklog: new IssueStory('SIAS-5', at(0), { sprintIds: [2], points: 4 }).change(at(140), { sprintIds: [] }),
    movedToNextSprint: new IssueStory('SIAS-6', at(0), { sprintIds: [2], points: 2 }).change(at(160), { sprintIds: [2, NEXT] }),
    reestimated: new IssueStory('SIAS-7', at(0), { sprintIds: [2], points: 3 })
      .change(at(50), { points: 5 })
      .change(at(120), { points: 8 })
      .change(at(170), { points: 6 })
      .change(at(195), { statusId: DONE }),
    neverInSprint: new IssueStory('SIAS-8', at(0), { points: 8 }).change(at(150), { points: 13 }),
  };
}

function timelines(all: Record<string, IssueStory>): IssueTimeline[] {
  return Object.values(all).map((story) => story.timeline());
}

describe('sprint close report', () => {
  const report = sprintCloseReport(SPRINT, timelines(stories()), categoryOfStatus);

  it('keeps the commitment of the start', () => {
    expect(report.committed).toEqual([
      { issueId: '1', issueKey: 'SIAS-1', points: 3 },
      { issueId: '2', issueKey: 'SIAS-2', points: 5 },
      { issueId: '5', issueKey: 'SIAS-5', points: 4 },
      { issueId: '6', issueKey: 'SIAS-6', points: 2 },
      { issueId: '7', issueKey: 'SIAS-7', points: 5 },
    ]);
    expect(report.committedPoints).toBe(19);
  });

  it('completes the done issues in the sprint at its close, with their points then', () => {
    expect(report.completed).toEqual([
      { issueId: '1', issueKey: 'SIAS-1', points: 3 },
      { issueId: '3', issueKey: 'SIAS-3', points: 2 },
      { issueId: '7', issueKey: 'SIAS-7', points: 6 },
    ]);
    expect(report.completedPoints).toBe(11);
  });

  it('lists the issues added after the start, with their points when added', () => {
    expect(report.added).toEqual([
      { issueId: '3', issueKey: 'SIAS-3', points: 2, addedAt: at(120) },
      { issueId: '4', issueKey: 'SIAS-4', points: 1, addedAt: at(130) },
    ]);
    expect(report.addedPoints).toBe(3);
  });

  it('lists the issues that left before the close, where they went and their points then', () => {
    expect(report.removed).toEqual([
      { issueId: '4', issueKey: 'SIAS-4', points: 1, removedAt: at(150), toSprintId: 0 },
      { issueId: '5', issueKey: 'SIAS-5', points: 4, removedAt: at(140), toSprintId: 0 },
      { issueId: '6', issueKey: 'SIAS-6', points: 2, removedAt: at(160), toSprintId: NEXT },
    ]);
    expect(report.removedPoints).toBe(7);
  });

  it('lists the re-estimates made during the sprint while in it, not before the start', () => {
    expect(report.reestimates).toEqual([
      { issueId: '7', issueKey: 'SIAS-7', at: at(120), from: 5, to: 8, delta: 3 },
      { issueId: '7', issueKey: 'SIAS-7', at: at(170), from: 8, to: 6, delta: -2 },
    ]);
    expect(report.reestimateDelta).toBe(1);
  });

  it('carries over the unfinished issues in the sprint at its close', () => {
    expect(report.carryOver).toEqual([{ issueId: '2', issueKey: 'SIAS-2', points: 5 }]);
    expect(report.carryOverPoints).toBe(5);
  });

  it('gives the completion ratio of points', () => {
    expect(report.completionRatio).toBe(11 / 19);
  });

  it('reads back from JSON and its schema unchanged', () => {
    const stored = JSON.parse(JSON.stringify(report)) as unknown;
    expect(stored).toStrictEqual(report);
    expect(sprintCloseReportSchema.parse(stored)).toStrictEqual(report);
  });

  it('is unchanged by what happens after the close', () => {
    const later = stories();
    later.completed?.change(at(210), { statusId: TODO, points: 1, sprintIds: [2, NEXT] });
    later.carriedOver?.change(at(220), { points: 1, statusId: DONE });
    later.added?.change(at(230), { sprintIds: [2, NEXT], points: 20 });
    later.reestimated?.change(at(240), { points: 2 });
    later.removedToBacklog?.change(at(250), { sprintIds: [NEXT] });
    const next = new IssueStory('SIAS-9', at(205), { sprintIds: [NEXT], points: 5 });
    const afterwards = sprintCloseReport(SPRINT, [...timelines(later), next.timeline()], categoryOfStatus);
    expect(afterwards).toStrictEqual(report);
  });

  it('reads the issues in any order', () => {
    expect(sprintCloseReport(SPRINT, timelines(stories()).reverse(), categoryOfStatus)).toStrictEqual(report);
  });
});

describe('sprint close report edges', () => {
  it('counts a re-estimate made exactly at the start as part of the commitment', () => {
    const issue = new IssueStory('SIAS-1', at(0), { sprintIds: [2], points: 3 }).change(at(100), { points: 5 }).timeline();
    const report = sprintCloseReport(SPRINT, [issue], categoryOfStatus);
    expect(report.committedPoints).toBe(5);
    expect(report.reestimates).toEqual([]);
  });

  it('counts estimating and clearing points as deltas from and to nothing', () => {
    const issue = new IssueStory('SIAS-1', at(0), { sprintIds: [2] }).change(at(110), { points: 3 }).change(at(120), { points: undefined }).timeline();
    const report = sprintCloseReport(SPRINT, [issue], categoryOfStatus);
    expect(report.reestimates).toEqual([
      { issueId: '1', issueKey: 'SIAS-1', at: at(110), to: 3, delta: 3 },
      { issueId: '1', issueKey: 'SIAS-1', at: at(120), from: 3, delta: -3 },
    ]);
    expect(report.committed).toEqual([{ issueId: '1', issueKey: 'SIAS-1' }]);
    expect(report.carryOver).toEqual([{ issueId: '1', issueKey: 'SIAS-1' }]);
  });

  it('reads status and points at the very time of the close, the sprint just before it', () => {
    const issue = new IssueStory('SIAS-1', at(0), { sprintIds: [2], points: 3 }).change(at(200), { statusId: DONE, points: 2 }).timeline();
    const report = sprintCloseReport(SPRINT, [issue], categoryOfStatus);
    expect(report.completed).toEqual([{ issueId: '1', issueKey: 'SIAS-1', points: 2 }]);
    expect(report.carryOver).toEqual([]);
  });

  it('has no completion ratio when nothing was committed in points', () => {
    const issue = new IssueStory('SIAS-1', at(0), { points: 3 }).change(at(110), { sprintIds: [2] }).change(at(150), { statusId: DONE }).timeline();
    const report = sprintCloseReport(SPRINT, [issue], categoryOfStatus);
    expect(report.committedPoints).toBe(0);
    expect(report.completedPoints).toBe(3);
    expect('completionRatio' in report).toBe(false);
  });

  it('takes points set with the move that adds or removes an issue as its points then, not as a re-estimate', () => {
    const issue = new IssueStory('SIAS-1', at(0), { points: 3 })
      .change(at(110), { sprintIds: [2], points: 5 })
      .change(at(150), { sprintIds: [], points: 8 })
      .timeline();
    const report = sprintCloseReport(SPRINT, [issue], categoryOfStatus);
    expect(report.added).toEqual([{ issueId: '1', issueKey: 'SIAS-1', points: 5, addedAt: at(110) }]);
    expect(report.removed).toEqual([{ issueId: '1', issueKey: 'SIAS-1', points: 8, removedAt: at(150), toSprintId: 0 }]);
    expect(report.reestimates).toEqual([]);
  });

  it('counts an issue that left and came back once: added at its first return, not removed', () => {
    const issue = new IssueStory('SIAS-1', at(0), { points: 3 })
      .change(at(110), { sprintIds: [2] })
      .change(at(120), { sprintIds: [] })
      .change(at(130), { points: 4, sprintIds: [2] })
      .timeline();
    const report = sprintCloseReport(SPRINT, [issue], categoryOfStatus);
    expect(report.added).toEqual([{ issueId: '1', issueKey: 'SIAS-1', points: 3, addedAt: at(110) }]);
    expect(report.removed).toEqual([]);
    expect(report.carryOver).toEqual([{ issueId: '1', issueKey: 'SIAS-1', points: 4 }]);
  });
});
