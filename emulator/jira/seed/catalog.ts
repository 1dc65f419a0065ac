import type { IssueType, Status } from '../model/entities';
import type { JiraSiteState } from '../model/site-state';

/** Site-wide workflow statuses shared by company-managed projects. */
export const SHARED_STATUS_IDS = { todo: '10000', inProgress: '3', inReview: '10001', done: '10002' } as const;

const SHARED_TYPE_NAMES: ReadonlyArray<IssueType['name']> = ['Epic', 'Story', 'Task', 'Bug', 'Subtask'];

/** Statuses, shared issue types, priorities and resolutions every site starts with. */
export function seedCatalog(state: JiraSiteState): void {
  const statuses: Status[] = [
    { id: SHARED_STATUS_IDS.todo, name: 'To Do', category: 'new', scopeProjectId: null },
    { id: SHARED_STATUS_IDS.inProgress, name: 'In Progress', category: 'indeterminate', scopeProjectId: null },
    { id: SHARED_STATUS_IDS.inReview, name: 'In Review', category: 'indeterminate', scopeProjectId: null },
    { id: SHARED_STATUS_IDS.done, name: 'Done', category: 'done', scopeProjectId: null },
  ];
  for (const status of statuses) state.statuses.set(status.id, status);
  SHARED_TYPE_NAMES.forEach((name, i) => {
    const type = issueType(String(10001 + i), name, null);
    state.issueTypes.set(type.id, type);
  });
  const priorities = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
  priorities.forEach((name, i) => state.priorities.set(String(i + 1), { id: String(i + 1), name, isDefault: name === 'Medium' }));
  state.resolutions.set('10000', { id: '10000', name: 'Done' });
  state.resolutions.set('10001', { id: '10001', name: "Won't Do" });
  state.doneResolutionId = '10000';
}

export function sharedIssueTypeIds(state: JiraSiteState): string[] {
  return [...state.issueTypes.values()].filter((t) => t.scopeProjectId === null).map((t) => t.id);
}

export function issueType(id: string, name: IssueType['name'], scopeProjectId: string | null): IssueType {
  const hierarchyLevel = name === 'Epic' ? 1 : name === 'Subtask' ? -1 : 0;
  return { id, name, hierarchyLevel, subtask: name === 'Subtask', scopeProjectId };
}

/** Team-managed projects own their statuses and issue types, with fresh ids: same names, different ids. */
export function seedTeamManagedCatalog(state: JiraSiteState, projectId: string, firstId: number): { statusIds: string[]; issueTypeIds: string[] } {
  const statuses: Array<[string, Status['category']]> = [['To Do', 'new'], ['In Progress', 'indeterminate'], ['Done', 'done']];
  const statusIds = statuses.map(([name, category], i) => {
    const id = String(firstId + i);
    state.statuses.set(id, { id, name, category, scopeProjectId: projectId });
    return id;
  });
  const issueTypeIds = SHARED_TYPE_NAMES.map((name, i) => {
    const type = issueType(String(firstId + statuses.length + i), name, projectId);
    state.issueTypes.set(type.id, type);
    return type.id;
  });
  return { statusIds, issueTypeIds };
}
