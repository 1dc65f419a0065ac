import { generateSite } from '../../../emulator/jira/seed/generate-site';
import type { DiscoveryInput } from '../../../src/fields/discovery';

/** The emulator's seeded site as discovery sees it: its fields, its boards' estimation fields, its projects' styles. */
export function seededSite(): DiscoveryInput & { boardId: (projectKey: string) => number } {
  const state = generateSite({ issues: 300, seed: 3, now: Date.UTC(2026, 10, 2, 9) });
  const projects = [...state.projects.values()];
  const boards = [...state.boards.values()];
  const boardId = (projectKey: string): number => {
    const owner = projects.find((candidate) => candidate.key === projectKey);
    const found = boards.find((candidate) => candidate.projectId === owner?.id);
    if (!found) throw new Error(`no board for project ${projectKey}`);
    return found.id;
  };
  return {
    fields: [...state.fields.values()].map(({ id, name, custom, schema }) => ({ id, name, custom, schema })),
    boards: boards.map((b) => ({ boardId: b.id, boardName: b.name, projectId: b.projectId, estimationFieldId: b.estimationFieldId })),
    projects: projects.map(({ id, key, style }) => ({ id, key, style })),
    boardId,
  };
}
