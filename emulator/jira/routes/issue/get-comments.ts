import { jiraError } from '../../http/jira-errors';
import { renderComment } from '../../render/comment';
import type { SiteContext, SiteRoute } from '../../site/context';
import { pageOf, readPaging } from './paging';
import { issueNotFound, visibleIssue } from './visible-issue';

/**
 * The document says 100 by default; Jira Cloud answers 5000, its per-issue comment limit, so a
 * default call returns every comment. The emulator follows the live behaviour.
 */
const LIMITS = { defaultSize: 5000, maxSize: 5000 };
const ORDERINGS = ['created', '-created', '+created'];

/** GET /rest/api/3/issue/{issueIdOrKey}/comment (getComments): oldest first unless `orderBy=-created`. */
export function getComments(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handle(request, viewer) {
      const issue = visibleIssue(context, viewer, request.params.issueIdOrKey ?? '');
      if (issue === undefined) return issueNotFound();
      const paging = readPaging(request.query, LIMITS);
      if (!paging.ok) return paging.reply;
      const orderBy = request.query.get('orderBy');
      if (orderBy !== null && !ORDERINGS.includes(orderBy)) {
        return jiraError(400, [`'${orderBy}' is not a valid value for 'orderBy'. Valid values: ${ORDERINGS.join(', ')}.`]);
      }
      // `expand=renderedBody` is accepted and ignored: the site renders no HTML.
      const ordered = orderBy === '-created' ? [...issue.comments].reverse() : issue.comments;
      const page = pageOf(ordered, paging.value);
      return {
        status: 200,
        body: {
          startAt: paging.value.startAt,
          maxResults: paging.value.maxResults,
          total: issue.comments.length,
          comments: page.map((comment) => renderComment(context.siteUrl, context.state, issue.id, comment)),
        },
        objects: { core: page.length, identity: 0 },
      };
    },
  };
}
