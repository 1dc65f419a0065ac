import { validateResponse } from '../../conformance/openapi';
import { bodyOf, SITE_URL, type ErrorBody } from '../route-site';
import { agileSite, get, type AgileSite } from './agile-site';
import { walkPages, type BoardBody, type Page } from './bodies';

const BOARDS = '/rest/agile/1.0/board';

describe('GET /rest/agile/1.0/board', () => {
  let site: AgileSite;
  beforeAll(() => (site = agileSite()));

  const list = (query: Record<string, string> = {}, viewer = site.app) => {
    const reply = get(site, BOARDS, viewer, {}, query);
    expect(validateResponse('GET', BOARDS, reply.status, reply.body)).toEqual([]);
    return reply;
  };
  const boards = (query: Record<string, string> = {}, viewer = site.app) => bodyOf<Page<BoardBody>>(list(query, viewer));
  const ids = (query: Record<string, string> = {}, viewer = site.app) => boards(query, viewer).values.map((board) => board.id);

  it('lists every board with its project location, as Jira Cloud renders it', () => {
    const reply = list();
    expect(reply.status).toBe(200);
    expect(reply.objects).toEqual({ core: 4, identity: 0 });
    const page = bodyOf<Page<unknown>>(reply);
    expect(page).toMatchObject({ startAt: 0, maxResults: 50, total: 4, isLast: true });
    expect(page.values[0]).toEqual({
      id: 1,
      self: `${SITE_URL}/rest/agile/1.0/board/1`,
      name: 'Platform Scrum',
      type: 'scrum',
      location: {
        projectId: 10000,
        displayName: 'Platform (PLAT)',
        projectName: 'Platform',
        projectKey: 'PLAT',
        projectTypeKey: 'software',
        avatarURI: `${SITE_URL}/rest/api/2/universal_avatar/view/type/project/avatar/10400?size=small`,
        name: 'Platform (PLAT)',
      },
      isPrivate: false,
    });
    expect(page.values.map((board) => (board as BoardBody).type)).toEqual(['scrum', 'scrum', 'kanban', 'scrum']);
  });

  it('shows a user only the boards of projects they browse', () => {
    expect(ids({}, site.admin)).toEqual([1, 2, 3, 4]);
    const restricted = boards({}, site.restricted);
    expect(restricted.values.map((board) => board.location.projectKey)).toEqual(['PLAT', 'MOB', 'ATLAS']);
    expect(restricted.total).toBe(3);
    expect(ids({ projectKeyOrId: 'OPS' }, site.restricted)).toEqual([]);
  });

  it('filters by board type, a comma-separated list', () => {
    expect(ids({ type: 'scrum' })).toEqual([1, 2, 4]);
    expect(ids({ type: 'kanban' })).toEqual([3]);
    expect(ids({ type: 'kanban,scrum' })).toEqual([1, 2, 3, 4]);
    expect(ids({ type: 'simple' })).toEqual([]);
    expect(ids({ type: 'kanban' }, site.restricted)).toEqual([]);
  });

  it('filters by part of the name, ignoring case', () => {
    expect(ids({ name: 'scrum' })).toEqual([1, 2]);
    expect(ids({ name: 'ATLAS' })).toEqual([4]);
    expect(ids({ name: 'nothing like it' })).toEqual([]);
  });

  it('filters by project key or id', () => {
    expect(ids({ projectKeyOrId: 'MOB' })).toEqual([2]);
    expect(ids({ projectKeyOrId: 'mob' })).toEqual([2]);
    expect(ids({ projectKeyOrId: '10001' })).toEqual([2]);
    expect(ids({ projectKeyOrId: 'NOPE' })).toEqual([]);
  });

  it('orders by name when asked, otherwise by id', () => {
    expect(ids({ orderBy: 'name' })).toEqual([4, 2, 3, 1]);
    expect(ids({ orderBy: '+name' })).toEqual([4, 2, 3, 1]);
    expect(ids({ orderBy: '-name' })).toEqual([1, 3, 2, 4]);
  });

  it('pages through every board exactly once', () => {
    for (const maxResults of [1, 3, 4]) {
      const walked = walkPages((startAt) => {
        const page = boards({ startAt: String(startAt), maxResults: String(maxResults) });
        expect(page).toMatchObject({ maxResults, total: 4 });
        return page;
      });
      expect(walked.values.map((board) => board.id)).toEqual([1, 2, 3, 4]);
      expect(walked.pages).toBe(Math.ceil(4 / maxResults));
    }
  });

  it('caps a page at 50 and answers past the end with an empty last page', () => {
    expect(boards({ maxResults: '1000' })).toMatchObject({ maxResults: 50, total: 4, isLast: true });
    expect(boards({ startAt: '10' })).toEqual({ startAt: 10, maxResults: 50, total: 4, isLast: true, values: [] });
    const empty = list({ maxResults: '0' });
    expect(bodyOf<Page<BoardBody>>(empty)).toEqual({ startAt: 0, maxResults: 0, total: 4, isLast: false, values: [] });
    expect(empty.objects).toEqual({ core: 0, identity: 0 });
  });

  it('expands the admins, and whether the caller may edit the board', () => {
    const reply = list({ expand: 'admins,permissions' });
    expect(reply.objects).toEqual({ core: 4, identity: 4 });
    const plat = bodyOf<Page<BoardBody>>(reply).values[0];
    const lead = site.state.projects.get('10000')?.leadAccountId;
    expect(plat?.admins).toEqual({ users: [expect.objectContaining({ accountId: lead, active: true })], groups: [] });
    expect(plat?.canEdit).toBe(true);
    expect(boards({ expand: 'permissions' }, site.member).values.map((board) => board.canEdit)).toEqual([false, false, false, false]);
    expect(boards({ expand: 'permissions' }, site.admin).values.every((board) => board.canEdit === true)).toBe(true);
    expect(boards({ expand: 'favourites' }).values[0]).not.toHaveProperty('admins');
  });

  it.each([
    [{ startAt: 'abc' }, "The 'startAt' parameter must be an integer, but was 'abc'."],
    [{ startAt: '-1' }, "The 'startAt' parameter must not be negative."],
    [{ maxResults: '-5' }, "The 'maxResults' parameter must not be negative."],
    [{ maxResults: '2.5' }, "The 'maxResults' parameter must be an integer, but was '2.5'."],
    [{ maxResults: '99999999999' }, "The 'maxResults' parameter must be an integer, but was '99999999999'."],
    [{ type: 'scrum,agile' }, "'agile' is not a valid board type. Valid values: scrum, kanban, simple."],
    [{ orderBy: 'id' }, "'id' is not a valid value for 'orderBy'. Valid values: name, -name, +name."],
  ])('refuses %j with 400', (query, message) => {
    const reply = list(query);
    expect(reply.status).toBe(400);
    expect(bodyOf<ErrorBody>(reply)).toEqual({ errorMessages: [message], errors: {} });
  });

  it('names every bad parameter in one 400', () => {
    const reply = list({ startAt: 'x', maxResults: '-1' });
    expect(bodyOf<ErrorBody>(reply).errorMessages).toHaveLength(2);
  });

  it('takes a literal plus sign, which a query string decodes to a space, as ascending', () => {
    const reply = get(site, BOARDS, site.app, {}, 'orderBy=+name');
    expect(bodyOf<Page<BoardBody>>(reply).values.map((board) => board.id)).toEqual([4, 2, 3, 1]);
  });
});
