import type { Sprint } from '../model/entities';
import type { Comment, History, Worklog } from '../model/issue';
import { jiraDateTime } from '../model/time';
import type { ForgeChangelog, ForgeComment, ForgeSprint, ForgeWorklog } from './payload-types';

/** The payload owns its body: a handler that edits the ADF must not reach into the site. */
export function renderComment(comment: Comment): ForgeComment {
  return {
    id: comment.id,
    author: { accountId: comment.authorId },
    updateAuthor: { accountId: comment.updateAuthorId },
    body: structuredClone(comment.body),
    created: jiraDateTime(comment.created),
    updated: jiraDateTime(comment.updated),
    jsdPublic: true,
  };
}

export function renderWorklog(issueId: string, worklog: Worklog): ForgeWorklog {
  return {
    id: worklog.id,
    issueId,
    author: { accountId: worklog.authorId },
    started: jiraDateTime(worklog.started),
    timeSpentSeconds: worklog.timeSpentSeconds,
    created: jiraDateTime(worklog.created),
    updated: jiraDateTime(worklog.updated),
  };
}

export function renderChangelog(history: History, keep: (field: string) => boolean = () => true): ForgeChangelog {
  return { id: history.id, items: history.items.filter((item) => keep(item.field)).map((item) => ({ ...item })) };
}

export function renderSprint(sprint: Sprint): ForgeSprint {
  const dates: Partial<Record<'startDate' | 'endDate' | 'completeDate', string>> = {};
  if (sprint.startDate !== null) dates.startDate = jiraDateTime(sprint.startDate);
  if (sprint.endDate !== null) dates.endDate = jiraDateTime(sprint.endDate);
  if (sprint.completeDate !== null) dates.completeDate = jiraDateTime(sprint.completeDate);
  return {
    id: String(sprint.id),
    originBoardId: String(sprint.boardId),
    name: sprint.name,
    goal: sprint.goal,
    state: sprint.state,
    createDate: jiraDateTime(sprint.createdDate),
    ...dates,
  };
}
