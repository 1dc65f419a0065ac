import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import { validateResponse } from '../../conformance/openapi';
import { bodyOf, NOW, required } from '../route-site';
import { agileSite, BOARD, get, type AgileSite } from './agile-site';
import type { Page, SprintBody } from './bodies';
import { sprintBeanErrors } from './sprint-bean-schema';

const SPRINT = '/rest/agile/1.0/sprint/{sprintId}';
const NOT_FOUND = { errorMessages: ['Sprint does not exist or you do not have permission to see it.'], errors: {} };

describe('GET /rest/agile/1.0/sprint/{sprintId}', () => {
  let site: AgileSite;
  beforeAll(() => (site = agileSite()));

  const call = (s: AgileSite, sprintId: number | string, viewer = s.app): JiraReply => {
    const reply = get(s, SPRINT, viewer, { sprintId: String(sprintId) });
    expect(validateResponse('GET', SPRINT, reply.status, reply.body)).toEqual([]);
    if (reply.status === 200) expect(sprintBeanErrors(reply.body)).toEqual([]);
    return reply;
  };

  it('answers each sprint exactly as the sprint list of its board renders it', () => {
    for (const boardId of [BOARD.PLAT, BOARD.MOB, BOARD.ATLAS]) {
      const listed = bodyOf<Page<SprintBody>>(get(site, '/rest/agile/1.0/board/{boardId}/sprint', site.app, { boardId: String(boardId) })).values;
      for (const sprint of listed) {
        const reply = call(site, sprint.id);
        expect(reply).toMatchObject({ status: 200, body: sprint, objects: { core: 1, identity: 0 } });
      }
    }
  });

  it('answers 404 for a sprint that does not exist or an id that is not a number (no 400 is documented)', () => {
    for (const sprintId of [4040, 'abc', '-3', '']) expect(call(site, sprintId)).toEqual({ status: 404, body: NOT_FOUND });
  });

  it('hides a sprint whose board the viewer cannot see, unless they see one of its issues', () => {
    const hidden = agileSite();
    if (hidden.member.kind !== 'user') throw new Error('member is a user');
    hidden.member.user.hiddenProjectIds.push(required(hidden.state.projectByKey('PLAT')).id);
    const active = required(hidden.state.sprintsOfBoard(BOARD.PLAT).find((sprint) => sprint.state === 'active'));
    expect(call(hidden, active.id, hidden.member)).toMatchObject({ status: 404, body: NOT_FOUND });
    expect(call(hidden, active.id, hidden.app).status).toBe(200);
    expect(call(hidden, active.id, hidden.admin).status).toBe(200);

    const mobile = required(hidden.state.issuesInProject(required(hidden.state.projectByKey('MOB')).id)[0]);
    hidden.state.editIssueFields(mobile.id, { sprintIds: [...mobile.sprintIds, active.id] }, mobile.reporterId, NOW);
    expect(call(hidden, active.id, hidden.member).status).toBe(200);
  });
});
