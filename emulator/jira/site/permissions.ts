import type { Project } from '../model/entities';
import type { JiraSiteState } from '../model/site-state';
import type { Viewer } from './context';

/** Project permissions the emulated site grants; the keys are Jira's built-in permission keys. */
export const PROJECT_PERMISSIONS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'ASSIGN_ISSUES',
  'SCHEDULE_ISSUES',
  'ADD_COMMENTS',
  'WORK_ON_ISSUES',
  'DELETE_ISSUES',
  'MANAGE_SPRINTS_PERMISSION',
  'ADMINISTER_PROJECTS',
] as const;

export const GLOBAL_PERMISSIONS = ['ADMINISTER', 'SYSTEM_ADMIN', 'USER_PICKER', 'CREATE_SHARED_OBJECTS'] as const;

export type ProjectPermission = (typeof PROJECT_PERMISSIONS)[number];
export type GlobalPermission = (typeof GLOBAL_PERMISSIONS)[number];

/**
 * The app's user sits in `atlassian-addons-admin` on a real site, so `asApp` browses every project
 * and holds Administer Jira; a user browses what the site lets them, and only admins administer.
 */
export function canBrowseProject(state: JiraSiteState, viewer: Viewer, projectId: string): boolean {
  return viewer.kind === 'app' || state.canBrowse(viewer.user.accountId, projectId);
}

export function hasGlobalPermission(viewer: Viewer, permission: GlobalPermission): boolean {
  if (viewer.kind === 'app') return permission !== 'SYSTEM_ADMIN';
  if (permission === 'ADMINISTER' || permission === 'SYSTEM_ADMIN') return viewer.user.siteAdmin;
  return true;
}

/** Members who can browse a project work in it; its lead and the admins also administer it. */
export function hasProjectPermission(state: JiraSiteState, viewer: Viewer, project: Project, permission: ProjectPermission): boolean {
  if (!canBrowseProject(state, viewer, project.id)) return false;
  if (permission !== 'ADMINISTER_PROJECTS' && permission !== 'DELETE_ISSUES') return true;
  return viewer.kind === 'app' || viewer.user.siteAdmin || viewer.user.accountId === project.leadAccountId;
}

export function isProjectPermission(key: string): key is ProjectPermission {
  return (PROJECT_PERMISSIONS as readonly string[]).includes(key);
}

export function isGlobalPermission(key: string): key is GlobalPermission {
  return (GLOBAL_PERMISSIONS as readonly string[]).includes(key);
}
