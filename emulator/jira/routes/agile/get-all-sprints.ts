import { jiraError } from '../../http/jira-errors';
import type { Sprint, SprintState } from '../../model/entities';
import type { SiteContext, SiteRoute } from '../../site/context';
import { boardNotFound, visibleBoard } from './board-access';
import { pageOf } from './paging';
import { ParamReader } from './params';
import { sprintBean } from './sprint-bean';

/** Jira lists closed sprints first, then the active ones, then those still to come. */
const STATE_ORDER: readonly SprintState[] = ['closed', 'active', 'future'];
const STATES: readonly SprintState[] = ['future', 'active', 'closed'];

/**
 * GET /rest/agile/1.0/board/{boardId}/sprint (getAllSprints). Unlike the board list, the page
 * carries no `total`: Jira Cloud leaves it out here, and clients must page by `isLast`.
 */
export function getAllSprints(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: '/rest/agile/1.0/board/{boardId}/sprint',
    handle(request, viewer) {
      const params = new ParamReader(request);
      const boardId = params.pathId('boardId');
      const paging = params.paging();
      const states = params.choices('state', STATES, (word) => `'${word}' is not a valid sprint state. Valid values: ${STATES.join(', ')}.`);
      const failure = params.failure();
      if (failure !== undefined) return failure;

      const board = visibleBoard(context, viewer, boardId);
      if (board === undefined) return boardNotFound();
      if (board.type === 'kanban') return jiraError(400, ['The board does not support sprints']);
      const sprints = context.state
        .sprintsOfBoard(board.id)
        .filter((sprint) => states === undefined || states.has(sprint.state))
        .sort(backlogOrder);
      const page = pageOf(sprints, paging);
      return {
        status: 200,
        body: { ...page, values: page.values.map((sprint) => sprintBean(context.siteUrl, sprint)) },
        objects: { core: page.values.length, identity: 0 },
      };
    },
  };
}

/** Within a state, sprint ids follow the order sprints were planned in, which is their backlog position. */
function backlogOrder(a: Sprint, b: Sprint): number {
  return STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state) || a.id - b.id;
}
