import type { IssueType, User } from '../model/entities';
import type { JiraSiteState } from '../model/site-state';
import type { SeededProject } from './projects';
import type { PlannedSprint } from './sprints';

/** An issue planned but possibly not yet created (or already deleted) while the timeline runs. */
export interface IssueHandle {
  id: string | null;
}

/** What the planner needs to know about one project. */
export interface ProjectContext {
  seeded: SeededProject;
  sprints: PlannedSprint[];
  types: Record<IssueType['name'], string>;
  statuses: { todo: string; inProgress: string; review: string | null; done: string };
  browsers: User[];
  epics: IssueHandle[];
  /** Standard-level issues that can hold subtasks. */
  parents: IssueHandle[];
}

export function projectContext(state: JiraSiteState, seeded: SeededProject, sprints: PlannedSprint[]): ProjectContext {
  const { project } = seeded;
  const types = Object.fromEntries(project.issueTypeIds.map((id) => [state.issueTypes.get(id)?.name, id])) as Record<IssueType['name'], string>;
  const statuses = project.statusIds.map((id) => state.statuses.get(id)).filter((s) => s !== undefined);
  const byCategory = (category: string) => statuses.filter((s) => s.category === category).map((s) => s.id);
  const [inProgress, review] = byCategory('indeterminate');
  const [todo] = byCategory('new');
  const [done] = byCategory('done');
  if (todo === undefined || inProgress === undefined || done === undefined) throw new Error(`Project ${project.key} lacks a status category`);
  return {
    seeded,
    sprints,
    types,
    statuses: { todo, inProgress, review: review ?? null, done },
    browsers: [...state.users.values()].filter((u) => state.canBrowse(u.accountId, project.id)),
    epics: [],
    parents: [],
  };
}
