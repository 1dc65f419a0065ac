import { mentionedAccountIds } from '../../../../emulator/jira/model/adf';
import type { Issue } from '../../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';
import { checkIssueReferences, type Check } from '../site-invariants';

/**
 * Everything that must hold of a site however it evolved, as readable problems (empty when sound):
 * references resolve, subtasks share their parent's sprints, histories agree with the fields,
 * boards run at most one sprint, and the indexes agree with the issues.
 */
export function siteProblems(state: JiraSiteState, now: number): string[] {
  const problems: string[] = [];
  const check: Check = (ok, what) => {
    if (!ok) problems.push(what);
  };
  const issues = [...state.allIssues()];
  for (const issue of issues) issueProblems(state, issue, now, check);
  for (const board of state.boards.values()) {
    const active = state.sprintsOfBoard(board.id).filter((s) => s.state === 'active');
    check(active.length <= 1, `board ${board.id} has ${active.length} active sprints`);
  }
  for (const sprint of state.sprints.values()) {
    const indexed = new Set(state.issuesInSprint(sprint.id).map((i) => i.id));
    const actual = new Set(issues.filter((i) => i.sprintIds.includes(sprint.id)).map((i) => i.id));
    check(indexed.size === actual.size && [...actual].every((id) => indexed.has(id)), `sprint ${sprint.id} index`);
  }
  for (const project of state.projects.values()) {
    check(state.issuesInProject(project.id).length === issues.filter((i) => i.projectId === project.id).length, `project ${project.key} index`);
  }
  return problems;
}

function issueProblems(state: JiraSiteState, issue: Issue, now: number, check: Check): void {
  checkIssueReferences(state, issue, check);
  const type = state.issueTypes.get(issue.issueTypeId);
  const parent = issue.parentId === null ? undefined : state.issue(issue.parentId);
  if (parent !== undefined && type?.subtask === true) {
    check(state.issueTypes.get(parent.issueTypeId)?.hierarchyLevel === 0, `${issue.key} subtask parent level`);
    check(parent.sprintIds.join() === issue.sprintIds.join(), `${issue.key} subtask sprints differ from ${parent.key}`);
  }
  if (parent !== undefined && type?.subtask !== true) check(state.issueTypes.get(parent.issueTypeId)?.name === 'Epic', `${issue.key} parent is no epic`);
  check(issue.sprintIds.slice(0, -1).every((id) => state.sprints.get(id)?.state === 'closed'), `${issue.key} open sprint before the last`);

  const items = issue.changelog.flatMap((h) => h.items);
  const lastStatus = items.filter((item) => item.field === 'status').at(-1);
  check(lastStatus === undefined || lastStatus.to === issue.statusId, `${issue.key} status history`);
  check((issue.resolutionId !== null) === state.isDone(issue), `${issue.key} resolution`);
  check(issue.created <= issue.updated && issue.updated <= now, `${issue.key} updated`);
  for (const h of issue.changelog) check(h.created >= issue.created && h.created <= issue.updated, `${issue.key} history time`);
  for (const w of issue.worklogs) check(w.started <= w.created && w.updated <= now, `${issue.key} worklog time`);
  const logged = issue.worklogs.reduce((sum, w) => sum + w.timeSpentSeconds, 0);
  check(issue.timeSpentSeconds === (issue.worklogs.length === 0 ? null : logged), `${issue.key} time spent`);
  for (const c of issue.comments) {
    check(c.updated <= now, `${issue.key} comment time`);
    for (const id of mentionedAccountIds(c.body)) check(state.canBrowse(id, issue.projectId), `${issue.key} comment mentions ${id}`);
  }
}
