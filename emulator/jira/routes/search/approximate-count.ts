import { jiraError } from '../../http/jira-errors';
import type { SiteContext, SiteRoute } from '../../site/context';
import { findIssues } from './find-issues';
import { bodyObject } from './search-params';

/** `POST /search/approximate-count`: what the index holds for a bounded query, lag included. */
export function approximateCountRoute(context: SiteContext): SiteRoute {
  return {
    method: 'POST',
    template: '/rest/api/3/search/approximate-count',
    handle: (request, viewer) => {
      const body = bodyObject(request.body ?? {}, ['jql']);
      if (!body.ok) return body.reply;
      const { jql } = body.value;
      if (jql !== undefined && typeof jql !== 'string') return jiraError(400, ["The 'jql' field must be a string."]);
      const found = findIssues(context, { jql: jql ?? '', viewer, reconcile: new Set(), requireBounded: true });
      if (!found.ok) return jiraError(400, found.messages);
      return { status: 200, body: { count: found.issues.length }, objects: { core: 0, identity: 0 } };
    },
  };
}
