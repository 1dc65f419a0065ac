import { renderHistory } from '../../render/changelog';
import type { SiteContext, SiteRoute } from '../../site/context';
import { pageOf, readPaging } from './paging';
import { issueNotFound, visibleIssue } from './visible-issue';

/** Jira pages an issue's changelog 100 entries at a time at most. */
const LIMITS = { defaultSize: 100, maxSize: 100 };

/** GET /rest/api/3/issue/{issueIdOrKey}/changelog (getChangeLogs): the whole history, oldest first. */
export function getChangeLogs(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: '/rest/api/3/issue/{issueIdOrKey}/changelog',
    handle(request, viewer) {
      const issue = visibleIssue(context, viewer, request.params.issueIdOrKey ?? '');
      if (issue === undefined) return issueNotFound();
      const paging = readPaging(request.query, LIMITS);
      if (!paging.ok) return paging.reply;
      const { startAt, maxResults } = paging.value;
      const page = pageOf(issue.changelog, paging.value);
      const total = issue.changelog.length;
      const url = (start: number): string => `${context.siteUrl}/rest/api/3/issue/${issue.key}/changelog?startAt=${start}&maxResults=${maxResults}`;
      const isLast = startAt + page.length >= total;
      return {
        status: 200,
        body: {
          self: url(startAt),
          ...(isLast ? {} : { nextPage: url(startAt + page.length) }),
          maxResults,
          startAt,
          total,
          isLast,
          values: page.map((history) => renderHistory(context.siteUrl, context.state, history)),
        },
        objects: { core: page.length, identity: 0 },
      };
    },
  };
}
