import type { Board, Project } from '../../model/entities';
import type { JiraSiteState } from '../../model/site-state';
import { boardSelf } from './board-access';

/** The Rank field's number on a typical Jira Cloud site; the emulated site does not model ranking otherwise. */
const RANK_CUSTOM_FIELD_ID = 10019;

/** The sub-filter Jira gives a new kanban board, so that released work leaves it. */
const KANBAN_SUB_QUERY = 'fixVersion in unreleasedVersions() OR fixVersion is EMPTY';

/**
 * A board's configuration (`BoardConfigBean`). The schema allows `location` only `type` and
 * `projectKeyOrId`, although Jira's own example shows `key`, `id`, `self` and `name` there; the
 * emulator keeps to the schema.
 */
export function boardConfiguration(siteUrl: string, state: JiraSiteState, board: Board, project: Project): Record<string, unknown> {
  const filterId = boardFilterId(board);
  return {
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${boardSelf(siteUrl, board.id)}/configuration`,
    location: { type: 'project', projectKeyOrId: project.key },
    filter: { id: String(filterId), self: `${siteUrl}/rest/api/2/filter/${filterId}` },
    ...(board.type === 'kanban' ? { subQuery: { query: KANBAN_SUB_QUERY } } : {}),
    columnConfig: {
      columns: board.columns.map((column) => ({
        name: column.name,
        statuses: column.statusIds.map((id) => ({ id, self: `${siteUrl}/rest/api/2/status/${id}` })),
      })),
      // New kanban boards count issues against column limits; scrum boards start without limits.
      constraintType: board.type === 'kanban' ? 'issueCount' : 'none',
    },
    ...(board.type === 'scrum' ? { estimation: estimation(state, board.estimationFieldId) } : {}),
    ranking: { rankCustomFieldId: RANK_CUSTOM_FIELD_ID },
  };
}

/** Creating a board creates its saved filter; the site numbers filters from 10000 in board order. */
function boardFilterId(board: Board): number {
  return 9999 + board.id;
}

function estimation(state: JiraSiteState, fieldId: string | null): Record<string, unknown> {
  if (fieldId === null) return { type: 'none' };
  return { type: 'field', field: { fieldId, displayName: state.fields.get(fieldId)?.name ?? fieldId } };
}
