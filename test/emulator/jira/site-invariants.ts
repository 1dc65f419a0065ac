import type { Issue } from '../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../emulator/jira/model/site-state';

export type Check = (ok: boolean, what: string) => void;

/**
 * What must hold of an issue's references however the site came about: its project offers its type
 * and status, its people can browse the project, its parent and sprints belong to the same project,
 * and the key index finds it.
 */
export function checkIssueReferences(state: JiraSiteState, issue: Issue, check: Check): void {
  const project = state.projects.get(issue.projectId);
  check(project?.issueTypeIds.includes(issue.issueTypeId) === true, `${issue.key} type`);
  check(project?.statusIds.includes(issue.statusId) === true, `${issue.key} status`);
  check(state.priorities.has(issue.priorityId), `${issue.key} priority`);
  check(state.canBrowse(issue.reporterId, issue.projectId), `${issue.key} reporter`);
  check(issue.assigneeId === null || state.canBrowse(issue.assigneeId, issue.projectId), `${issue.key} assignee`);
  check(issue.teamId === null || state.teams.has(issue.teamId), `${issue.key} team`);
  check(issue.parentId === null || state.issue(issue.parentId)?.projectId === issue.projectId, `${issue.key} parent`);
  const boardProject = (sprintId: number) => state.boards.get(state.sprints.get(sprintId)?.boardId ?? -1)?.projectId;
  for (const sprintId of issue.sprintIds) check(boardProject(sprintId) === issue.projectId, `${issue.key} sprint ${sprintId}`);
  check(state.issueByKey(issue.key) === issue, `${issue.key} key index`);
}
