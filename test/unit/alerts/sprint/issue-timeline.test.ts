import { IssueTimeline } from '../../../../src/alerts/sprint/issue-timeline';
import { DONE, FIELDS, IN_PROGRESS, IssueStory, TODO, at, entry, jiraTime, pointsItem, sprintItem } from './fixtures';

describe('rewinding an issue from its current values', () => {
  const story = new IssueStory('SIAS-1', undefined, { points: undefined, statusId: TODO })
    .change(at(10), { points: 3, assigneeId: 'alice' })
    .change(at(20), { statusId: IN_PROGRESS, sprintIds: [12] })
    .change(at(30), { points: 5, assigneeId: 'bob' })
    .change(at(40), { statusId: DONE, points: undefined, sprintIds: [12, 13] });
  const timeline = story.timeline();

  it('gives each field the value it had between its changes', () => {
    expect([at(5), at(15), at(25), at(35), at(45)].map((t) => timeline.pointsAt(t))).toEqual([undefined, 3, 3, 5, undefined]);
    expect([at(5), at(15), at(25), at(35), at(45)].map((t) => timeline.statusIdAt(t))).toEqual([TODO, TODO, IN_PROGRESS, IN_PROGRESS, DONE]);
    expect([at(5), at(15), at(25), at(35), at(45)].map((t) => timeline.assigneeAt(t))).toEqual([undefined, 'alice', 'alice', 'bob', 'bob']);
    expect([at(5), at(25), at(45)].map((t) => timeline.sprintIdsAt(t))).toEqual([[], [12], [12, 13]]);
  });

  it('rewinds the original estimate, which travels in seconds', () => {
    const estimated = new IssueStory('SIAS-9', undefined).change(at(10), { originalEstimate: 3600 }).change(at(20), { originalEstimate: 0 }).timeline();
    expect([at(5), at(15), at(25)].map((t) => estimated.originalEstimateAt(t))).toEqual([undefined, 3600, 0]);
  });

  it('counts a change made exactly at t as already made', () => {
    expect(timeline.pointsAt(at(30))).toBe(5);
    expect(timeline.pointsAt(at(30) - 1)).toBe(3);
    expect(timeline.sprintIdsAt(at(40))).toEqual([12, 13]);
    expect(timeline.sprintIdsAt(at(40) - 1)).toEqual([12]);
  });

  it('reads the changelog in time order whatever order it comes in', () => {
    const shuffled = new IssueTimeline(story.now(), story.entries().reverse(), FIELDS);
    expect([at(5), at(15), at(35), at(45)].map((t) => shuffled.pointsAt(t))).toEqual([undefined, 3, 5, undefined]);
  });

  it('orders entries of the same millisecond by id', () => {
    const first = { ...entry(at(10), pointsItem(1, 2)), id: '99' };
    const second = { ...entry(at(10), pointsItem(2, 4)), id: '100' };
    const now = { issueId: '2', issueKey: 'SIAS-2', sprintIds: [], points: 4, statusId: TODO, assigneeId: undefined };
    expect(new IssueTimeline(now, [second, first], FIELDS).pointsAt(at(9))).toBe(1);
  });

  it('reads only the configured fields, by field id', () => {
    const otherPoints = { ...pointsItem(7, 9), fieldId: 'customfield_10026', field: 'Story Points' };
    const now = { issueId: '3', issueKey: 'SIAS-3', sprintIds: [], points: 2, statusId: TODO, assigneeId: undefined };
    expect(new IssueTimeline(now, [entry(at(10), otherPoints)], FIELDS).pointsAt(at(5))).toBe(2);
  });

  it('reads fractional points and Jira-formatted dates', () => {
    const now = { issueId: '4', issueKey: 'SIAS-4', sprintIds: [], points: 2, statusId: TODO, assigneeId: undefined };
    const changelog = [{ id: '1', created: jiraTime(at(10)).replace('+0000', '+0200'), items: [pointsItem(0.5, 2)] }];
    const timeline4 = new IssueTimeline(now, changelog, FIELDS);
    // +0200 puts the change two hours before at(10) UTC.
    expect(timeline4.pointsAt(at(10) - 120 * 60_000 - 1)).toBe(0.5);
    expect(timeline4.pointsAt(at(10) - 120 * 60_000)).toBe(2);
  });
});

describe('an issue created after t', () => {
  const timeline = new IssueStory('SIAS-5', at(50), { sprintIds: [12], points: 3, statusId: TODO, assigneeId: 'alice' }).change(at(60), { points: 5 }).timeline();

  it('has no value before its creation', () => {
    expect(timeline.existsAt(at(49))).toBe(false);
    expect(timeline.sprintIdsAt(at(49))).toEqual([]);
    expect(timeline.pointsAt(at(49))).toBeUndefined();
    expect(timeline.statusIdAt(at(49))).toBeUndefined();
    expect(timeline.assigneeAt(at(49))).toBeUndefined();
    expect(timeline.inSprintAt({ id: 12 }, at(49))).toBe(false);
  });

  it('has its first values from its creation on', () => {
    expect(timeline.existsAt(at(50))).toBe(true);
    expect(timeline.sprintIdsAt(at(50))).toEqual([12]);
    expect(timeline.pointsAt(at(50))).toBe(3);
    expect(timeline.statusIdAt(at(50))).toBe(TODO);
    expect(timeline.assigneeAt(at(50))).toBe('alice');
  });

  it('enters a sprint it was created in at its creation', () => {
    expect(timeline.sprintStints({ id: 12 })).toEqual([{ enteredAt: at(50), leftAt: undefined }]);
  });
});

describe('being in a sprint', () => {
  const sprint = { id: 12, completedAt: at(100) };
  const timeline = new IssueStory('SIAS-6', undefined, { sprintIds: [11] })
    .change(at(10), { sprintIds: [11, 12] })
    .change(at(20), { sprintIds: [11] })
    .change(at(30), { sprintIds: [11, 12] })
    .change(at(100), { sprintIds: [11, 12, 13] })
    .timeline();

  it('holds while the sprint is the last of the field and has not closed', () => {
    expect(timeline.inSprintAt(sprint, at(5))).toBe(false);
    expect(timeline.inSprintAt(sprint, at(10))).toBe(true);
    expect(timeline.inSprintAt(sprint, at(20))).toBe(false);
    expect(timeline.inSprintAt(sprint, at(99))).toBe(true);
    expect(timeline.inSprintAt({ id: 11 }, at(5))).toBe(true);
  });

  it('ends when the sprint closes, even if the field still ends with it', () => {
    const staying = new IssueStory('SIAS-7', undefined, { sprintIds: [12] }).timeline();
    expect(staying.inSprintAt(sprint, at(100) - 1)).toBe(true);
    expect(staying.inSprintAt(sprint, at(100))).toBe(false);
    expect(staying.sprintStints(sprint)).toEqual([{ enteredAt: Number.NEGATIVE_INFINITY, leftAt: at(100) }]);
  });

  it('lists every stay, the last one ended by the close', () => {
    expect(timeline.sprintStints(sprint)).toEqual([
      { enteredAt: at(10), leftAt: at(20) },
      { enteredAt: at(30), leftAt: at(100) },
    ]);
  });

  it('without a close, ends a stay only when the field moves on', () => {
    expect(timeline.sprintStints({ id: 12 })).toEqual([
      { enteredAt: at(10), leftAt: at(20) },
      { enteredAt: at(30), leftAt: at(100) },
    ]);
    expect(timeline.sprintStints({ id: 13 })).toEqual([{ enteredAt: at(100), leftAt: undefined }]);
  });

  it('reads the instant before the close as in the sprint, though the close moved the issue on', () => {
    expect(timeline.inSprintAt(sprint, at(100))).toBe(false);
    expect(timeline.inSprintJustBefore(sprint, at(100))).toBe(true);
    expect(timeline.inSprintJustBefore(sprint, at(20))).toBe(true);
    expect(timeline.inSprintJustBefore(sprint, at(30))).toBe(false);
  });

  it('reads several sprint ids from one item', () => {
    const now = { issueId: '8', issueKey: 'SIAS-8', sprintIds: [12, 13], points: undefined, statusId: TODO, assigneeId: undefined };
    const timeline8 = new IssueTimeline(now, [entry(at(10), sprintItem([4, 12], [12, 13]))], FIELDS);
    expect(timeline8.sprintIdsAt(at(5))).toEqual([4, 12]);
    expect(timeline8.inSprintAt({ id: 12 }, at(5))).toBe(true);
    expect(timeline8.inSprintAt({ id: 12 }, at(10))).toBe(false);
  });
});
