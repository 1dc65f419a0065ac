import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { issueCachePrefix } from './issue-cache';
import { withQuery } from './query';

/** The issue to edit: its id or key, or both when the caller knows both, so both cache entries go. */
export type IssueIdentity = string | { id: string; key: string };

export interface IssueEdit {
  /** New values by field id, e.g. `{ customfield_10016: 5 }`. */
  fields?: Record<string, unknown>;
  /** Operations by field id, e.g. `{ labels: [{ add: 'triaged' }] }`. */
  update?: Record<string, Array<Record<string, unknown>>>;
}

export interface EditOptions {
  /** Leaving watchers unnotified takes project admin rights; Jira refuses it otherwise. */
  notifyUsers?: boolean;
}

/** `PUT /rest/api/3/issue/{issueIdOrKey}`: 204 on success; drops the cached copy of the issue under each name given. */
export async function editIssue(client: JiraClient, issue: IssueIdentity, edit: IssueEdit, options: EditOptions = {}): Promise<void> {
  // The id, when known: a key changes when the issue moves to another project.
  const target = typeof issue === 'string' ? issue : issue.id;
  const names = typeof issue === 'string' ? [issue] : [issue.id, issue.key];
  const params = new URLSearchParams();
  if (options.notifyUsers !== undefined) params.set('notifyUsers', String(options.notifyUsers));
  await client.call({
    operation: 'editIssue',
    path: withQuery(route`/rest/api/3/issue/${target}`, params),
    body: edit,
    schema: z.undefined(),
    invalidates: names.map((name) => ({ kind: 'issues' as const, key: issueCachePrefix(name), prefix: true })),
  });
}
