import type { JiraReply } from '../../http/jira-errors';
import type { Issue } from '../../model/issue';
import { selectFields } from '../../render/field-selection';
import { expansions, renderIssue } from '../../render/issue';
import type { SiteContext, SiteRoute } from '../../site/context';
import { listParam } from './query-params';
import { issueNotFound, visibleIssue } from './visible-issue';

export const ISSUE_TEMPLATE = '/rest/api/3/issue/{issueIdOrKey}';

export interface IssueView {
  fields: readonly string[];
  expand: readonly string[];
  /** Whether `properties` was asked for: the site stores none, so the answer is an empty map. */
  properties: boolean;
}

/** GET /rest/api/3/issue/{issueIdOrKey} (getIssue): every field unless `fields` narrows them. */
export function getIssue(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: ISSUE_TEMPLATE,
    handle(request, viewer) {
      const issue = visibleIssue(context, viewer, request.params.issueIdOrKey ?? '');
      if (issue === undefined) return issueNotFound();
      // `fieldsByKeys` needs no handling: every field's key is its id on this site, and either resolves.
      const { query } = request;
      return issueReply(context, issue, { fields: listParam(query, 'fields'), expand: query.getAll('expand'), properties: query.has('properties') });
    },
  };
}

/** The issue as getIssue renders it; editIssue's `returnIssue` answers with the same. */
export function issueReply(context: SiteContext, issue: Issue, view: IssueView): JiraReply {
  const { state, siteUrl } = context;
  const selection = selectFields(view.fields, state.fields, '*all');
  const body = renderIssue(issue, { siteUrl, state, selection, expand: expansions(view.expand) });
  if (view.properties) body.properties = {};
  // Points count the issue; the users and comments embedded in its fields ride along, as in search.
  return { status: 200, body, objects: { core: 1, identity: 0 } };
}
