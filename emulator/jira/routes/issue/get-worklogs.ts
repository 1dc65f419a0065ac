import { renderWorklog } from '../../render/worklog';
import type { SiteContext, SiteRoute } from '../../site/context';
import { pageOf, readPaging } from './paging';
import { optionalIntegerParam } from './query-params';
import { issueNotFound, visibleIssue } from './visible-issue';

/** Jira returns up to 5000 worklogs, its per-issue worklog limit. */
const LIMITS = { defaultSize: 5000, maxSize: 5000 };

/**
 * GET /rest/api/3/issue/{issueIdOrKey}/worklog (getIssueWorklog): worklogs in the order they were
 * logged, optionally only those started at or after `startedAfter` and before `startedBefore`.
 */
export function getIssueWorklog(context: SiteContext): SiteRoute {
  return {
    method: 'GET',
    template: '/rest/api/3/issue/{issueIdOrKey}/worklog',
    handle(request, viewer) {
      const issue = visibleIssue(context, viewer, request.params.issueIdOrKey ?? '');
      if (issue === undefined) return issueNotFound();
      const paging = readPaging(request.query, LIMITS);
      if (!paging.ok) return paging.reply;
      const after = optionalIntegerParam(request.query, 'startedAfter');
      if (!after.ok) return after.reply;
      const before = optionalIntegerParam(request.query, 'startedBefore');
      if (!before.ok) return before.reply;
      const from = after.value ?? -Infinity;
      const to = before.value ?? Infinity;
      const matching = issue.worklogs.filter((worklog) => worklog.started >= from && worklog.started < to);
      const page = pageOf(matching, paging.value);
      return {
        status: 200,
        body: {
          startAt: paging.value.startAt,
          maxResults: paging.value.maxResults,
          total: matching.length,
          worklogs: page.map((worklog) => renderWorklog(context.siteUrl, context.state, issue.id, worklog)),
        },
        objects: { core: page.length, identity: 0 },
      };
    },
  };
}
