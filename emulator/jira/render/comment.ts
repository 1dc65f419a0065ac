import type { Comment } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import { jiraDateTime } from '../model/time';
import { userRef } from './refs';

export function renderComment(siteUrl: string, state: JiraSiteState, issueId: string, comment: Comment): Record<string, unknown> {
  return {
    self: `${siteUrl}/rest/api/3/issue/${issueId}/comment/${comment.id}`,
    id: comment.id,
    author: authorRef(siteUrl, state, comment.authorId),
    body: comment.body,
    updateAuthor: authorRef(siteUrl, state, comment.updateAuthorId),
    created: jiraDateTime(comment.created),
    updated: jiraDateTime(comment.updated),
    jsdPublic: true,
  };
}

/** An author whose account is gone still shows, by id, as Jira shows former users. */
export function authorRef(siteUrl: string, state: JiraSiteState, accountId: string): Record<string, unknown> {
  const user = state.users.get(accountId);
  return user === undefined ? { accountId, displayName: 'Former user', active: false } : userRef(siteUrl, user);
}
