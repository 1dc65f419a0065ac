import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import { validateResponse } from '../../conformance/openapi';
import { bodyOf, NOW, required, SITE_URL, type ErrorBody } from '../route-site';
import { agileSite, BOARD, get, type AgileSite } from './agile-site';
import { walkPages, type Page, type SprintBody } from './bodies';
import { sprintBeanErrors } from './sprint-bean-schema';

const SPRINTS = '/rest/agile/1.0/board/{boardId}/sprint';

function conforming(reply: JiraReply): JiraReply {
  expect(validateResponse('GET', SPRINTS, reply.status, reply.body)).toEqual([]);
  if (reply.status === 200) for (const sprint of bodyOf<Page<unknown>>(reply).values) expect(sprintBeanErrors(sprint)).toEqual([]);
  return reply;
}

describe('GET /rest/agile/1.0/board/{boardId}/sprint', () => {
  let site: AgileSite;
  beforeAll(() => (site = agileSite()));

  const call = (boardId: number | string, query: Record<string, string> = {}, viewer = site.app) =>
    conforming(get(site, SPRINTS, viewer, { boardId: String(boardId) }, query));
  const sprints = (boardId: number, query: Record<string, string> = {}, viewer = site.app) => bodyOf<Page<SprintBody>>(call(boardId, query, viewer));

  it('lists the sprints of a scrum board: closed first, then active, then future, without a total', () => {
    const reply = call(BOARD.PLAT);
    expect(reply.status).toBe(200);
    expect(reply.objects).toEqual({ core: 16, identity: 0 });
    const page = bodyOf<Page<SprintBody>>(reply);
    expect(page).not.toHaveProperty('total');
    expect(page).toMatchObject({ startAt: 0, maxResults: 50, isLast: true });
    expect(page.values.map((sprint) => sprint.state)).toEqual([...Array<string>(14).fill('closed'), 'active', 'future']);
    expect(page.values.map((sprint) => sprint.id)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(page.values.every((sprint) => sprint.originBoardId === BOARD.PLAT)).toBe(true);
  });

  it('renders each sprint with ISO dates, leaving out the dates it has not reached', () => {
    const byState = (state: string) => sprints(BOARD.MOB, { state }).values;
    const [active] = byState('active');
    const model = site.state.sprints.get(active?.id ?? -1);
    expect(active).toEqual({
      id: model?.id,
      self: `${SITE_URL}/rest/agile/1.0/sprint/${model?.id}`,
      state: 'active',
      name: 'MOB Sprint 15',
      startDate: new Date(model?.startDate ?? 0).toISOString(),
      endDate: new Date(model?.endDate ?? 0).toISOString(),
      createdDate: new Date(model?.createdDate ?? 0).toISOString(),
      originBoardId: BOARD.MOB,
      goal: model?.goal,
    });
    expect(Date.parse(active?.startDate ?? '')).toBeLessThan(NOW);
    expect(Date.parse(active?.endDate ?? '')).toBeGreaterThan(NOW);
    for (const closed of byState('closed')) expect(closed.completeDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    for (const future of byState('future')) expect(Object.keys(future)).toEqual(['id', 'self', 'state', 'name', 'createdDate', 'originBoardId', 'goal']);
  });

  it('filters by state, a comma-separated list, keeping the state order whatever order the list names', () => {
    for (const boardId of [BOARD.PLAT, BOARD.MOB, BOARD.ATLAS]) {
      const modelIds = (state: string) => site.state.sprintsOfBoard(boardId).filter((sprint) => sprint.state === state).map((sprint) => sprint.id);
      const ids = (state: string) => sprints(boardId, { state }).values.map((sprint) => sprint.id);
      expect(ids('active')).toEqual(modelIds('active'));
      expect(ids('active')).toHaveLength(1);
      expect(ids('closed')).toEqual(modelIds('closed'));
      expect(ids('closed')).toHaveLength(14);
      expect(ids('future').length).toBeGreaterThanOrEqual(1);
      expect(ids('future,active')).toEqual([...modelIds('active'), ...modelIds('future')]);
      expect(ids('ACTIVE, closed')).toEqual([...modelIds('closed'), ...modelIds('active')]);
    }
  });

  it('orders by state before backlog position, so a sprint started out of turn lists before earlier future ones', () => {
    const shuffled = agileSite();
    const [active, ...future] = shuffled.state.sprintsOfBoard(BOARD.MOB).filter((sprint) => sprint.state !== 'closed');
    const jumped = shuffled.state.createSprint({ boardId: BOARD.MOB, name: 'Hotfix sprint', goal: '', createdDate: NOW, startDate: null, endDate: null });
    const lead = required(shuffled.state.projectByKey('MOB')).leadAccountId;
    shuffled.state.closeSprint(required(active).id, lead, NOW, jumped.id);
    shuffled.state.startSprint(jumped.id, NOW, NOW + 14 * 86_400_000);
    const page = bodyOf<Page<SprintBody>>(get(shuffled, SPRINTS, shuffled.app, { boardId: String(BOARD.MOB) }));
    expect(page.values.slice(-1 - future.length).map((sprint) => [sprint.id, sprint.state])).toEqual([
      [jumped.id, 'active'],
      ...future.map((sprint) => [sprint.id, 'future']),
    ]);
  });

  it('pages through every sprint exactly once, with or without a state filter', () => {
    const queries: Array<Record<string, string>> = [{}, { state: 'closed' }, { state: 'future,closed' }];
    for (const query of queries) {
      const all = sprints(BOARD.ATLAS, query).values.map((sprint) => sprint.id);
      for (const maxResults of [1, 5, 7]) {
        const walked = walkPages((startAt) => sprints(BOARD.ATLAS, { ...query, startAt: String(startAt), maxResults: String(maxResults) }));
        expect(walked.values.map((sprint) => sprint.id)).toEqual(all);
        expect(walked.pages).toBe(Math.max(1, Math.ceil(all.length / maxResults)));
      }
    }
  });

  it('serves at most 50 sprints a page', () => {
    const busy = agileSite();
    for (let i = 0; i < 60; i++) busy.state.createSprint({ boardId: BOARD.PLAT, name: `Extra ${i}`, goal: '', createdDate: NOW, startDate: null, endDate: null });
    const first = bodyOf<Page<SprintBody>>(get(busy, SPRINTS, busy.app, { boardId: '1' }, { maxResults: '500' }));
    expect(first).toMatchObject({ maxResults: 50, isLast: false });
    expect(first.values).toHaveLength(50);
    const walked = walkPages((startAt) => bodyOf<Page<SprintBody>>(get(busy, SPRINTS, busy.app, { boardId: '1' }, { startAt: String(startAt), maxResults: '500' })));
    expect(walked.values).toHaveLength(76);
    expect(new Set(walked.values.map((sprint) => sprint.id)).size).toBe(76);
  });

  it('refuses a kanban board with the message Jira gives', () => {
    const reply = call(BOARD.OPS);
    expect(reply.status).toBe(400);
    expect(bodyOf<ErrorBody>(reply)).toEqual({ errorMessages: ['The board does not support sprints'], errors: {} });
  });

  it('answers 404 for a board that does not exist or that the viewer cannot see, before telling it is kanban', () => {
    const missing = { errorMessages: ['Board does not exist or you do not have permission to see it.'], errors: {} };
    expect(call(999)).toMatchObject({ status: 404, body: missing });
    expect(call(BOARD.OPS, {}, site.restricted)).toMatchObject({ status: 404, body: missing });
    expect(call(BOARD.PLAT, {}, site.restricted).status).toBe(200);
  });

  it.each([
    ['abc', {}, "The 'boardId' parameter must be an integer, but was 'abc'."],
    ['1', { state: 'open' }, "'open' is not a valid sprint state. Valid values: future, active, closed."],
    ['1', { state: 'active,bogus' }, "'bogus' is not a valid sprint state. Valid values: future, active, closed."],
    ['1', { startAt: '1e3' }, "The 'startAt' parameter must be an integer, but was '1e3'."],
    ['1', { maxResults: '-1' }, "The 'maxResults' parameter must not be negative."],
  ])('refuses board %s with %j as 400', (boardId, query, message) => {
    const reply = call(boardId, query);
    expect(reply.status).toBe(400);
    expect(bodyOf<ErrorBody>(reply)).toEqual({ errorMessages: [message], errors: {} });
  });
});
