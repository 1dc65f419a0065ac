import { jiraError, type JiraReply } from '../../http/jira-errors';
import type { AdfDoc } from '../../model/adf';
import type { JiraSiteState } from '../../model/site-state';
import { renderComment } from '../../render/comment';
import { viewerAccountId, type SiteContext, type SiteRoute } from '../../site/context';
import { hasProjectPermission } from '../../site/permissions';
import { adfTextLength, MAX_TEXT_LENGTH, readAdf, TEXT_TOO_LONG } from './adf-input';
import { isPlainObject, parsed, refused, type Parsed } from './query-params';
import { issueNotFound, visibleIssue } from './visible-issue';

/** Jira Cloud's per-issue comment limit; past it the operation answers 413. */
const MAX_COMMENTS = 5000;

/** POST /rest/api/3/issue/{issueIdOrKey}/comment (addComment): 201 with the new comment. */
export function addComment(context: SiteContext): SiteRoute {
  return {
    method: 'POST',
    template: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handle(request, viewer) {
      const { state } = context;
      const issue = visibleIssue(context, viewer, request.params.issueIdOrKey ?? '');
      const project = issue === undefined ? undefined : state.projects.get(issue.projectId);
      if (issue === undefined || project === undefined) return issueNotFound();
      if (!hasProjectPermission(state, viewer, project, 'ADD_COMMENTS')) return jiraError(403, ['You do not have the permission to comment on this issue.']);
      const body = readCommentBody(request.body, state);
      if (!body.ok) return body.reply;
      if (issue.comments.length >= MAX_COMMENTS) return jiraError(413, [`This issue has reached the limit of ${MAX_COMMENTS} comments.`]);
      const comment = state.addComment(issue.id, body.value, viewerAccountId(viewer), context.now());
      return { status: 201, body: renderComment(context.siteUrl, state, issue.id, comment), objects: { core: 1, identity: 0 } };
    },
  };
}

/**
 * The `Comment` body: an ADF `body`. Visibility restrictions and comment properties are refused,
 * not dropped, because the site's model cannot keep them and a silent public comment would mislead.
 */
function readCommentBody(body: unknown, state: JiraSiteState): Parsed<AdfDoc> {
  if (!isPlainObject(body)) return refused(invalidComment());
  if (body.visibility !== undefined && body.visibility !== null) {
    return refused(jiraError(400, ['The emulated site does not support comment visibility restrictions yet.'], { commentLevel: 'Comment visibility is not supported.' }));
  }
  if (Array.isArray(body.properties) && body.properties.length > 0) {
    return refused(jiraError(400, ['The emulated site does not store comment properties yet.']));
  }
  if (body.body === undefined || body.body === null) return refused(commentError('Comment body can not be empty!'));
  const read = readAdf(body.body, state);
  if (!read.ok) return refused(read.problem === 'invalid' ? invalidComment() : jiraError(400, [read.detail], { comment: 'Comment body is not valid!' }));
  const length = adfTextLength(read.doc);
  if (length === 0) return refused(commentError('Comment body can not be empty!'));
  if (length > MAX_TEXT_LENGTH) return refused(commentError(TEXT_TOO_LONG));
  return parsed(read.doc);
}

function invalidComment(): JiraReply {
  return commentError('Comment body is not valid!');
}

function commentError(message: string): JiraReply {
  return jiraError(400, [], { comment: message });
}
