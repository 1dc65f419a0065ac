import { mentionedAccountIds } from '../../../../emulator/jira/model/adf';
import { CUSTOM_FIELD_IDS, CUSTOM_FIELD_TYPES } from '../../../../emulator/jira/model/fields';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';
import { generateSite } from '../../../../emulator/jira/seed/generate-site';
import { RESTRICTED_PROJECT_KEY } from '../../../../emulator/jira/seed/projects';
import { DEFAULT_EPOCH } from '../../../../emulator/platform/clock';
import { checkIssueReferences } from '../site-invariants';

const now = DEFAULT_EPOCH;
const SIX_MONTHS = 183 * 86_400_000;
let state: JiraSiteState;

beforeAll(() => {
  state = generateSite({ issues: 5000, seed: 11, now });
});

const issues = () => [...state.allIssues()];

describe('a generated site holds together', () => {
  it('references only existing projects, types, statuses, priorities, users, teams, parents and sprints', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const issue of issues()) checkIssueReferences(state, issue, check);
    expect(problems).toEqual([]);
  });

  it('links epics through parent and subtasks under standard issues sharing their sprint', () => {
    const typeOf = (id: string) => state.issueTypes.get(id);
    let epicChildren = 0;
    let subtasks = 0;
    for (const issue of issues()) {
      if (issue.parentId === null) continue;
      const parent = state.issue(issue.parentId)!;
      if (typeOf(issue.issueTypeId)?.subtask === true) {
        subtasks++;
        expect(typeOf(parent.issueTypeId)?.hierarchyLevel).toBe(0);
        expect(issue.sprintIds).toEqual(parent.sprintIds);
      } else {
        epicChildren++;
        expect(typeOf(parent.issueTypeId)?.name).toBe('Epic');
      }
    }
    expect(epicChildren).toBeGreaterThan(100);
    expect(subtasks).toBeGreaterThan(100);
  });

  it('runs two-week sprints over six months: closed ones, exactly one active and one or two future per scrum board', () => {
    const scrum = [...state.boards.values()].filter((b) => b.type === 'scrum');
    expect(scrum.length).toBeGreaterThanOrEqual(3);
    expect([...state.boards.values()].some((b) => b.type === 'kanban')).toBe(true);
    for (const board of scrum) {
      const sprints = state.sprintsOfBoard(board.id).sort((a, b) => a.id - b.id);
      const states = sprints.map((s) => s.state);
      expect(states.filter((s) => s === 'active')).toHaveLength(1);
      const future = states.filter((s) => s === 'future').length;
      expect(future).toBeGreaterThanOrEqual(1);
      expect(future).toBeLessThanOrEqual(2);
      expect(states.join(',')).toMatch(/^(closed,)+active(,future){1,2}$/);
      const first = sprints[0]!;
      expect(now - first.startDate!).toBeGreaterThan(SIX_MONTHS);
      for (const sprint of sprints) {
        if (sprint.state === 'future') expect([sprint.startDate, sprint.completeDate]).toEqual([null, null]);
        else expect(sprint.endDate! - sprint.startDate!).toBeLessThanOrEqual(14 * 86_400_000);
        if (sprint.state === 'closed') expect(sprint.completeDate).toBeLessThan(now);
        if (sprint.state === 'active') expect(sprint.startDate! <= now && now < sprint.endDate!).toBe(true);
      }
    }
  });

  it('has both story-points fields with their schema types, and issues estimated in each', () => {
    const spe = state.fields.get(CUSTOM_FIELD_IDS.storyPointEstimate);
    const legacy = state.fields.get(CUSTOM_FIELD_IDS.storyPoints);
    expect(spe?.schema).toMatchObject({ type: 'number', custom: CUSTOM_FIELD_TYPES.storyPointEstimate });
    expect(legacy?.schema).toMatchObject({ type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' });
    expect(state.fields.get(CUSTOM_FIELD_IDS.sprint)?.schema).toMatchObject({ type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint' });
    const all = issues();
    expect(all.filter((i) => i.storyPoints !== null).length).toBeGreaterThan(100);
    expect(all.filter((i) => i.storyPointEstimate !== null).length).toBeGreaterThan(100);
    expect(all.filter((i) => i.storyPoints !== null && i.storyPointEstimate !== null).length).toBeGreaterThan(5);
    expect(all.filter((i) => i.storyPoints === null && i.storyPointEstimate === null).length).toBeGreaterThan(100);
    expect(new Set([...state.boards.values()].map((b) => b.estimationFieldId))).toEqual(new Set([CUSTOM_FIELD_IDS.storyPoints, CUSTOM_FIELD_IDS.storyPointEstimate, null]));
    expect([...state.projects.values()].map((p) => p.style).sort()).toEqual(['classic', 'classic', 'classic', 'next-gen']);
  });

  it('keeps changelogs consistent with the final state, ids increasing site-wide with time', () => {
    const histories = issues().flatMap((issue) => issue.changelog);
    const byId = [...histories].sort((a, b) => Number(a.id) - Number(b.id));
    expect(byId.every((h, i) => i === 0 || h.created >= byId[i - 1]!.created)).toBe(true);
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => ok || problems.push(what);
    for (const issue of issues()) {
      const items = issue.changelog.flatMap((h) => h.items);
      const statusChanges = items.filter((item) => item.field === 'status');
      check((statusChanges[statusChanges.length - 1]?.to ?? state.projects.get(issue.projectId)?.statusIds[0]) === issue.statusId, `${issue.key} status history`);
      // Sprints set at creation (subtasks inherit their parent's) leave no history, as in Jira.
      const sprintChanges = items.filter((item) => item.field === 'Sprint');
      const lastSprint = sprintChanges[sprintChanges.length - 1];
      check(lastSprint === undefined || lastSprint.to === (issue.sprintIds.length === 0 ? null : issue.sprintIds.join(', ')), `${issue.key} sprint history`);
      check((issue.resolutionId !== null) === state.isDone(issue), `${issue.key} resolution`);
      check(issue.created <= issue.updated && issue.updated < now, `${issue.key} updated`);
      check(issue.created >= now - 211 * 86_400_000, `${issue.key} created`);
      for (const h of issue.changelog) check(h.created >= issue.created && h.created <= issue.updated, `${issue.key} history time`);
      for (const w of issue.worklogs) check(w.started < now && w.updated < now, `${issue.key} worklog time`);
      for (const c of issue.comments) check(c.updated < now, `${issue.key} comment time`);
      check(issue.timeSpentSeconds === null || issue.timeSpentSeconds === issue.worklogs.reduce((sum, w) => sum + w.timeSpentSeconds, 0), `${issue.key} time spent`);
    }
    expect(problems).toEqual([]);
    expect(histories.some((h) => h.items.some((i) => i.field === 'Sprint' && i.to?.includes(',')))).toBe(true);
  });

  it('writes ADF comments whose mentions name existing users who can see the issue', () => {
    let mentions = 0;
    const unseen: string[] = [];
    for (const issue of issues()) {
      for (const comment of issue.comments) {
        expect(comment.body.type).toBe('doc');
        for (const id of mentionedAccountIds(comment.body)) {
          mentions++;
          if (!state.canBrowse(id, issue.projectId)) unseen.push(`${issue.key}: ${id}`);
        }
      }
    }
    expect(unseen).toEqual([]);
    expect(mentions).toBeGreaterThan(50);
  });

  it('has site admins, members and one user who cannot browse exactly one project', () => {
    const users = [...state.users.values()];
    expect(users.filter((u) => u.siteAdmin).length).toBeGreaterThanOrEqual(2);
    expect(users.filter((u) => !u.siteAdmin).length).toBeGreaterThan(2);
    const restricted = users.filter((u) => [...state.projects.values()].some((p) => !state.canBrowse(u.accountId, p.id)));
    expect(restricted).toHaveLength(1);
    const hidden = [...state.projects.values()].filter((p) => !state.canBrowse(restricted[0]!.accountId, p.id));
    expect(hidden.map((p) => p.key)).toEqual([RESTRICTED_PROJECT_KEY]);
    for (const u of users) expect(u.accountId).toMatch(/^557058:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('indexes issues by project, sprint and updated time', () => {
    for (const project of state.projects.values()) {
      expect(state.issuesInProject(project.id).length).toBe(issues().filter((i) => i.projectId === project.id).length);
    }
    for (const sprint of state.sprints.values()) {
      expect(new Set(state.issuesInSprint(sprint.id))).toEqual(new Set(issues().filter((i) => i.sprintIds.includes(sprint.id))));
    }
    const since = now - 14 * 86_400_000;
    const recent = state.issuesUpdatedBetween(since);
    expect(recent.map((i) => i.id).sort()).toEqual(issues().filter((i) => i.updated >= since).map((i) => i.id).sort());
    for (let i = 1; i < recent.length; i++) expect(recent[i]!.updated).toBeGreaterThanOrEqual(recent[i - 1]!.updated);
  });
});
