import type { Board, BoardType, Project, ProjectStyle, Team } from '../model/entities';
import { CUSTOM_FIELD_IDS } from '../model/fields';
import type { JiraSiteState } from '../model/site-state';
import { SHARED_STATUS_IDS, seedTeamManagedCatalog, sharedIssueTypeIds } from './catalog';
import type { People } from './people';

interface ProjectSpec {
  key: string;
  name: string;
  style: ProjectStyle;
  board: BoardType;
  /** Board estimation field; the legacy "Story Points" field on some company-managed boards. */
  estimationFieldId: string | null;
  /** Share of the site's issues. */
  weight: number;
}

const CORE: ProjectSpec[] = [
  { key: 'PLAT', name: 'Platform', style: 'classic', board: 'scrum', estimationFieldId: CUSTOM_FIELD_IDS.storyPoints, weight: 3 },
  { key: 'MOB', name: 'Mobile', style: 'classic', board: 'scrum', estimationFieldId: CUSTOM_FIELD_IDS.storyPointEstimate, weight: 2 },
  { key: 'OPS', name: 'Operations', style: 'classic', board: 'kanban', estimationFieldId: null, weight: 1.5 },
  { key: 'ATLAS', name: 'Atlas', style: 'next-gen', board: 'scrum', estimationFieldId: CUSTOM_FIELD_IDS.storyPointEstimate, weight: 2 },
];

const EXTRA: Array<[string, string]> = [['WEB', 'Web'], ['DATA', 'Data'], ['CORE', 'Core Services'], ['API', 'Public API']];

/** The project the restricted user cannot browse. */
export const RESTRICTED_PROJECT_KEY = 'OPS';

export interface SeededProject {
  project: Project;
  board: Board;
  weight: number;
  teams: Team[];
}

/** Four fixed projects, plus one company-managed scrum project per 25,000 issues (at most four). */
export function seedProjects(state: JiraSiteState, people: People, teams: Team[], issueCount: number): SeededProject[] {
  const extra = EXTRA.slice(0, Math.floor(issueCount / 25000)).map(([key, name], i): ProjectSpec => ({
    key,
    name,
    style: 'classic',
    board: 'scrum',
    estimationFieldId: i % 2 === 0 ? CUSTOM_FIELD_IDS.storyPoints : CUSTOM_FIELD_IDS.storyPointEstimate,
    weight: 2,
  }));
  const leads = [...people.admins, ...people.members];
  return [...CORE, ...extra].map((spec, i) => {
    const id = String(10000 + i);
    const catalog =
      spec.style === 'next-gen'
        ? seedTeamManagedCatalog(state, id, 10100 + i * 100)
        : {
            statusIds: spec.board === 'kanban' ? [SHARED_STATUS_IDS.todo, SHARED_STATUS_IDS.inProgress, SHARED_STATUS_IDS.done] : Object.values(SHARED_STATUS_IDS),
            issueTypeIds: sharedIssueTypeIds(state),
          };
    const project: Project = {
      id,
      key: spec.key,
      name: spec.name,
      style: spec.style,
      projectTypeKey: 'software',
      leadAccountId: (leads[i % leads.length] ?? people.restricted).accountId,
      issueTypeIds: catalog.issueTypeIds,
      statusIds: catalog.statusIds,
      issueCounter: 0,
    };
    state.projects.set(id, project);
    if (spec.key === RESTRICTED_PROJECT_KEY) people.restricted.hiddenProjectIds.push(id);
    const board: Board = {
      id: i + 1,
      name: spec.style === 'next-gen' ? `${spec.key} board` : `${spec.name} ${spec.board === 'scrum' ? 'Scrum' : 'Kanban'}`,
      type: spec.board,
      projectId: id,
      estimationFieldId: spec.estimationFieldId,
      columns: catalog.statusIds.map((statusId) => ({ name: state.statuses.get(statusId)?.name ?? statusId, statusIds: [statusId] })),
    };
    state.boards.set(board.id, board);
    const projectTeams = teams.filter((_, t) => t % CORE.length === i % CORE.length || t === (i + 1) % teams.length);
    return { project, board, weight: spec.weight, teams: projectTeams };
  });
}
