import type { JiraReply } from '../../../../../emulator/jira/http/jira-errors';
import type { Method } from '../../../../../emulator/jira/http/route-table';
import type { Issue } from '../../../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../../../emulator/jira/model/site-state';
import { issueRoutes } from '../../../../../emulator/jira/routes/issue';
import type { Viewer } from '../../../../../emulator/jira/site/context';
import { callRoute, validated, type RouteCall, type RouteSite } from '../route-site';

/** Calls one issue route's handler directly, as the site's route table would after resolving the viewer. */
export function call(site: RouteSite, method: Method, template: string, viewer: Viewer, request: RouteCall = {}): JiraReply {
  return callRoute(issueRoutes(site.context), method, template, viewer, request);
}

/**
 * The document types `ChangeDetails.from`/`fromString`/`to`/`toString` as plain strings, yet Jira
 * sends null for an empty side of a change, and so does the site. Those complaints, and only those,
 * are set aside.
 */
const NULL_CHANGE_SIDE = /\/items\/\d+\/(from|fromString|to|toString): must be string$/;

/** The reply, after checking its body against the operation's response schema in the OpenAPI document. */
export function conforming(method: Method, template: string, reply: JiraReply): JiraReply {
  return validated(method, template, reply, NULL_CHANGE_SIDE);
}

/** A JSON-shaped view of a reply body for assertions. */
export function json(reply: JiraReply): Record<string, unknown> {
  return reply.body as Record<string, unknown>;
}

export function firstIssue(state: JiraSiteState, test: (issue: Issue) => boolean, what: string): Issue {
  const issue = [...state.allIssues()].find(test);
  if (issue === undefined) throw new Error(`The seeded site has no ${what}`);
  return issue;
}
