import { CUSTOM_FIELD_IDS } from '../../../../../emulator/jira/model/fields';
import { routeSite, type RouteSite } from '../route-site';
import { edit, isStandard, sprintState, typeOf } from './edit-fixture';
import { firstIssue } from './issue-call';

const SPRINT = CUSTOM_FIELD_IDS.sprint;
let site: RouteSite;

beforeEach(() => {
  site = routeSite();
  site.tick(60_000);
});

/** The open sprints of the board of a project, by state. */
function openSprint(projectId: string, state: 'active' | 'future'): number {
  const board = [...site.state.boards.values()].find((b) => b.projectId === projectId && b.type === 'scrum');
  const sprint = [...site.state.sprints.values()].find((s) => s.boardId === board?.id && s.state === state);
  if (sprint === undefined) throw new Error(`no ${state} sprint in ${projectId}`);
  return sprint.id;
}

describe('PUT /rest/api/3/issue/{issueIdOrKey}: sprints', () => {
  it('moves an issue from its open sprint to another, keeping the closed ones it was in', () => {
    const issue = firstIssue(
      site.state,
      (i) => isStandard(site, i) && i.sprintIds.length > 1 && sprintState(site, i.sprintIds[i.sprintIds.length - 1]!) === 'active',
      'issue carried over into the active sprint',
    );
    const closed = issue.sprintIds.slice(0, -1);
    expect(closed.every((id) => sprintState(site, id) === 'closed')).toBe(true);
    const future = openSprint(issue.projectId, 'future');
    expect(edit(site, issue, { fields: { [SPRINT]: future } }).status).toBe(204);
    expect(issue.sprintIds).toEqual([...closed, future]);
    expect(site.state.issuesInSprint(future)).toContain(issue);
    expect(issue.changelog[issue.changelog.length - 1]!.items).toEqual([
      expect.objectContaining({ field: 'Sprint', fieldId: SPRINT, to: [...closed, future].join(', ') }),
    ]);

    expect(edit(site, issue, { fields: { [SPRINT]: null } }).status).toBe(204);
    expect(issue.sprintIds).toEqual(closed);
  });

  it('takes a backlog issue into a sprint, and its subtasks follow', () => {
    const parent = firstIssue(
      site.state,
      (i) => isStandard(site, i) && i.sprintIds.length === 0 && site.state.boards.get(1)?.projectId === i.projectId && site.state.childrenOf(i.id).some((c) => typeOf(site, c).subtask),
      'backlog issue with subtasks on a scrum board',
    );
    const active = openSprint(parent.projectId, 'active');
    edit(site, parent, { fields: { [SPRINT]: active } });
    expect(parent.sprintIds).toEqual([active]);
    for (const child of site.state.childrenOf(parent.id)) expect(child.sprintIds).toEqual([active]);
  });

  it('refuses closed sprints, unknown sprints, sprints of another project, non-numbers and subtasks', () => {
    const issue = firstIssue(site.state, (i) => isStandard(site, i) && i.projectId === '10000', 'PLAT issue');
    const closed = [...site.state.sprints.values()].find((s) => s.state === 'closed' && site.state.boards.get(s.boardId)?.projectId === issue.projectId)!;
    const elsewhere = openSprint('10001', 'active');
    const subtask = firstIssue(site.state, (i) => typeOf(site, i).subtask, 'subtask');
    const cases: Array<[typeof issue, unknown, string]> = [
      [issue, closed.id, 'Issue can be assigned only active or future sprints.'],
      [issue, 424242, 'Sprint with id 424242 does not exist.'],
      [issue, elsewhere, `Sprint with id ${elsewhere} is not on a board of this issue's project.`],
      [issue, '16', 'Number value expected as the Sprint id.'],
      [issue, 1.5, 'Number value expected as the Sprint id.'],
      [subtask, openSprint(subtask.projectId, 'future'), 'Sub-tasks move with their parent; their sprint cannot be set.'],
    ];
    for (const [target, value, message] of cases) {
      const before = structuredClone(target);
      const reply = edit(site, target, { fields: { [SPRINT]: value } });
      expect(reply).toEqual({ status: 400, body: { errorMessages: [], errors: { [SPRINT]: message } } });
      expect(target).toEqual(before);
    }
  });
});

describe('PUT /rest/api/3/issue/{issueIdOrKey}: parents', () => {
  const epicsOf = (projectId: string) => [...site.state.allIssues()].filter((i) => i.projectId === projectId && typeOf(site, i).hierarchyLevel === 1);

  it('moves a story to another epic by key or id, and removes the parent with null or none', () => {
    const story = firstIssue(site.state, (i) => isStandard(site, i) && i.parentId !== null, 'story under an epic');
    const other = epicsOf(story.projectId).find((e) => e.id !== story.parentId)!;
    edit(site, story, { fields: { parent: { key: other.key.toLowerCase() } } });
    expect(story.parentId).toBe(other.id);
    expect(story.changelog[story.changelog.length - 1]!.items).toEqual([expect.objectContaining({ field: 'IssueParentAssociation', to: other.id, toString: other.key })]);
    edit(site, story, { update: { parent: [{ set: { none: true } }] } });
    expect(story.parentId).toBeNull();
    edit(site, story, { fields: { parent: { id: other.id } } });
    edit(site, story, { fields: { parent: null } });
    expect(story.parentId).toBeNull();
  });

  it('moves a subtask under another standard issue, taking that issue\'s sprints', () => {
    const subtask = firstIssue(site.state, (i) => typeOf(site, i).subtask, 'subtask');
    const target = firstIssue(site.state, (i) => isStandard(site, i) && i.projectId === subtask.projectId && i.id !== subtask.parentId && i.sprintIds.length > 0, 'standard issue in a sprint');
    edit(site, subtask, { fields: { parent: { key: target.key } } });
    expect(subtask.parentId).toBe(target.id);
    expect(subtask.sprintIds).toEqual(target.sprintIds);
  });

  it('refuses unknown parents, itself, other projects, the wrong hierarchy level and orphaned subtasks', () => {
    const story = firstIssue(site.state, (i) => isStandard(site, i), 'story');
    const epic = epicsOf(story.projectId)[0]!;
    const foreignEpic = [...site.state.allIssues()].find((i) => i.projectId !== story.projectId && typeOf(site, i).hierarchyLevel === 1)!;
    const sibling = firstIssue(site.state, (i) => isStandard(site, i) && i.projectId === story.projectId && i.id !== story.id, 'second story');
    const subtask = firstIssue(site.state, (i) => typeOf(site, i).subtask, 'subtask');
    const hierarchy = 'Given parent work item does not belong to appropriate hierarchy.';
    const cases: Array<[typeof story, unknown, string]> = [
      [story, { key: 'NOPE-1' }, 'Could not find issue by id or key.'],
      [story, { id: '1' }, 'Could not find issue by id or key.'],
      [story, {}, 'Could not find issue by id or key.'],
      [story, 'EPIC-1', 'data was not an object'],
      [story, { key: story.key }, 'An issue cannot be its own parent.'],
      [story, { key: foreignEpic.key }, 'The parent must be in the same project as the issue.'],
      [story, { key: sibling.key }, hierarchy],
      [epic, { key: epicsOf(story.projectId)[1]!.key }, hierarchy],
      [subtask, { key: epic.key }, hierarchy],
      [subtask, null, 'A sub-task must have a parent.'],
    ];
    for (const [target, value, message] of cases) {
      const before = structuredClone(target);
      expect(edit(site, target, { fields: { parent: value } })).toEqual({ status: 400, body: { errorMessages: [], errors: { parent: message } } });
      expect(target).toEqual(before);
    }
  });
});
