import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { Issue } from '../../model/issue';
import type { JiraRequest } from '../../http/jira-server';
import { selectFields } from '../../render/field-selection';
import { expansions, namesOf, renderIssue, schemasOf } from '../../render/issue';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { sprintBean } from '../agile/sprint-bean';
import { canBrowseProject } from '../../site/permissions';
import { findIssues } from './find-issues';
import { issuePageToken, readPageToken } from './page-token';
import { pageSize } from './page-size';
import { integerParam, listParam, reconcileIds } from './search-params';

/**
 * The Jira Software API's token-paged sprint issues: every issue the sprint holds or held, in rank
 * order unless the JQL orders them, optionally narrowed by a JQL filter, reconciled like search.
 */
export function sprintIssuesRoute(context: SiteContext): SiteRoute {
  return { method: 'GET', template: '/rest/software/1.0/sprint/{sprintId}/issue', handle: (request, viewer) => answer(context, request, viewer) };
}

function answer(context: SiteContext, request: JiraRequest, viewer: Viewer): JiraReply {
  const { state, siteUrl } = context;
  const { query } = request;
  const sprintIdText = request.params.sprintId ?? '';
  if (!/^\d+$/.test(sprintIdText)) return jiraError(400, [`The sprint id '${sprintIdText}' is not valid.`]);
  const sprintId = Number(sprintIdText);
  const sprint = state.sprints.get(sprintId);
  const board = sprint === undefined ? undefined : state.boards.get(sprint.boardId);
  if (board === undefined || !canBrowseProject(state, viewer, board.projectId)) return jiraError(404, [`Sprint with id ${sprintId} does not exist or you do not have permission to see it.`]);
  const maxResults = integerParam(query.get('maxResults'), 'maxResults', 50);
  if (!maxResults.ok) return maxResults.reply;
  if (maxResults.value < 0) return jiraError(400, ["The 'maxResults' parameter must be greater than or equal to 0."]);
  const reconcile = reconcileIds(listParam(query, 'reconcileIssues'));
  if (!reconcile.ok) return reconcile.reply;

  const filter = query.get('jql');
  const jql = filter === null || filter.trim() === '' ? `sprint = ${sprintId} ORDER BY Rank ASC` : filter;
  const now = context.now();
  const token = readPageToken(query.get('nextPageToken') ?? undefined, `${sprintId}|${jql}`, now);
  if (!token.ok) return jiraError(400, [token.message]);
  const found = findIssues(context, { jql, viewer, reconcile: reconcile.value, requireBounded: false, within: (issue) => issue.sprintIds.includes(sprintId) });
  if (!found.ok) return jiraError(400, found.messages);

  const expand = expansions(query.get('expand') ?? undefined);
  const requested = listParam(query, 'fields');
  const selection = selectFields(requested, state.fields, '*navigable');
  const software = SOFTWARE_FIELDS.filter((field) => requested.length === 0 || requested.includes(field));
  const size = pageSize(maxResults.value, selection, expand, state.fields.size);
  const page = found.issues.slice(token.offset, token.offset + size);
  const next = token.offset + page.length;
  const isLast = next >= found.issues.length || size === 0;
  const body: Record<string, unknown> = {
    expand: 'names,schema',
    issues: page.map((issue) => withSoftwareFields(renderIssue(issue, { siteUrl, state, selection, expand }), issue, software, context)),
    isLast,
    ...(isLast ? {} : { nextPageToken: issuePageToken(next, `${sprintId}|${jql}`, now) }),
  };
  if (expand.has('names')) body.names = namesOf(state.fields, selection);
  if (expand.has('schema')) body.schema = schemasOf(state.fields, selection);
  return { status: 200, body, objects: { core: page.length, identity: 0 } };
}

/** The Software API adds its own fields to each issue; the emulated site models the sprint ones. */
const SOFTWARE_FIELDS = ['sprint', 'closedSprints'] as const;

function withSoftwareFields(bean: Record<string, unknown>, issue: Issue, software: ReadonlyArray<(typeof SOFTWARE_FIELDS)[number]>, context: SiteContext): Record<string, unknown> {
  if (software.length === 0) return bean;
  const sprints = issue.sprintIds.flatMap((id) => context.state.sprints.get(id) ?? []);
  const fields = { ...(bean.fields as Record<string, unknown>) };
  if (software.includes('sprint')) {
    const open = sprints.find((sprint) => sprint.state !== 'closed');
    fields.sprint = open === undefined ? null : sprintBean(context.siteUrl, open);
  }
  if (software.includes('closedSprints')) fields.closedSprints = sprints.filter((sprint) => sprint.state === 'closed').map((sprint) => sprintBean(context.siteUrl, sprint));
  return { ...bean, fields };
}
