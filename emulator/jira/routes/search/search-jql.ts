import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { JiraRequest } from '../../http/jira-server';
import { selectFields } from '../../render/field-selection';
import { expansions, namesOf, renderIssue, schemasOf } from '../../render/issue';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { findIssues } from './find-issues';
import { issuePageToken, readPageToken } from './page-token';
import { pageSize } from './page-size';
import { bodyObject, integerParam, invalid, listParam, reconcileIds, stringList, type Parsed } from './search-params';

const TEMPLATE = '/rest/api/3/search/jql';
const MAX_PROPERTIES = 5;

interface SearchParams {
  jql: string;
  nextPageToken: string | undefined;
  maxResults: number;
  fields: string[];
  expand: Set<string>;
  reconcile: Set<string>;
  properties: string[];
}

/** The enhanced JQL search, GET and POST: token pages, `id`-only by default, reconciled reads. */
export function searchJqlRoutes(context: SiteContext): SiteRoute[] {
  return [
    { method: 'GET', template: TEMPLATE, handle: (request, viewer) => answer(context, viewer, fromQuery(request)) },
    { method: 'POST', template: TEMPLATE, handle: (request, viewer) => answer(context, viewer, fromBody(request)) },
  ];
}

function fromQuery(request: JiraRequest): Parsed<SearchParams> {
  const { query } = request;
  const maxResults = integerParam(query.get('maxResults'), 'maxResults', 50);
  if (!maxResults.ok) return maxResults;
  const reconcile = reconcileIds(listParam(query, 'reconcileIssues'));
  if (!reconcile.ok) return reconcile;
  return {
    ok: true,
    value: {
      jql: query.get('jql') ?? '',
      nextPageToken: query.get('nextPageToken') ?? undefined,
      maxResults: maxResults.value,
      fields: listParam(query, 'fields'),
      expand: expansions(query.get('expand') ?? undefined),
      reconcile: reconcile.value,
      properties: listParam(query, 'properties'),
    },
  };
}

function fromBody(request: JiraRequest): Parsed<SearchParams> {
  const body = bodyObject(request.body ?? {}, ['expand', 'fields', 'fieldsByKeys', 'jql', 'maxResults', 'nextPageToken', 'properties', 'reconcileIssues', 'failFast']);
  if (!body.ok) return body;
  const { jql, nextPageToken, maxResults, expand, reconcileIssues } = body.value;
  if (jql !== undefined && typeof jql !== 'string') return invalid("The 'jql' field must be a string.");
  if (nextPageToken !== undefined && nextPageToken !== null && typeof nextPageToken !== 'string') return invalid("The 'nextPageToken' field must be a string.");
  if (maxResults !== undefined && !Number.isInteger(maxResults)) return invalid("The 'maxResults' field must be an integer.");
  if (expand !== undefined && typeof expand !== 'string') return invalid("The 'expand' field must be a string.");
  if (reconcileIssues !== undefined && !Array.isArray(reconcileIssues)) return invalid("The 'reconcileIssues' field must be an array of issue ids.");
  const fields = stringList(body.value.fields, 'fields');
  if (!fields.ok) return fields;
  const properties = stringList(body.value.properties, 'properties');
  if (!properties.ok) return properties;
  const reconcile = reconcileIds((reconcileIssues as unknown[] | undefined) ?? []);
  if (!reconcile.ok) return reconcile;
  return {
    ok: true,
    value: {
      jql: (jql as string | undefined) ?? '',
      nextPageToken: (nextPageToken as string | null | undefined) ?? undefined,
      maxResults: (maxResults as number | undefined) ?? 50,
      fields: fields.value,
      expand: expansions(expand as string | undefined),
      reconcile: reconcile.value,
      properties: properties.value,
    },
  };
}

function answer(context: SiteContext, viewer: Viewer, parsed: Parsed<SearchParams>): JiraReply {
  if (!parsed.ok) return parsed.reply;
  const params = parsed.value;
  if (params.maxResults < 0) return jiraError(400, ["The 'maxResults' parameter must be greater than or equal to 0."]);
  if (params.properties.length > MAX_PROPERTIES) return jiraError(400, [`A maximum of ${MAX_PROPERTIES} issue properties can be requested.`]);
  const now = context.now();
  const token = readPageToken(params.nextPageToken, params.jql, now);
  if (!token.ok) return jiraError(400, [token.message]);
  const found = findIssues(context, { jql: params.jql, viewer, reconcile: params.reconcile, requireBounded: true });
  if (!found.ok) return jiraError(400, found.messages);

  const { state, siteUrl } = context;
  const selection = selectFields(params.fields, state.fields, 'id');
  const size = pageSize(params.maxResults, selection, params.expand, state.fields.size);
  const page = found.issues.slice(token.offset, token.offset + size);
  const next = token.offset + page.length;
  const isLast = next >= found.issues.length || size === 0;
  const body: Record<string, unknown> = {
    issues: page.map((issue) => renderIssue(issue, { siteUrl, state, selection, expand: params.expand })),
    isLast,
    ...(isLast ? {} : { nextPageToken: issuePageToken(next, params.jql, now) }),
  };
  if (params.expand.has('names')) body.names = namesOf(state.fields, selection);
  if (params.expand.has('schema')) body.schema = schemasOf(state.fields, selection);
  return { status: 200, body, objects: { core: page.length, identity: 0 } };
}
