import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';
import { issueCacheKey } from './issue-cache';
import { withQuery } from './query';
import { issueSchema, type Issue } from './schemas/issue';

export interface IssueView {
  /** Jira returns every field when none are named. */
  fields?: string[];
  expand?: string[];
}

/** `GET /rest/api/3/issue/{issueIdOrKey}`, kept a minute in the invocation's memory per selection. */
export function getIssue(client: JiraClient, idOrKey: string, view: IssueView = {}): Promise<Issue> {
  const params = new URLSearchParams();
  if (view.fields !== undefined && view.fields.length > 0) params.set('fields', view.fields.join(','));
  if (view.expand !== undefined && view.expand.length > 0) params.set('expand', view.expand.join(','));
  return client.call({
    operation: 'getIssue',
    path: withQuery(route`/rest/api/3/issue/${idOrKey}`, params),
    schema: issueSchema,
    objects: () => ({ core: 1 }),
    estimate: 2,
    cache: { kind: 'issues', key: issueCacheKey(idOrKey, params) },
  });
}
