import type { Project } from '../../model/entities';
import type { JiraSiteState } from '../../model/site-state';
import type { Viewer } from '../../site/context';
import { hasGlobalPermission, hasProjectPermission, isGlobalPermission, type GlobalPermission, type ProjectPermission } from '../../site/permissions';

export interface PermissionInfo {
  id: string;
  name: string;
  type: 'PROJECT' | 'GLOBAL';
  description: string;
}

/** Jira Cloud's own ids, names and descriptions; app-provided permissions such as sprints carry id -1. */
export const PERMISSION_INFO: Readonly<Record<ProjectPermission | GlobalPermission, PermissionInfo>> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT', description: 'Ability to create issues.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', type: 'PROJECT', description: 'Ability to transition issues.' },
  ASSIGN_ISSUES: { id: '13', name: 'Assign Issues', type: 'PROJECT', description: 'Ability to assign issues to other people.' },
  SCHEDULE_ISSUES: { id: '28', name: 'Schedule Issues', type: 'PROJECT', description: "Ability to view or edit an issue's due date." },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', type: 'PROJECT', description: 'Ability to comment on issues.' },
  WORK_ON_ISSUES: { id: '20', name: 'Work On Issues', type: 'PROJECT', description: 'Ability to log work done against an issue. Only useful if Time Tracking is turned on.' },
  DELETE_ISSUES: { id: '16', name: 'Delete Issues', type: 'PROJECT', description: 'Ability to delete issues.' },
  MANAGE_SPRINTS_PERMISSION: { id: '-1', name: 'Manage sprints', type: 'PROJECT', description: 'Ability to manage sprints.' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT', description: 'Ability to administer a project in Jira.' },
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description:
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
  },
  SYSTEM_ADMIN: { id: '44', name: 'Jira System Administrators', type: 'GLOBAL', description: 'Ability to perform all administration functions. There must be at least one group with this permission.' },
  USER_PICKER: {
    id: '27',
    name: 'Browse users and groups',
    type: 'GLOBAL',
    description: 'View and select users or groups from the user picker, and share issues. Users with this permission can see the names of all users and groups on your site.',
  },
  CREATE_SHARED_OBJECTS: { id: '22', name: 'Share dashboards and filters', type: 'GLOBAL', description: 'Share dashboards and filters with other users.' },
};

export function isKnownPermission(key: string): key is ProjectPermission | GlobalPermission {
  return Object.hasOwn(PERMISSION_INFO, key);
}

/**
 * Whether the viewer holds the permission in a context. Without a project, Jira reports a project
 * permission held in any project; global permissions ignore the context.
 */
export function holdsPermission(state: JiraSiteState, viewer: Viewer, key: ProjectPermission | GlobalPermission, project: Project | undefined): boolean {
  if (isGlobalPermission(key)) return hasGlobalPermission(viewer, key);
  if (project !== undefined) return hasProjectPermission(state, viewer, project, key);
  for (const candidate of state.projects.values()) if (hasProjectPermission(state, viewer, candidate, key)) return true;
  return false;
}
