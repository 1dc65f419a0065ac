import { adfDoc, adfMention, adfText } from '../../../../emulator/jira/model/adf';
import { CUSTOM_FIELD_IDS } from '../../../../emulator/jira/model/fields';
import { jiraDateTime } from '../../../../emulator/jira/model/time';
import { generateSite } from '../../../../emulator/jira/seed/generate-site';
import { DEFAULT_EPOCH } from '../../../../emulator/platform/clock';

const now = DEFAULT_EPOCH;
const MINUTE = 60_000;

function site() {
  const state = generateSite({ issues: 60, seed: 5, now });
  const admin = [...state.users.values()].find((u) => u.siteAdmin)!.accountId;
  const board = [...state.boards.values()].find((b) => b.type === 'scrum')!;
  const project = state.projects.get(board.projectId)!;
  const sprints = state.sprintsOfBoard(board.id);
  const active = sprints.find((s) => s.state === 'active')!;
  const future = sprints.filter((s) => s.state === 'future');
  const types = new Map([...state.issueTypes.values()].filter((t) => project.issueTypeIds.includes(t.id)).map((t) => [t.name, t.id]));
  return { state, admin, board, project, active, future, types };
}

describe('JiraSiteState mutations keep the model consistent', () => {
  it('creates issues with the next key and id, indexed everywhere', () => {
    const { state, admin, project, active, types } = site();
    const before = project.issueCounter;
    const issue = state.createIssue({ projectId: project.id, issueTypeId: types.get('Story')!, summary: 'New', statusId: project.statusIds[0]!, sprintIds: [active.id] }, admin, now);
    expect(issue.key).toBe(`${project.key}-${before + 1}`);
    expect(state.issueByKey(issue.key)).toBe(issue);
    expect(state.issuesInProject(project.id)).toContain(issue);
    expect(state.issuesInSprint(active.id)).toContain(issue);
    expect(state.issuesUpdatedBetween(now)).toEqual([issue]);
    expect(issue.priorityId).toBe('3');
    expect(jiraDateTime(issue.created)).toBe('2026-11-02T09:00:00.000+0000');
  });

  it('records field edits as one history with Jira-shaped items and moves the updated index', () => {
    const { state, admin, project, active, future, types } = site();
    const issue = state.createIssue({ projectId: project.id, issueTypeId: types.get('Story')!, summary: 'Old', statusId: project.statusIds[0]!, sprintIds: [active.id] }, admin, now);
    const next = future[0]!;
    const history = state.editIssueFields(issue.id, { summary: 'New', storyPointEstimate: 5, sprintIds: [next.id], labels: [] }, admin, now + MINUTE)!;
    expect(history.items).toEqual([
      { field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: 'Old', to: null, toString: 'New' },
      { field: 'Story point estimate', fieldtype: 'custom', fieldId: CUSTOM_FIELD_IDS.storyPointEstimate, from: null, fromString: null, to: null, toString: '5' },
      { field: 'Sprint', fieldtype: 'custom', fieldId: CUSTOM_FIELD_IDS.sprint, from: String(active.id), fromString: active.name, to: String(next.id), toString: next.name },
    ]);
    expect(state.issuesInSprint(active.id)).not.toContain(issue);
    expect(state.issuesInSprint(next.id)).toContain(issue);
    expect(issue.updated).toBe(now + MINUTE);
    expect(state.issuesUpdatedBetween(now, now + MINUTE)).toEqual([]);
    expect(state.issuesUpdatedBetween(now + MINUTE)).toEqual([issue]);
    expect(state.editIssueFields(issue.id, { summary: 'New' }, admin, now + 2 * MINUTE)).toBeNull();
    expect(issue.updated).toBe(now + MINUTE);
  });

  it('transitions set and clear the resolution, and history ids keep increasing', () => {
    const { state, admin, project, types } = site();
    const issue = state.createIssue({ projectId: project.id, issueTypeId: types.get('Task')!, summary: 'T', statusId: project.statusIds[0]!, sprintIds: [] }, admin, now);
    const done = project.statusIds.find((id) => state.statuses.get(id)?.category === 'done')!;
    const first = state.transitionIssue(issue.id, done, admin, now + MINUTE)!;
    expect(first.items.map((i) => i.field)).toEqual(['resolution', 'status']);
    expect([issue.resolutionId, issue.resolutionDate]).toEqual(['10000', now + MINUTE]);
    const second = state.transitionIssue(issue.id, project.statusIds[0]!, admin, now + 2 * MINUTE)!;
    expect(issue.resolutionId).toBeNull();
    expect(Number(second.id)).toBeGreaterThan(Number(first.id));
  });

  it('logs work against time tracking, adds comments with mentions, and re-parents and deletes', () => {
    const { state, admin, project, types } = site();
    const epic = state.createIssue({ projectId: project.id, issueTypeId: types.get('Epic')!, summary: 'E', statusId: project.statusIds[0]!, sprintIds: [] }, admin, now);
    const story = state.createIssue({ projectId: project.id, issueTypeId: types.get('Story')!, summary: 'S', statusId: project.statusIds[0]!, parentId: epic.id, originalEstimateSeconds: 7200, remainingEstimateSeconds: 7200 }, admin, now);
    const sub = state.createIssue({ projectId: project.id, issueTypeId: types.get('Subtask')!, summary: 'Sub', statusId: project.statusIds[0]!, parentId: story.id }, admin, now);
    expect(state.childrenOf(epic.id)).toEqual([story]);
    state.addWorklog(story.id, { started: now, timeSpentSeconds: 3600 }, admin, now + MINUTE);
    expect([story.timeSpentSeconds, story.remainingEstimateSeconds]).toEqual([3600, 3600]);
    expect(story.changelog.at(-1)!.items.map((i) => i.field)).toEqual(['timespent', 'timeestimate', 'WorklogId']);
    const user = [...state.users.values()][3]!;
    const comment = state.addComment(story.id, adfDoc([adfMention(user.accountId, user.displayName), adfText(' ping')]), admin, now + 2 * MINUTE);
    expect(story.updated).toBe(now + 2 * MINUTE);
    state.editComment(story.id, comment.id, adfDoc([adfText('edited')]), admin, now + 3 * MINUTE);
    expect(comment.updated).toBe(now + 3 * MINUTE);

    state.deleteIssue(epic.id, admin, now + 4 * MINUTE);
    expect(story.parentId).toBeNull();
    state.deleteIssue(story.id, admin, now + 5 * MINUTE);
    expect([state.issue(story.id), state.issue(sub.id), state.issueByKey(sub.key)]).toEqual([undefined, undefined, undefined]);
    expect(state.issuesInProject(project.id)).not.toContain(sub);
    expect(state.issuesUpdatedBetween(now + 4 * MINUTE)).toEqual([]);
    expect(state.deletions.slice(-3).map((d) => d.key)).toEqual([epic.key, sub.key, story.key]);
  });

  it('closes a sprint carrying unfinished issues (and their subtasks) into the next one', () => {
    const { state, admin, project, active, future, types } = site();
    const next = future[0]!;
    const unfinished = state.issuesInSprint(active.id).filter((i) => !state.isDone(i) && state.issueTypes.get(i.issueTypeId)?.subtask !== true);
    const story = state.createIssue({ projectId: project.id, issueTypeId: types.get('Story')!, summary: 'S', statusId: project.statusIds[0]!, sprintIds: [active.id] }, admin, now);
    const sub = state.createIssue({ projectId: project.id, issueTypeId: types.get('Subtask')!, summary: 'Sub', statusId: project.statusIds[0]!, parentId: story.id, sprintIds: [active.id] }, admin, now);
    state.closeSprint(active.id, admin, now + MINUTE, next.id);
    expect([active.state, active.completeDate]).toEqual(['closed', now + MINUTE]);
    expect(story.sprintIds).toEqual([active.id, next.id]);
    expect(sub.sprintIds).toEqual([active.id, next.id]);
    expect(state.issuesInSprint(next.id)).toEqual(expect.arrayContaining([...unfinished, story, sub]));
    state.startSprint(next.id, now + 2 * MINUTE, now + 14 * 86_400_000);
    expect(next.state).toBe('active');
    expect(() => state.startSprint(future[1]?.id ?? next.id, now, now)).toThrow();
  });
});
