import { jiraError } from '../../http/jira-errors';
import type { Sprint } from '../../model/entities';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';
import { pathIdOf } from './params';
import { sprintBean } from './sprint-bean';

/**
 * GET /rest/agile/1.0/sprint/{sprintId} (getSprint). A sprint the viewer may not see is answered as
 * missing, and so is an id that is not a number: the operation documents no 400.
 */
export function getSprint(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: '/rest/agile/1.0/sprint/{sprintId}',
    handle(request, viewer) {
      const sprintId = pathIdOf(request.params.sprintId);
      const sprint = sprintId === undefined ? undefined : context.state.sprints.get(sprintId);
      if (sprint === undefined || !canSee(context, viewer, sprint)) {
        return jiraError(404, ['Sprint does not exist or you do not have permission to see it.']);
      }
      return { status: 200, body: sprintBean(context.siteUrl, sprint), objects: { core: 1, identity: 0 } };
    },
  };
}

/** As documented: the viewer sees the sprint's board, or at least one issue in the sprint. */
function canSee(context: SiteContext, viewer: Viewer, sprint: Sprint): boolean {
  const board = context.state.boards.get(sprint.boardId);
  if (board !== undefined && canBrowseProject(context.state, viewer, board.projectId)) return true;
  return context.state.issuesInSprint(sprint.id).some((issue) => canBrowseProject(context.state, viewer, issue.projectId));
}
