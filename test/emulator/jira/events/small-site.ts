import type { IssueType } from '../../../../emulator/jira/model/entities';
import type { Issue, NewIssue } from '../../../../emulator/jira/model/issue';
import type { SiteChange } from '../../../../emulator/jira/model/site-change';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';
import { generateSite } from '../../../../emulator/jira/seed/generate-site';
import { DEFAULT_EPOCH } from '../../../../emulator/platform/clock';

export const now = DEFAULT_EPOCH;
export const MINUTE = 60_000;

/** A small seeded site and handles on its first scrum project, for tests that make their own changes. */
export function smallSite() {
  const state = generateSite({ issues: 60, seed: 5, now });
  const users = [...state.users.values()];
  const [alice, bob, carol] = [users[0]!.accountId, users[3]!.accountId, users[4]!.accountId];
  const board = [...state.boards.values()].find((b) => b.type === 'scrum')!;
  const project = state.projects.get(board.projectId)!;
  const sprints = state.sprintsOfBoard(board.id);
  const active = sprints.find((s) => s.state === 'active')!;
  const future = sprints.filter((s) => s.state === 'future');
  const typeId = (name: IssueType['name']) => project.issueTypeIds.find((id) => state.issueTypes.get(id)?.name === name)!;
  const statusIn = (category: string) => project.statusIds.find((id) => state.statuses.get(id)?.category === category)!;
  const statuses = { todo: statusIn('new'), inProgress: statusIn('indeterminate'), done: statusIn('done') };
  const create = (name: IssueType['name'], fields: Partial<NewIssue> = {}, actor = alice, at = now): Issue =>
    state.createIssue({ projectId: project.id, issueTypeId: typeId(name), summary: `A ${name}`, statusId: statuses.todo, ...fields }, actor, at);
  return { state, alice, bob, carol, board, project, active, future, statuses, create };
}

/** Records every change the state notifies from now on. */
export function recordChanges(state: JiraSiteState): SiteChange[] {
  const changes: SiteChange[] = [];
  state.onChange((change) => changes.push(change));
  return changes;
}
