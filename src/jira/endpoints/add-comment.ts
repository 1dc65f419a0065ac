import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import type { AdfDocument } from './schemas/adf';
import { commentSchema, type Comment } from './schemas/comment';

/** `POST /rest/api/3/issue/{issueIdOrKey}/comment`: adds a public comment with this ADF body; returns it as created. */
export function addComment(client: JiraClient, issueIdOrKey: string, body: AdfDocument): Promise<Comment> {
  return client.call({ operation: 'addComment', path: route`/rest/api/3/issue/${issueIdOrKey}/comment`, body: { body }, schema: commentSchema });
}
