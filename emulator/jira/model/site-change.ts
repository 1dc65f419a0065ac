import type { Sprint } from './entities';
import type { Comment, History, Issue, Worklog } from './issue';

/**
 * A write to one issue. `before` and `after` are shallow copies (`{...issue}`) taken at the write,
 * so search lag can keep serving the old version: scalar fields and replaced arrays are frozen in
 * time, while the changelog, comment and worklog arrays are still the live ones.
 */
interface IssueWrite {
  issueId: string;
  actorId: string;
  at: number;
}

export interface IssueCreated extends IssueWrite {
  kind: 'issue-created';
  before: undefined;
  after: Issue;
}

export interface IssueUpdated extends IssueWrite {
  kind: 'issue-updated';
  /** The changelog entry this write added. */
  history: History;
  before: Issue;
  after: Issue;
}

export interface IssueDeleted extends IssueWrite {
  kind: 'issue-deleted';
  /** The deleted issue as it was just before the delete. */
  before: Issue;
  after: undefined;
  /** A subtask deleted along with its parent: Jira emits no event for it, but the site's bookkeeping must see it. */
  cascaded: boolean;
}

export interface CommentCreated extends IssueWrite {
  kind: 'comment-created';
  comment: Comment;
  before: Issue;
  after: Issue;
}

export interface CommentUpdated extends IssueWrite {
  kind: 'comment-updated';
  comment: Comment;
  /** The comment before the edit, to tell new mentions from old ones. */
  previous: Comment;
  before: Issue;
  after: Issue;
}

export interface WorklogCreated extends IssueWrite {
  kind: 'worklog-created';
  worklog: Worklog;
  /** Time spent and remaining estimate change with the worklog, recorded as one changelog entry. */
  history: History;
  before: Issue;
  after: Issue;
}

/** Sprint changes carry a copy of the sprint; `actorId` is null when no user caused it (a seeded schedule). */
export interface SprintChange {
  kind: 'sprint-created' | 'sprint-started' | 'sprint-closed';
  sprint: Sprint;
  actorId: string | null;
  at: number;
}

export type IssueChange = IssueCreated | IssueUpdated | IssueDeleted | CommentCreated | CommentUpdated | WorklogCreated;

/** Every mutation of a JiraSiteState, in the order it happened; cascades notify one change per issue. */
export type SiteChange = IssueChange | SprintChange;

export type SiteChangeListener = (change: SiteChange) => void;
