import type { Issue } from '../model/issue';
import type { CommentCreated, CommentUpdated, IssueUpdated, SiteChange, SprintChange } from '../model/site-change';
import type { JiraSiteState } from '../model/site-state';
import { issueTypeKeyFor, type IssueTypeCasing } from './issue-type-casing';
import { newMentions } from './mentions';
import type { ForgeIssue, ProductEventPayload, SprintPayload } from './payload-types';
import { renderIssue, renderStatus } from './render-issue';
import { renderChangelog, renderComment, renderSprint, renderWorklog } from './render-records';

export interface EventOptions {
  /** Which key carries the issue type; `mixed` (the default) varies it per event. */
  issueTypeCasing?: IssueTypeCasing;
}

/**
 * The Forge product events Jira emits for one change of the site, in emission order. Pure: reads
 * the change's snapshots and the site's reference data (projects, types, statuses) only.
 */
export function productEventsFor(change: SiteChange, state: JiraSiteState, options: EventOptions = {}): ProductEventPayload[] {
  const casing = options.issueTypeCasing ?? 'mixed';
  const timestamp = String(change.at);
  const issue = (eventType: string, snapshot: Issue, detail: string): ForgeIssue =>
    renderIssue(state, snapshot, issueTypeKeyFor(casing, `${eventType}:${snapshot.id}:${change.at}:${detail}`));

  switch (change.kind) {
    case 'issue-created': {
      const { after, actorId } = change;
      const events: ProductEventPayload[] = [{ eventType: 'avi:jira:created:issue', issue: issue('avi:jira:created:issue', after, ''), atlassianId: actorId, timestamp }];
      const mentioned = newMentions(after.description, null, actorId);
      if (mentioned.length > 0) events.push({ eventType: 'avi:jira:mentioned:issue', issue: issue('avi:jira:mentioned:issue', after, ''), atlassianId: actorId, mentionedAccountIds: mentioned, timestamp });
      return events;
    }
    case 'issue-updated':
      return updatedEvents(change, state, timestamp, issue);
    case 'issue-deleted': {
      // Jira emits no events for cascades: a subtask deleted with its parent goes unannounced.
      if (change.cascaded) return [];
      const eventType = 'avi:jira:deleted:issue';
      return [{ eventType, issue: issue(eventType, change.before, ''), atlassianId: change.actorId, timestamp }];
    }
    case 'comment-created':
    case 'comment-updated':
      return commentEvents(change, timestamp, issue);
    case 'worklog-created':
      // The worklog event alone: the docs do not say whether the time-tracking fields it moves also
      // raise updated:issue, so the app must not count on one.
      return [{ eventType: 'avi:jira:created:worklog', worklog: renderWorklog(change.issueId, change.worklog), timestamp }];
    case 'sprint-created':
    case 'sprint-started':
    case 'sprint-closed':
      return [sprintEvent(change)];
  }
}

type IssueRenderer = (eventType: string, snapshot: Issue, detail: string) => ForgeIssue;

function updatedEvents(change: IssueUpdated, state: JiraSiteState, timestamp: string, issue: IssueRenderer): ProductEventPayload[] {
  const { history, before, after, actorId } = change;
  const fields = new Set(history.items.map((item) => item.field));
  const updated: ProductEventPayload = {
    eventType: 'avi:jira:updated:issue',
    issue: issue('avi:jira:updated:issue', after, history.id),
    atlassianId: actorId,
    changelog: renderChangelog(history),
    ...(fields.has('status') ? { associatedStatuses: [renderStatus(state, after.statusId), renderStatus(state, before.statusId)] } : {}),
    timestamp,
  };
  const events: ProductEventPayload[] = [updated];
  if (fields.has('assignee')) {
    const eventType = 'avi:jira:assigned:issue';
    events.push({ eventType, issue: issue(eventType, after, history.id), atlassianId: actorId, changelog: renderChangelog(history, (field) => field === 'assignee'), timestamp });
  }
  const mentioned = fields.has('description') ? newMentions(after.description, before.description, actorId) : [];
  if (mentioned.length > 0) {
    const eventType = 'avi:jira:mentioned:issue';
    events.push({ eventType, issue: issue(eventType, after, history.id), atlassianId: actorId, mentionedAccountIds: mentioned, timestamp });
  }
  return events;
}

/**
 * Creates and edits both arrive as `commented:issue` (there is no comment-updated event). The docs
 * exclude self-mentions only for descriptions, so a comment's author may be among its mentions.
 */
function commentEvents(change: CommentCreated | CommentUpdated, timestamp: string, issue: IssueRenderer): ProductEventPayload[] {
  const { comment, after, actorId } = change;
  const commented = 'avi:jira:commented:issue';
  const events: ProductEventPayload[] = [{ eventType: commented, issue: issue(commented, after, comment.id), atlassianId: actorId, comment: renderComment(comment), timestamp }];
  const mentioned = newMentions(comment.body, change.kind === 'comment-updated' ? change.previous.body : null);
  if (mentioned.length > 0) {
    const eventType = 'avi:jira:mentioned:comment';
    events.push({ eventType, issue: issue(eventType, after, comment.id), atlassianId: actorId, comment: renderComment(comment), mentionedAccountIds: mentioned, timestamp });
  }
  return events;
}

const SPRINT_EVENTS = {
  'sprint-created': 'avi:jira-software:created:sprint',
  'sprint-started': 'avi:jira-software:started:sprint',
  'sprint-closed': 'avi:jira-software:closed:sprint',
} as const;

/** `atlassianId` is optional: left out when no user caused the change. */
function sprintEvent(change: SprintChange): SprintPayload {
  const payload: SprintPayload = { eventType: SPRINT_EVENTS[change.kind], sprint: renderSprint(change.sprint) };
  if (change.actorId !== null) payload.atlassianId = change.actorId;
  return payload;
}
