import { adfDoc, adfMention, adfText } from '../../../../emulator/jira/model/adf';
import { MINUTE, now, recordChanges, smallSite } from './small-site';

describe('JiraSiteState notifies one SiteChange per mutation', () => {
  it('notifies a create with a shallow copy of the new issue, and nothing before anyone listens', () => {
    const { state, alice, create } = smallSite();
    const unseen = create('Story');
    const changes = recordChanges(state);
    const issue = create('Story', { summary: 'Seen' }, alice, now + MINUTE);
    expect(changes).toEqual([{ kind: 'issue-created', issueId: issue.id, actorId: alice, at: now + MINUTE, before: undefined, after: issue }]);
    expect(changes[0]!.kind === 'issue-created' && changes[0]!.after).not.toBe(issue);
    expect(changes.some((c) => 'issueId' in c && c.issueId === unseen.id)).toBe(false);
  });

  it('notifies an edit with the history written and before/after copies that keep the old version', () => {
    const { state, bob, create } = smallSite();
    const issue = create('Task', { summary: 'Old' });
    const changes = recordChanges(state);
    const history = state.editIssueFields(issue.id, { summary: 'New', labels: ['ux'] }, bob, now + MINUTE);
    expect(state.editIssueFields(issue.id, { summary: 'New' }, bob, now + 2 * MINUTE)).toBeNull();
    expect(changes).toHaveLength(1);
    const change = changes[0]!;
    if (change.kind !== 'issue-updated') throw new Error(change.kind);
    expect(change).toMatchObject({ issueId: issue.id, actorId: bob, at: now + MINUTE });
    expect(change.history).toBe(history);
    expect([change.before.summary, change.before.labels, change.before.updated]).toEqual(['Old', [], now]);
    expect([change.after.summary, change.after.labels, change.after.updated]).toEqual(['New', ['ux'], now + MINUTE]);
    // Shallow: scalars and replaced arrays are frozen, the changelog array is still the live one.
    expect(change.after).not.toBe(issue);
    expect(change.before.changelog).toBe(issue.changelog);
  });

  it('notifies transitions, and one change per subtask following its parent into a sprint', () => {
    const { state, alice, active, statuses, create } = smallSite();
    const story = create('Story');
    const sub = create('Subtask', { parentId: story.id });
    const changes = recordChanges(state);
    state.transitionIssue(story.id, statuses.done, alice, now + MINUTE);
    state.editIssueFields(story.id, { sprintIds: [active.id] }, alice, now + 2 * MINUTE);
    expect(changes.map((c) => [c.kind, 'issueId' in c ? c.issueId : null])).toEqual([
      ['issue-updated', story.id],
      ['issue-updated', story.id],
      ['issue-updated', sub.id],
    ]);
    const [done] = changes;
    expect(done?.kind === 'issue-updated' && [done.before.statusId, done.after.statusId, done.history.items.map((i) => i.field)]).toEqual([statuses.todo, statuses.done, ['resolution', 'status']]);
  });

  it('notifies comments and their edits with copies of the comment, and worklogs with their history', () => {
    const { state, alice, bob, create } = smallSite();
    const issue = create('Bug', { originalEstimateSeconds: 3600, remainingEstimateSeconds: 3600 });
    const changes = recordChanges(state);
    const comment = state.addComment(issue.id, adfDoc([adfText('first')]), alice, now + MINUTE);
    const edited = adfDoc([adfText('first, then '), adfMention(bob, 'Bob')]);
    state.editComment(issue.id, comment.id, edited, alice, now + 2 * MINUTE);
    const worklog = state.addWorklog(issue.id, { started: now, timeSpentSeconds: 5400 }, bob, now + 3 * MINUTE);
    expect(changes.map((c) => c.kind)).toEqual(['comment-created', 'comment-updated', 'worklog-created']);
    const [created, updated, logged] = changes;
    if (created?.kind !== 'comment-created' || updated?.kind !== 'comment-updated' || logged?.kind !== 'worklog-created') throw new Error('kinds');
    expect(created.comment).toEqual({ ...comment, body: adfDoc([adfText('first')]), updated: now + MINUTE });
    expect(created.comment).not.toBe(comment);
    expect([updated.previous.body, updated.comment.body, updated.comment.updated]).toEqual([adfDoc([adfText('first')]), edited, now + 2 * MINUTE]);
    expect([updated.before.updated, updated.after.updated]).toEqual([now + MINUTE, now + 2 * MINUTE]);
    expect(logged).toMatchObject({ issueId: issue.id, actorId: bob, worklog: { ...worklog } });
    expect(logged.history.items.map((i) => i.field)).toEqual(['timespent', 'timeestimate', 'WorklogId']);
    expect([logged.before.timeSpentSeconds, logged.after.timeSpentSeconds, logged.after.remainingEstimateSeconds]).toEqual([null, 5400, 0]);
  });

  it('notifies a delete with a snapshot, subtasks first and marked cascaded, and epic children losing their parent', () => {
    const { state, carol, create } = smallSite();
    const epic = create('Epic');
    const story = create('Story', { parentId: epic.id, summary: 'Going' });
    const sub = create('Subtask', { parentId: story.id });
    const changes = recordChanges(state);
    state.deleteIssue(epic.id, carol, now + MINUTE);
    state.deleteIssue(story.id, carol, now + 2 * MINUTE);
    expect(changes.map((c) => [c.kind, 'issueId' in c ? c.issueId : null, c.kind === 'issue-deleted' ? c.cascaded : null])).toEqual([
      ['issue-updated', story.id, null],
      ['issue-deleted', epic.id, false],
      ['issue-deleted', sub.id, true],
      ['issue-deleted', story.id, false],
    ]);
    const storyDeleted = changes[3]!;
    expect(storyDeleted).toMatchObject({ actorId: carol, at: now + 2 * MINUTE, after: undefined, before: { id: story.id, key: story.key, summary: 'Going', parentId: null } });
  });

  it('notifies sprint creation, start and close, then each unfinished issue the close moves', () => {
    const { state, alice, bob, board, active, future, statuses, create } = smallSite();
    const next = future[0]!;
    const open = create('Story', { sprintIds: [active.id] });
    const finished = create('Story', { sprintIds: [active.id] });
    state.transitionIssue(finished.id, statuses.done, alice, now);
    const changes = recordChanges(state);
    const planned = state.createSprint({ boardId: board.id, name: 'Later', goal: '', createdDate: now, startDate: null, endDate: null }, bob);
    state.closeSprint(active.id, alice, now + MINUTE, next.id);
    state.startSprint(next.id, now + 2 * MINUTE, now + 14 * 86_400_000);
    const sprintChanges = changes.filter((c) => c.kind.startsWith('sprint-'));
    expect(sprintChanges).toEqual([
      { kind: 'sprint-created', sprint: { ...planned }, actorId: bob, at: now },
      { kind: 'sprint-closed', sprint: expect.objectContaining({ id: active.id, state: 'closed', completeDate: now + MINUTE }), actorId: alice, at: now + MINUTE },
      { kind: 'sprint-started', sprint: expect.objectContaining({ id: next.id, state: 'active' }), actorId: null, at: now + 2 * MINUTE },
    ]);
    const closeIndex = changes.indexOf(sprintChanges[1]!);
    const moved = changes.slice(closeIndex + 1, changes.indexOf(sprintChanges[2]!));
    expect(moved.every((c) => c.kind === 'issue-updated' && c.history.items[0]?.field === 'Sprint')).toBe(true);
    const movedIds = moved.map((c) => ('issueId' in c ? c.issueId : ''));
    expect(movedIds).toContain(open.id);
    expect(movedIds).not.toContain(finished.id);
    // The copy in the change stays as it was when notified.
    expect(sprintChanges[1]!.kind === 'sprint-closed' && sprintChanges[1]!.sprint).not.toBe(active);
  });

  it('stops notifying a listener once unsubscribed, others keep theirs', () => {
    const { state, create } = smallSite();
    const kept = recordChanges(state);
    const dropped: unknown[] = [];
    const unsubscribe = state.onChange((c) => dropped.push(c));
    create('Task');
    unsubscribe();
    create('Task');
    expect([kept.length, dropped.length]).toEqual([2, 1]);
  });
});
