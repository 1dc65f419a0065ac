import type { JiraClient } from '../jira/client/jira-client';
import { getBoardConfiguration } from '../jira/endpoints/get-board-configuration';
import { getBoards } from '../jira/endpoints/get-boards';
import { getFields } from '../jira/endpoints/get-fields';
import { getProjects } from '../jira/endpoints/get-projects';
import type { BoardEstimation, JiraFieldInfo, ProjectStyleInfo } from './logical-fields';

/**
 * Boards inspected for their estimation field. A site with hundreds of boards agrees or disagrees
 * already within the first fifty, and each board costs a request.
 */
export const MAX_BOARDS_INSPECTED = 50;

export interface DiscoveryInputs {
  fields: JiraFieldInfo[];
  boards: BoardEstimation[];
  projects: ProjectStyleInfo[];
  /** Boards left out beyond the cap. */
  boardsSkipped: number;
}

/** What discovery reads from Jira, as the app: the fields, the boards' estimation fields, the projects' styles. */
export async function gatherDiscoveryInputs(client: JiraClient): Promise<DiscoveryInputs> {
  const [fields, boards, projects] = await Promise.all([getFields(client), getBoards(client), getProjects(client)]);
  const inspected = boards.filter((board) => board.type !== 'kanban').slice(0, MAX_BOARDS_INSPECTED);
  const estimations: BoardEstimation[] = [];
  for (const board of inspected) {
    const configuration = await getBoardConfiguration(client, board.id);
    const fieldId = configuration.estimation?.type === 'field' ? (configuration.estimation.field?.fieldId ?? null) : null;
    const projectId = board.location?.projectId;
    estimations.push({ boardId: board.id, boardName: board.name, projectId: projectId === undefined ? null : String(projectId), estimationFieldId: fieldId });
  }
  return {
    fields: fields.map((field) => ({ id: field.id, name: field.name, custom: field.custom, schema: field.schema })),
    boards: estimations,
    projects: projects.map((project) => ({ id: project.id, key: project.key, style: project.style === 'next-gen' ? 'next-gen' : 'classic' })),
    boardsSkipped: boards.filter((board) => board.type !== 'kanban').length - inspected.length,
  };
}
