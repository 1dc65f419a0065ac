import type { Board, IssueType, Project } from '../model/entities';
import type { JiraSiteState } from '../model/site-state';

/** What the generator needs to know about one project, worked out once from the site. */
export interface ProjectView {
  project: Project;
  /** The project's board; scrum boards run sprints. */
  board: Board | undefined;
  types: Partial<Record<IssueType['name'], string>>;
  /** Workflow statuses in board-column order. */
  statusIds: string[];
  todo: string;
  inProgress: string;
  /** Everyone who can browse the project: assignees and mentions come from here. */
  people: string[];
  /** The configured actors who can browse the project. */
  actors: string[];
}

/** Views of the projects some actor can work in, keyed by project id. */
export function projectViews(state: JiraSiteState, actorIds: readonly string[]): Map<string, ProjectView> {
  const views = new Map<string, ProjectView>();
  for (const project of state.projects.values()) {
    const actors = actorIds.filter((id) => state.canBrowse(id, project.id));
    const category = (key: string) => project.statusIds.find((id) => state.statuses.get(id)?.category === key);
    const todo = category('new');
    const inProgress = category('indeterminate');
    if (actors.length === 0 || todo === undefined || inProgress === undefined) continue;
    const types: ProjectView['types'] = {};
    for (const id of project.issueTypeIds) {
      const type = state.issueTypes.get(id);
      if (type !== undefined) types[type.name] = id;
    }
    views.set(project.id, {
      project,
      board: [...state.boards.values()].find((b) => b.projectId === project.id),
      types,
      statusIds: project.statusIds,
      todo,
      inProgress,
      people: [...state.users.values()].filter((u) => u.accountType === 'atlassian' && state.canBrowse(u.accountId, project.id)).map((u) => u.accountId),
      actors,
    });
  }
  return views;
}
