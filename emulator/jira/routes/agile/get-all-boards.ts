import type { Board, Project } from '../../model/entities';
import type { SiteContext, SiteRoute } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';
import { BOARD_EXPANSIONS, boardBean, type BoardExpansion } from './board-bean';
import { pageOf } from './paging';
import { ParamReader } from './params';

/** `simple` is what Jira calls team-managed boards; the emulated site models none, but the filter accepts the word. */
const BOARD_TYPES = ['scrum', 'kanban', 'simple'] as const;
const ORDERINGS = ['name', '-name', '+name'] as const;

/** GET /rest/agile/1.0/board (getAllBoards): the boards of projects the viewer browses, paged. */
export function getAllBoards(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: '/rest/agile/1.0/board',
    handle(request, viewer) {
      const params = new ParamReader(request);
      const paging = params.paging();
      const types = params.choices('type', BOARD_TYPES, (word) => `'${word}' is not a valid board type. Valid values: ${BOARD_TYPES.join(', ')}.`);
      const orderBy = params.oneOf('orderBy', ORDERINGS, (raw) => `'${raw}' is not a valid value for 'orderBy'. Valid values: ${ORDERINGS.join(', ')}.`);
      const failure = params.failure();
      if (failure !== undefined) return failure;

      const expand = new Set(params.words('expand').filter(isExpansion));
      const name = params.text('name')?.toLowerCase();
      const project = params.text('projectKeyOrId');
      const boards = [...context.state.boards.values()]
        .filter((board) => canBrowseProject(context.state, viewer, board.projectId))
        .filter((board) => types === undefined || types.has(board.type))
        .filter((board) => name === undefined || board.name.toLowerCase().includes(name))
        .filter((board) => project === undefined || matches(context.state.projects.get(board.projectId), project))
        .sort(orderBy === undefined ? (a, b) => a.id - b.id : byName(orderBy === '-name' ? -1 : 1));
      const page = pageOf(boards, paging);
      const rendered = page.values.map((board) => boardBean(context, viewer, board, expand));
      return {
        status: 200,
        body: { ...page, total: boards.length, values: rendered.map((r) => r.bean) },
        objects: { core: rendered.length, identity: rendered.reduce((sum, r) => sum + r.users, 0) },
      };
    },
  };
}

function isExpansion(word: string): word is BoardExpansion {
  return (BOARD_EXPANSIONS as readonly string[]).includes(word);
}

function matches(project: Project | undefined, keyOrId: string): boolean {
  return project !== undefined && (project.id === keyOrId || project.key === keyOrId.toUpperCase());
}

function byName(direction: 1 | -1): (a: Board, b: Board) => number {
  return (a, b) => direction * a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id - b.id;
}
