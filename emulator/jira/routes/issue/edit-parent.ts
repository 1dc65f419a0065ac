import type { Issue, IssueChanges } from '../../model/issue';
import type { JiraSiteState } from '../../model/site-state';
import { changed, rejected, setOnly, type FieldEditor } from './edit-operations';
import { isPlainObject } from './query-params';

/**
 * `{key}` or `{id}` sets the parent; null or `{none: true}` removes it. The parent must sit one
 * level up the hierarchy (subtask → standard issue → epic) in the same project. A subtask takes
 * its new parent's sprints, as subtasks always follow their parent's sprint.
 */
export const parentEditor: FieldEditor = setOnly((value, { state, issue }) => {
  const level = state.issueTypes.get(issue.issueTypeId)?.hierarchyLevel;
  if (value === null || (isPlainObject(value) && value.none === true)) {
    return level === -1 ? rejected('A sub-task must have a parent.') : changed({ parentId: null });
  }
  if (!isPlainObject(value)) return rejected('data was not an object');
  const parent = findParent(state, value);
  if (parent === undefined) return rejected('Could not find issue by id or key.');
  if (parent.id === issue.id) return rejected('An issue cannot be its own parent.');
  if (parent.projectId !== issue.projectId) return rejected('The parent must be in the same project as the issue.');
  if (level === undefined || state.issueTypes.get(parent.issueTypeId)?.hierarchyLevel !== level + 1) {
    return rejected('Given parent work item does not belong to appropriate hierarchy.');
  }
  const changes: IssueChanges = { parentId: parent.id };
  if (level === -1) changes.sprintIds = [...parent.sprintIds];
  return changed(changes);
});

function findParent(state: JiraSiteState, value: Record<string, unknown>): Issue | undefined {
  if (typeof value.key === 'string') return state.issueByKey(value.key.toUpperCase());
  if (typeof value.id === 'string' || typeof value.id === 'number') return state.issue(String(value.id));
  return undefined;
}
