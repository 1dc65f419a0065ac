import type { SiteContext, SiteRoute } from '../../site/context';
import { boardNotFound, visibleBoard } from './board-access';
import { boardConfiguration } from './board-configuration';
import { pathIdOf } from './params';

/** GET /rest/agile/1.0/board/{boardId}/configuration (getConfiguration). */
export function getConfiguration(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: '/rest/agile/1.0/board/{boardId}/configuration',
    handle(request, viewer) {
      const boardId = pathIdOf(request.params.boardId);
      const board = boardId === undefined ? undefined : visibleBoard(context, viewer, boardId);
      const project = board === undefined ? undefined : context.state.projects.get(board.projectId);
      if (board === undefined || project === undefined) return boardNotFound();
      return { status: 200, body: boardConfiguration(context.siteUrl, context.state, board, project), objects: { core: 1, identity: 0 } };
    },
  };
}
