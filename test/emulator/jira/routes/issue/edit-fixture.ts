import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Issue } from '../../../../../emulator/jira/model/issue';
import type { Viewer } from '../../../../../emulator/jira/site/context';
import type { RouteSite } from '../route-site';
import { call, conforming } from './issue-call';

export const ISSUE = '/rest/api/3/issue/{issueIdOrKey}';

/** PUT the body to the issue, checked against the document. */
export function edit(site: RouteSite, issue: Issue, body: unknown, query: Record<string, string> = {}, viewer: Viewer = site.app): JiraReply {
  return conforming('PUT', ISSUE, call(site, 'PUT', ISSUE, viewer, { params: { issueIdOrKey: issue.key }, query, body }));
}

export function typeOf(site: RouteSite, issue: Issue): { hierarchyLevel: number; subtask: boolean; name: string } {
  const type = site.state.issueTypes.get(issue.issueTypeId);
  if (type === undefined) throw new Error(`${issue.key} has no type`);
  return type;
}

export function isStandard(site: RouteSite, issue: Issue): boolean {
  return typeOf(site, issue).hierarchyLevel === 0;
}

export function sprintState(site: RouteSite, sprintId: number): string | undefined {
  return site.state.sprints.get(sprintId)?.state;
}
