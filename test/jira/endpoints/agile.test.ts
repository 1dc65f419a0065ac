import type { Sprint as SiteSprint } from '../../../emulator/jira/model/entities';
import { getBoardConfiguration } from '../../../src/jira/endpoints/get-board-configuration';
import { getBoardSprints } from '../../../src/jira/endpoints/get-board-sprints';
import { getBoards } from '../../../src/jira/endpoints/get-boards';
import { getSprint } from '../../../src/jira/endpoints/get-sprint';
import { getSprintIssues } from '../../../src/jira/endpoints/get-sprint-issues';
import type { Issue } from '../../../src/jira/endpoints/schemas/issue';
import { JiraApiError, JiraNotFoundError } from '../../../src/jira/errors';
import { inInvocation, invocationSleep, requestsTo, required, restrictedUser, startEndpointSite, type EndpointSite } from './endpoint-site';

describe('boards and sprints on the emulated site', () => {
  let under: EndpointSite;
  beforeEach(async () => {
    under = await startEndpointSite();
  });
  afterEach(async () => {
    await under.site.stop();
  });

  const sprintIdsOf = (sprints: readonly SiteSprint[]): number[] => sprints.map((sprint) => sprint.id).sort((a, b) => a - b);
  /** The sprint that holds (or held) the most issues, so its issues span several small pages. */
  const busiestSprint = (): SiteSprint => {
    const { state } = under.site;
    const sprints = [...state.sprints.values()].sort((a, b) => state.issuesInSprint(b.id).length - state.issuesInSprint(a.id).length);
    return required(sprints[0], 'sprint');
  };

  it('getBoards returns every board, or those of one project or type', async () => {
    const [all, plat, kanban] = await inInvocation(under, (client) => Promise.all([getBoards(client), getBoards(client, { projectKeyOrId: 'PLAT' }), getBoards(client, { type: 'kanban' })]));
    const truth = [...under.site.state.boards.values()];
    expect(all.map((board) => [board.id, board.name, board.type])).toEqual(truth.map((board) => [board.id, board.name, board.type]));
    expect(all.map((board) => String(board.location?.projectId))).toEqual(truth.map((board) => board.projectId));
    expect(plat.map((board) => board.location?.projectKey)).toEqual(['PLAT']);
    expect(kanban.map((board) => board.id)).toEqual(truth.filter((board) => board.type === 'kanban').map((board) => board.id));
  });

  it('getBoards reads every page of 50, losing and repeating nothing', async () => {
    const template = required(under.site.state.boards.get(1), 'board 1');
    for (let id = 100; id < 220; id++) under.site.state.boards.set(id, { ...template, id, name: `Extra board ${id}` });
    const boards = await inInvocation(under, (client) => getBoards(client));
    expect(boards.map((board) => board.id)).toEqual([...under.site.state.boards.keys()].sort((a, b) => a - b));
    expect(requestsTo(under, 'GET /rest/agile/1.0/board')).toHaveLength(3);
  });

  it('getBoardSprints returns the board\'s sprints across pages, filtered by state', async () => {
    const now = under.platform.clock.now();
    for (let i = 0; i < 60; i++) under.site.state.createSprint({ boardId: 1, name: `Later ${i}`, goal: '', createdDate: now, startDate: null, endDate: null });
    const [all, closed, open] = await inInvocation(under, (client) => Promise.all([getBoardSprints(client, 1), getBoardSprints(client, 1, 'closed'), getBoardSprints(client, 1, ['active', 'future'])]));
    const truth = under.site.state.sprintsOfBoard(1);
    expect(all.map((sprint) => sprint.id).sort((a, b) => a - b)).toEqual(sprintIdsOf(truth));
    expect(all).toHaveLength(new Set(all.map((sprint) => sprint.id)).size);
    expect(closed.map((sprint) => sprint.id).sort((a, b) => a - b)).toEqual(sprintIdsOf(truth.filter((sprint) => sprint.state === 'closed')));
    expect(open.map((sprint) => sprint.id).sort((a, b) => a - b)).toEqual(sprintIdsOf(truth.filter((sprint) => sprint.state !== 'closed')));
    expect(all.find((sprint) => sprint.state === 'closed')?.completeDate).toEqual(expect.any(String));
  });

  it('getBoardSprints fails with Jira\'s 400 on a kanban board', async () => {
    await expect(inInvocation(under, (client) => getBoardSprints(client, 3))).rejects.toMatchObject({ status: 400 });
    await expect(inInvocation(under, (client) => getBoardSprints(client, 3))).rejects.toBeInstanceOf(JiraApiError);
  });

  it('getBoardConfiguration names the estimation field of a scrum board, and none for kanban', async () => {
    const [scrum, kanban] = await inInvocation(under, (client) => Promise.all([getBoardConfiguration(client, 1), getBoardConfiguration(client, 3)]));
    expect(scrum.estimation).toMatchObject({ type: 'field', field: { fieldId: under.site.state.boards.get(1)?.estimationFieldId } });
    expect(kanban.estimation).toBeUndefined();
  });

  it('getSprint returns the sprint and keeps it in the invocation\'s memory for five minutes', async () => {
    const sprint = busiestSprint();
    const reads = await inInvocation(under, async (client) => {
      const first = await getSprint(client, sprint.id);
      const second = await getSprint(client, sprint.id);
      await invocationSleep(299_000);
      const third = await getSprint(client, sprint.id);
      await invocationSleep(1_000);
      const fourth = await getSprint(client, sprint.id);
      return [first, second, third, fourth];
    });
    for (const read of reads) expect(read).toMatchObject({ id: sprint.id, name: sprint.name, state: sprint.state, originBoardId: sprint.boardId });
    expect(requestsTo(under, 'GET /rest/agile/1.0/sprint/{sprintId}')).toHaveLength(2);
  });

  it('getSprintIssues pages through the sprint\'s issues by token, losing and repeating nothing', async () => {
    const sprint = busiestSprint();
    const issues = await inInvocation(under, async (client) => {
      const seen: Issue[] = [];
      let token: string | undefined;
      do {
        const page = await getSprintIssues(client, sprint.id, { fields: ['summary', 'status'], maxResults: 5, ...(token === undefined ? {} : { nextPageToken: token }) });
        seen.push(...page.issues);
        token = page.nextPageToken;
      } while (token !== undefined);
      return seen;
    });
    const truth = under.site.state.issuesInSprint(sprint.id);
    expect(truth.length).toBeGreaterThan(10);
    expect(issues).toHaveLength(truth.length);
    expect(issues.map((issue) => issue.id).sort()).toEqual(truth.map((issue) => issue.id).sort());
    for (const issue of issues) expect(issue.fields.summary).toBe(under.site.state.issue(issue.id)?.summary);
    expect(requestsTo(under, 'GET /rest/software/1.0/sprint/{sprintId}/issue')).toHaveLength(Math.ceil(truth.length / 5));
  });

  it('getSprintIssues narrows by JQL', async () => {
    const sprint = busiestSprint();
    const page = await inInvocation(under, (client) => getSprintIssues(client, sprint.id, { fields: ['status'], jql: 'statusCategory = Done' }));
    const done = under.site.state.issuesInSprint(sprint.id).filter((issue) => under.site.state.isDone(issue));
    expect(done.length).toBeGreaterThan(0);
    expect(page.isLast).toBe(true);
    expect(page.issues.map((issue) => issue.id).sort()).toEqual(done.map((issue) => issue.id).sort());
  });

  it('shows a user acting through the client fewer boards than the app, and hides the configuration of the rest', async () => {
    const user = restrictedUser(under);
    const asUser = { priority: 'interactive' as const, actor: { as: 'user' as const, accountId: user.accountId } };
    const appBoards = await inInvocation(under, (client) => getBoards(client));
    const userBoards = await inInvocation(under, (client) => getBoards(client), asUser);
    const hidden = [...under.site.state.boards.values()].filter((board) => user.hiddenProjectIds.includes(board.projectId)).map((board) => board.id);
    expect(hidden.length).toBeGreaterThan(0);
    expect(userBoards.map((board) => board.id)).toEqual(appBoards.map((board) => board.id).filter((id) => !hidden.includes(id)));
    await expect(inInvocation(under, (client) => getBoardConfiguration(client, required(hidden[0], 'hidden board')), asUser)).rejects.toBeInstanceOf(JiraNotFoundError);
  });
});
