import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { JiraRequest } from '../../http/jira-server';
import type { IssueChanges } from '../../model/issue';
import type { Project } from '../../model/entities';
import { viewerAccountId, type SiteContext, type SiteRoute, type Viewer } from '../../site/context';
import { hasGlobalPermission, hasProjectPermission } from '../../site/permissions';
import { FIELD_EDITORS } from './edit-fields';
import { cannotBeSet, type EditTarget, type FieldOperation } from './edit-operations';
import { readEditBody } from './edit-request';
import { ISSUE_TEMPLATE, issueReply } from './get-issue';
import { booleanParam, parsed, refused, type Parsed } from './query-params';
import { issueNotFound, visibleIssue } from './visible-issue';

/**
 * PUT /rest/api/3/issue/{issueIdOrKey} (editIssue): every field is checked before anything changes,
 * then all changes land as one changelog entry. 204, or 200 with the issue when `returnIssue=true`.
 */
export function editIssue(context: SiteContext): SiteRoute {
  return {
    method: 'PUT',
    template: ISSUE_TEMPLATE,
    handle(request, viewer) {
      const { state } = context;
      const issue = visibleIssue(context, viewer, request.params.issueIdOrKey ?? '');
      const project = issue === undefined ? undefined : state.projects.get(issue.projectId);
      if (issue === undefined || project === undefined) return issueNotFound();
      const refusal = permissionRefusal(context, request, viewer, project);
      if (refusal !== undefined) return refusal;
      const body = readEditBody(request.body);
      if (!body.ok) return body.reply;
      const changes = validate(body.value, { state, issue, viewer });
      if (!changes.ok) return changes.reply;

      state.editIssueFields(issue.id, changes.value, viewerAccountId(viewer), context.now());
      if (!booleanParam(request.query, 'returnIssue', false)) return { status: 204 };
      return issueReply(context, issue, { fields: [], expand: request.query.getAll('expand'), properties: false });
    },
  };
}

function permissionRefusal(context: SiteContext, request: JiraRequest, viewer: Viewer, project: Project): JiraReply | undefined {
  const { state } = context;
  if (!hasProjectPermission(state, viewer, project, 'EDIT_ISSUES')) return jiraError(403, ['You do not have permission to edit issues in this project.']);
  const { query } = request;
  const overrides = booleanParam(query, 'overrideScreenSecurity', false) || booleanParam(query, 'overrideEditableFlag', false);
  if (overrides && !hasGlobalPermission(viewer, 'ADMINISTER')) {
    return jiraError(403, ['Connect and Forge app users with Administer Jira global permission can override screen security.']);
  }
  // The documentation says a silent notification is ignored without permission; Jira refuses it.
  const silent = !booleanParam(query, 'notifyUsers', true);
  if (silent && !hasGlobalPermission(viewer, 'ADMINISTER') && !hasProjectPermission(state, viewer, project, 'ADMINISTER_PROJECTS')) {
    return jiraError(403, ['To discard the user notification either admin or project admin permissions are required.']);
  }
  return undefined;
}

/** Every field's steps, checked against the issue as it is; all problems are reported together. */
function validate(steps: ReadonlyMap<string, FieldOperation[]>, target: EditTarget): Parsed<IssueChanges> {
  const changes: IssueChanges = {};
  const errors: Record<string, string> = {};
  const messages: string[] = [];
  for (const [fieldId, operations] of steps) {
    const editor = FIELD_EDITORS.get(fieldId);
    if (editor === undefined) {
      errors[fieldId] = cannotBeSet(fieldId);
      continue;
    }
    const unsupported = operations.find((step) => !editor.operations.includes(step.op));
    if (unsupported !== undefined) {
      errors[fieldId] = `Field '${fieldId}' does not support operation '${unsupported.op}'. Supported operation(s) are: ${editor.operations.map((op) => `'${op}'`).join(', ')}`;
      continue;
    }
    const result = editor.apply(operations, target);
    if (result.ok) Object.assign(changes, result.changes);
    else {
      errors[fieldId] = result.error;
      if (result.message !== undefined) messages.push(result.message);
    }
  }
  return Object.keys(errors).length > 0 ? refused(jiraError(400, messages, errors)) : parsed(changes);
}
