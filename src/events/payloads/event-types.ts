/**
 * The product events the app parses, by family. The manifest subscribes to all of them except
 * `assigned:issue`, which is accepted so subscribing to it later needs no parser change.
 */
export const ISSUE_EVENT_TYPES = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:assigned:issue'] as const;
export const COMMENT_EVENT_TYPES = ['avi:jira:commented:issue', 'avi:jira:deleted:comment'] as const;
export const MENTION_EVENT_TYPES = ['avi:jira:mentioned:comment', 'avi:jira:mentioned:issue'] as const;
export const WORKLOG_EVENT_TYPES = ['avi:jira:created:worklog', 'avi:jira:updated:worklog', 'avi:jira:deleted:worklog'] as const;
export const SPRINT_EVENT_TYPES = [
  'avi:jira-software:created:sprint',
  'avi:jira-software:started:sprint',
  'avi:jira-software:updated:sprint',
  'avi:jira-software:closed:sprint',
] as const;
export const FIELD_EVENT_TYPES = ['avi:jira:created:field', 'avi:jira:updated:field', 'avi:jira:deleted:field'] as const;

export type IssueEventType = (typeof ISSUE_EVENT_TYPES)[number];
export type CommentEventType = (typeof COMMENT_EVENT_TYPES)[number];
export type MentionEventType = (typeof MENTION_EVENT_TYPES)[number];
export type WorklogEventType = (typeof WORKLOG_EVENT_TYPES)[number];
export type SprintEventType = (typeof SPRINT_EVENT_TYPES)[number];
export type FieldEventType = (typeof FIELD_EVENT_TYPES)[number];
