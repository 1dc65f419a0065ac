import type { SiteContext, SiteRoute } from '../../site/context';
import { addComment } from './add-comment';
import { getBulkChangelogs } from './bulk-changelogs';
import { editIssue } from './edit-issue';
import { getChangeLogs } from './get-changelogs';
import { getComments } from './get-comments';
import { getIssue } from './get-issue';
import { getIssueWorklog } from './get-worklogs';

/** The per-issue operations of REST v3: the issue, its changelog, comments and worklogs. */
export function issueRoutes(context: SiteContext): SiteRoute[] {
  return [
    getIssue(context),
    editIssue(context),
    getChangeLogs(context),
    getBulkChangelogs(context),
    getComments(context),
    addComment(context),
    getIssueWorklog(context),
  ];
}
