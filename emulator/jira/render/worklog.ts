import type { Worklog } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import { jiraDateTime } from '../model/time';
import { authorRef } from './comment';
import { formatDuration } from './duration';

export function renderWorklog(siteUrl: string, state: JiraSiteState, issueId: string, worklog: Worklog): Record<string, unknown> {
  return {
    self: `${siteUrl}/rest/api/3/issue/${issueId}/worklog/${worklog.id}`,
    author: authorRef(siteUrl, state, worklog.authorId),
    updateAuthor: authorRef(siteUrl, state, worklog.authorId),
    created: jiraDateTime(worklog.created),
    updated: jiraDateTime(worklog.updated),
    started: jiraDateTime(worklog.started),
    timeSpent: formatDuration(worklog.timeSpentSeconds),
    timeSpentSeconds: worklog.timeSpentSeconds,
    id: worklog.id,
    issueId,
  };
}
