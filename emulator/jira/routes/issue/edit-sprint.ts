import { changed, rejected, setOnly, type FieldEditor } from './edit-operations';

/**
 * The Sprint field takes one sprint id, or null for the backlog. The issue's sprint list is its
 * history: closed sprints stay, the open one (at most one, the last) is replaced or dropped.
 */
export const sprintEditor: FieldEditor = setOnly((value, { state, issue }) => {
  if (state.issueTypes.get(issue.issueTypeId)?.subtask === true) return rejected('Sub-tasks move with their parent; their sprint cannot be set.');
  if (value !== null && (typeof value !== 'number' || !Number.isInteger(value))) return rejected('Number value expected as the Sprint id.');
  const kept = issue.sprintIds.filter((id) => state.sprints.get(id)?.state === 'closed');
  if (value === null) return changed({ sprintIds: kept });
  const sprint = state.sprints.get(value);
  if (sprint === undefined) return rejected(`Sprint with id ${value} does not exist.`);
  if (sprint.state === 'closed') return rejected('Issue can be assigned only active or future sprints.');
  if (state.boards.get(sprint.boardId)?.projectId !== issue.projectId) return rejected(`Sprint with id ${value} is not on a board of this issue's project.`);
  return changed({ sprintIds: [...kept, value] });
});
