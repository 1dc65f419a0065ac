import type { Priority } from '../../model/entities';
import { hasProjectPermission } from '../../site/permissions';
import { cannotBeSet, changed, rejected, setOnly, type FieldEditor } from './edit-operations';
import { isPlainObject } from './query-params';

const NOT_AN_OBJECT = 'data was not an object';

/** `{id}` or `{name}`, as the priority field accepts either. */
export const priorityEditor: FieldEditor = setOnly((value, { state }) => {
  if (!isPlainObject(value)) return value === null ? rejected('Specify the Priority (id or name) in the string format') : rejected(NOT_AN_OBJECT);
  const { id, name } = value;
  let priority: Priority | undefined;
  if (typeof id === 'string') priority = state.priorities.get(id);
  else if (typeof name === 'string') priority = [...state.priorities.values()].find((p) => p.name.toLowerCase() === name.toLowerCase());
  else return rejected('Specify the Priority (id or name) in the string format');
  return priority === undefined ? rejected('The priority selected is invalid.') : changed({ priorityId: priority.id });
});

/**
 * `{accountId}`, or null (or a null accountId) to unassign. The account must be active and able to
 * browse the project, which is what makes a user assignable here.
 */
export const assigneeEditor: FieldEditor = setOnly((value, { state, issue, viewer }) => {
  const project = state.projects.get(issue.projectId);
  if (project === undefined || !hasProjectPermission(state, viewer, project, 'ASSIGN_ISSUES')) return rejected(cannotBeSet('assignee'));
  if (value === null) return changed({ assigneeId: null });
  if (!isPlainObject(value)) return rejected(NOT_AN_OBJECT);
  const { accountId } = value;
  if (accountId === null) return changed({ assigneeId: null });
  if (typeof accountId !== 'string') return rejected("Specify the assignee by 'accountId'.");
  if (!state.canBrowse(accountId, issue.projectId)) return rejected(`User '${accountId}' cannot be assigned issues.`);
  return changed({ assigneeId: accountId });
});

/** The Team field takes the team's id as a plain string. */
export const teamEditor: FieldEditor = setOnly((value, { state }) => {
  if (value === null) return changed({ teamId: null });
  if (typeof value !== 'string') return rejected('Operation value must be a string');
  return state.teams.has(value) ? changed({ teamId: value }) : rejected(`The team with id '${value}' does not exist.`);
});
