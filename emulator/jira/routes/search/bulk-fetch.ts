import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { Issue } from '../../model/issue';
import type { JiraSiteState } from '../../model/site-state';
import { MULTI_VALUE_FIELDS, selectFields } from '../../render/field-selection';
import { expansions, renderIssue } from '../../render/issue';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';
import { bodyObject, stringList } from './search-params';

const DEFAULT_LIMIT = 100;
const LEAN_LIMIT = 1000;
const MAX_LEAN_FIELDS = 100;
const MAX_PROPERTIES = 5;
/** Bulk fetch embeds at most this many changelog entries per issue. */
const CHANGELOG_LIMIT = 40;
/** Expansions that make a request heavy, so it falls back to the 100-issue limit. */
const HEAVY_EXPANSIONS = ['changelog', 'editmeta', 'renderedFields', 'versionedRepresentations', 'transitions', 'operations'];

/**
 * `POST /issue/bulkfetch`: read live (it is not a search), ascending id, unknown or hidden issues
 * left out silently. 100 issues per call, or 1,000 for a lean request, as Jira documents.
 */
export function bulkFetchRoute(context: SiteContext): SiteRoute {
  return {
    method: 'POST',
    template: '/rest/api/3/issue/bulkfetch',
    handle: (request, viewer) => {
      const body = bodyObject(request.body, ['expand', 'fields', 'fieldsByKeys', 'issueIdsOrKeys', 'properties']);
      if (!body.ok) return body.reply;
      if (body.value.issueIdsOrKeys === undefined) return jiraError(400, [], { issueIdsOrKeys: 'You must provide at least one issue ID or key.' });
      const ids = stringList(body.value.issueIdsOrKeys, 'issueIdsOrKeys');
      if (!ids.ok) return ids.reply;
      const fields = stringList(body.value.fields, 'fields');
      if (!fields.ok) return fields.reply;
      const expand = stringList(body.value.expand, 'expand');
      if (!expand.ok) return expand.reply;
      const properties = stringList(body.value.properties, 'properties');
      if (!properties.ok) return properties.reply;
      if (ids.value.length === 0) return jiraError(400, [], { issueIdsOrKeys: 'You must provide at least one issue ID or key.' });
      if (properties.value.length > MAX_PROPERTIES) return jiraError(400, [`A maximum of ${MAX_PROPERTIES} issue properties can be requested.`]);
      const expanded = expansions(expand.value);
      const limit = isLean(fields.value, expanded) ? LEAN_LIMIT : DEFAULT_LIMIT;
      if (ids.value.length > limit) return tooMany(limit);
      return fetch(context, viewer, ids.value, fields.value, expanded);
    },
  };
}

function fetch(context: SiteContext, viewer: Viewer, idsOrKeys: string[], fields: string[], expand: Set<string>): JiraReply {
  const { state, siteUrl } = context;
  const selection = selectFields(fields, state.fields, '*navigable');
  const found = new Map<string, Issue>();
  for (const idOrKey of idsOrKeys) {
    const issue = lookup(state, idOrKey);
    if (issue !== undefined && canBrowseProject(state, viewer, issue.projectId)) found.set(issue.id, issue);
  }
  const issues = [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
  const body = { issues: issues.map((issue) => renderIssue(issue, { siteUrl, state, selection, expand, changelogLimit: CHANGELOG_LIMIT })), issueErrors: [] };
  return { status: 200, body, objects: { core: issues.length, identity: 0 } };
}

/** Lean: fields named explicitly, at most 100 of them, none multi-valued, and no heavy expansion. */
function isLean(fields: string[], expand: ReadonlySet<string>): boolean {
  const named = fields.flatMap((f) => f.split(',')).map((f) => f.trim()).filter((f) => f.length > 0);
  if (named.length === 0 || named.length > MAX_LEAN_FIELDS) return false;
  if (named.some((f) => f.startsWith('*') || f.startsWith('-') || MULTI_VALUE_FIELDS.has(f))) return false;
  return !HEAVY_EXPANSIONS.some((e) => expand.has(e));
}

/** Keys match case-insensitively, as Jira's bulk fetch does. */
function lookup(state: JiraSiteState, idOrKey: string): Issue | undefined {
  return /^\d+$/.test(idOrKey) ? state.issue(idOrKey) : state.issueByKey(idOrKey.toUpperCase());
}

function tooMany(limit: number): JiraReply {
  return jiraError(400, [], { issueIdsOrKeys: `You can request up to ${limit} issues in a single request.` });
}
