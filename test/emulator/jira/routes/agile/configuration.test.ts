import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import { validateResponse } from '../../conformance/openapi';
import { bodyOf, SITE_URL } from '../route-site';
import { agileSite, BOARD, get, type AgileSite } from './agile-site';

const CONFIGURATION = '/rest/agile/1.0/board/{boardId}/configuration';

interface ConfigurationBody {
  type: string;
  estimation?: { type: string; field?: { fieldId: string; displayName: string } };
  subQuery?: { query: string };
  columnConfig: { columns: Array<{ name: string; statuses: Array<{ id: string }> }>; constraintType: string };
}

describe('GET /rest/agile/1.0/board/{boardId}/configuration', () => {
  let site: AgileSite;
  beforeAll(() => (site = agileSite()));

  const call = (boardId: number | string, viewer = site.app): JiraReply => {
    const reply = get(site, CONFIGURATION, viewer, { boardId: String(boardId) });
    expect(validateResponse('GET', CONFIGURATION, reply.status, reply.body)).toEqual([]);
    return reply;
  };
  const configuration = (boardId: number) => bodyOf<ConfigurationBody>(call(boardId));

  it('describes a scrum board: its filter, columns, estimation field and rank field', () => {
    const reply = call(BOARD.PLAT);
    expect(reply.status).toBe(200);
    expect(reply.objects).toEqual({ core: 1, identity: 0 });
    const status = (id: string) => ({ id, self: `${SITE_URL}/rest/api/2/status/${id}` });
    expect(reply.body).toEqual({
      id: 1,
      name: 'Platform Scrum',
      type: 'scrum',
      self: `${SITE_URL}/rest/agile/1.0/board/1/configuration`,
      location: { type: 'project', projectKeyOrId: 'PLAT' },
      filter: { id: '10000', self: `${SITE_URL}/rest/api/2/filter/10000` },
      columnConfig: {
        columns: [
          { name: 'To Do', statuses: [status('10000')] },
          { name: 'In Progress', statuses: [status('3')] },
          { name: 'In Review', statuses: [status('10001')] },
          { name: 'Done', statuses: [status('10002')] },
        ],
        constraintType: 'none',
      },
      estimation: { type: 'field', field: { fieldId: 'customfield_10026', displayName: 'Story Points' } },
      ranking: { rankCustomFieldId: 10019 },
    });
  });

  it('names the estimation field of each board: the legacy Story Points on PLAT, Story point estimate elsewhere', () => {
    expect(configuration(BOARD.MOB).estimation).toEqual({ type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } });
    expect(configuration(BOARD.ATLAS).estimation).toEqual({ type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } });
  });

  it('gives a kanban board a sub-query and column limits but no estimation', () => {
    const ops = configuration(BOARD.OPS);
    expect(ops.type).toBe('kanban');
    expect(ops).not.toHaveProperty('estimation');
    expect(ops.subQuery).toEqual({ query: 'fixVersion in unreleasedVersions() OR fixVersion is EMPTY' });
    expect(ops.columnConfig.constraintType).toBe('issueCount');
  });

  it('maps every board column to the statuses the model gives it', () => {
    for (const board of site.state.boards.values()) {
      const columns = configuration(board.id).columnConfig.columns;
      expect(columns.map((column) => ({ name: column.name, statusIds: column.statuses.map((status) => status.id) }))).toEqual(board.columns);
    }
  });

  it('answers 404 for a missing board, one the viewer cannot see, or an id that is not a number (no 400 is documented)', () => {
    const missing = { errorMessages: ['Board does not exist or you do not have permission to see it.'], errors: {} };
    for (const boardId of [77, 'PLAT', '-1', '1.0']) expect(call(boardId)).toEqual({ status: 404, body: missing });
    expect(call(BOARD.OPS, site.restricted)).toEqual({ status: 404, body: missing });
    expect(call(BOARD.MOB, site.restricted).status).toBe(200);
  });
});
