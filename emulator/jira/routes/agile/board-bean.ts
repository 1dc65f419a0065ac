import type { Board, Project, User } from '../../model/entities';
import { userRef } from '../../render/refs';
import type { SiteContext, Viewer } from '../../site/context';
import { hasProjectPermission } from '../../site/permissions';
import { boardSelf } from './board-access';

/** What `expand` on GET /board may add; Jira ignores any other word. */
export const BOARD_EXPANSIONS = ['admins', 'permissions'] as const;
export type BoardExpansion = (typeof BOARD_EXPANSIONS)[number];

export interface RenderedBoard {
  bean: Record<string, unknown>;
  /** Users the bean embeds, for the points cost. */
  users: number;
}

/** A board as GET /board lists it (`Board` in the OpenAPI document). */
export function boardBean(context: SiteContext, viewer: Viewer, board: Board, expand: ReadonlySet<BoardExpansion>): RenderedBoard {
  const project = context.state.projects.get(board.projectId);
  const admins = expand.has('admins') && project !== undefined ? boardAdmins(context, project) : undefined;
  const bean = {
    id: board.id,
    self: boardSelf(context.siteUrl, board.id),
    name: board.name,
    type: board.type,
    ...(admins === undefined ? {} : { admins: { users: admins.map((user) => adminRef(context.siteUrl, user)), groups: [] } }),
    ...(project === undefined ? {} : { location: location(context.siteUrl, project) }),
    ...(expand.has('permissions') && project !== undefined ? { canEdit: hasProjectPermission(context.state, viewer, project, 'ADMINISTER_PROJECTS') } : {}),
    isPrivate: false,
  };
  return { bean, users: admins?.length ?? 0 };
}

function location(siteUrl: string, project: Project): Record<string, unknown> {
  const displayName = `${project.name} (${project.key})`;
  return {
    projectId: Number(project.id),
    displayName,
    projectName: project.name,
    projectKey: project.key,
    projectTypeKey: project.projectTypeKey,
    avatarURI: `${siteUrl}/rest/api/2/universal_avatar/view/type/project/avatar/10400?size=small`,
    name: displayName,
  };
}

/** A board made with its project is administered by the project lead. */
function boardAdmins(context: SiteContext, project: Project): User[] {
  const lead = context.state.users.get(project.leadAccountId);
  return lead === undefined ? [] : [lead];
}

/** The board schema's user carries no time zone or account type, unlike the platform's UserDetails. */
function adminRef(siteUrl: string, user: User): Record<string, unknown> {
  const { self, accountId, avatarUrls, displayName, active } = userRef(siteUrl, user);
  return { self, accountId, avatarUrls, displayName, active };
}
