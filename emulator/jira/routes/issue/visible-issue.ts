import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { Issue } from '../../model/issue';
import type { SiteContext, Viewer } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';

const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

/**
 * The issue named by id or key, if this viewer may browse it. Keys match in any case, as Jira
 * falls back to a case-insensitive search; an issue the viewer cannot see does not exist for them.
 */
export function visibleIssue(context: SiteContext, viewer: Viewer, idOrKey: string): Issue | undefined {
  const { state } = context;
  const issue = /^\d+$/.test(idOrKey) ? state.issue(idOrKey) : state.issueByKey(idOrKey.toUpperCase());
  return issue !== undefined && canBrowseProject(state, viewer, issue.projectId) ? issue : undefined;
}

export function issueNotFound(): JiraReply {
  return jiraError(404, [ISSUE_NOT_FOUND]);
}
