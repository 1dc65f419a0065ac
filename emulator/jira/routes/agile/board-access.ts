import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { Board } from '../../model/entities';
import type { SiteContext, Viewer } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';

/** A board is visible to whoever browses its project; otherwise Jira pretends it does not exist. */
export function visibleBoard(context: SiteContext, viewer: Viewer, boardId: number): Board | undefined {
  const board = context.state.boards.get(boardId);
  return board !== undefined && canBrowseProject(context.state, viewer, board.projectId) ? board : undefined;
}

export function boardNotFound(): JiraReply {
  return jiraError(404, ['Board does not exist or you do not have permission to see it.']);
}

export function boardSelf(siteUrl: string, boardId: number): string {
  return `${siteUrl}/rest/agile/1.0/board/${boardId}`;
}
