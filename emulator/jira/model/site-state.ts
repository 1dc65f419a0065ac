import type { AdfDoc } from './adf';
import { fieldChangeItem, plainChangeItem, sameValue, type ChangeLookup } from './change-items';
import type { Board, IssueType, Priority, Project, Resolution, Sprint, Status, Team, User } from './entities';
import { defaultFields, type FieldDefinition } from './fields';
import type { ChangeItem, Comment, EditableFields, History, Issue, IssueChanges, IssueDeletion, NewIssue, Worklog } from './issue';
import type { SiteChange, SiteChangeListener } from './site-change';
import { UpdatedIndex } from './updated-index';

/** Jira's first issue id on a fresh site. */
const FIRST_ISSUE_ID = 10000;

/**
 * The emulated site's whole state. Reference data is kept in plain maps; issues change only through
 * the mutation methods, which keep the indexes, `updated`, the changelog and the id counters in step.
 */
export class JiraSiteState implements ChangeLookup {
  readonly users = new Map<string, User>();
  readonly teams = new Map<string, Team>();
  readonly projects = new Map<string, Project>();
  readonly issueTypes = new Map<string, IssueType>();
  readonly statuses = new Map<string, Status>();
  readonly priorities = new Map<string, Priority>();
  readonly resolutions = new Map<string, Resolution>();
  readonly fields = new Map<string, FieldDefinition>(defaultFields().map((f) => [f.id, f]));
  readonly boards = new Map<number, Board>();
  readonly sprints = new Map<number, Sprint>();
  readonly deletions: IssueDeletion[] = [];
  /** Resolution set when an issue enters a done-category status. */
  doneResolutionId = '10000';

  private readonly issuesById = new Map<string, Issue>();
  private readonly issueIdByKey = new Map<string, string>();
  private readonly issueIdsByProject = new Map<string, Set<string>>();
  private readonly issueIdsBySprint = new Map<number, Set<string>>();
  private readonly childIdsByParent = new Map<string, Set<string>>();
  private readonly updatedIndex = new UpdatedIndex({
    updatedOf: (id) => this.issuesById.get(id)?.updated,
    ids: () => this.issuesById.keys(),
    size: () => this.issuesById.size,
  });
  private nextIssueId = FIRST_ISSUE_ID;
  private nextHistoryId = 10000;
  private nextCommentId = 10000;
  private nextWorklogId = 10000;
  private nextSprintId = 1;
  private readonly listeners = new Set<SiteChangeListener>();

  // ---- lookups ----

  get issueCount(): number {
    return this.issuesById.size;
  }

  issue(issueId: string): Issue | undefined {
    return this.issuesById.get(issueId);
  }

  issueByKey(key: string): Issue | undefined {
    const id = this.issueIdByKey.get(key);
    return id === undefined ? undefined : this.issuesById.get(id);
  }

  allIssues(): IterableIterator<Issue> {
    return this.issuesById.values();
  }

  issuesInProject(projectId: string): Issue[] {
    return this.resolve(this.issueIdsByProject.get(projectId));
  }

  issuesInSprint(sprintId: number): Issue[] {
    return this.resolve(this.issueIdsBySprint.get(sprintId));
  }

  childrenOf(issueId: string): Issue[] {
    return this.resolve(this.childIdsByParent.get(issueId));
  }

  /** Issues with `from <= updated < to`, least recently updated first. */
  issuesUpdatedBetween(from: number, to?: number): Issue[] {
    return this.updatedIndex.between(from, to).map((id) => this.issuesById.get(id) as Issue);
  }

  projectByKey(key: string): Project | undefined {
    for (const project of this.projects.values()) if (project.key === key) return project;
    return undefined;
  }

  canBrowse(accountId: string, projectId: string): boolean {
    const user = this.users.get(accountId);
    if (user === undefined || !user.active) return false;
    return user.siteAdmin || !user.hiddenProjectIds.includes(projectId);
  }

  sprintsOfBoard(boardId: number): Sprint[] {
    return [...this.sprints.values()].filter((s) => s.boardId === boardId);
  }

  isDone(issue: Issue): boolean {
    return this.statuses.get(issue.statusId)?.category === 'done';
  }

  userName(accountId: string): string {
    return this.users.get(accountId)?.displayName ?? accountId;
  }

  priorityName(priorityId: string): string {
    return this.priorities.get(priorityId)?.name ?? priorityId;
  }

  issueKey(issueId: string): string {
    return this.issuesById.get(issueId)?.key ?? issueId;
  }

  sprintName(sprintId: number): string {
    return this.sprints.get(sprintId)?.name ?? String(sprintId);
  }

  teamName(teamId: string): string {
    return this.teams.get(teamId)?.name ?? teamId;
  }

  // ---- change notifications ----

  /**
   * Calls `listener` after every mutation, synchronously and in order. Returns the unsubscribe.
   * Listeners must not mutate the state: they run in the middle of cascades.
   */
  onChange(listener: SiteChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- issue mutations ----

  createIssue(input: NewIssue, actorId: string, at: number): Issue {
    const project = this.required(this.projects.get(input.projectId), `project ${input.projectId}`);
    project.issueCounter += 1;
    // Every issue gets the same property order, so V8 shares one hidden class across 100k issues.
    const issue: Issue = {
      id: String(this.nextIssueId++),
      key: `${project.key}-${project.issueCounter}`,
      projectId: input.projectId,
      issueTypeId: input.issueTypeId,
      summary: input.summary,
      description: input.description ?? null,
      statusId: input.statusId,
      priorityId: input.priorityId ?? this.defaultPriorityId(),
      resolutionId: null,
      resolutionDate: null,
      assigneeId: input.assigneeId ?? null,
      reporterId: actorId,
      creatorId: actorId,
      created: at,
      updated: at,
      parentId: input.parentId ?? null,
      sprintIds: input.sprintIds ?? [],
      storyPointEstimate: input.storyPointEstimate ?? null,
      storyPoints: input.storyPoints ?? null,
      teamId: input.teamId ?? null,
      originalEstimateSeconds: input.originalEstimateSeconds ?? null,
      remainingEstimateSeconds: input.remainingEstimateSeconds ?? null,
      timeSpentSeconds: null,
      labels: input.labels ?? [],
      changelog: [],
      comments: [],
      worklogs: [],
    };
    this.issuesById.set(issue.id, issue);
    this.issueIdByKey.set(issue.key, issue.id);
    addTo(this.issueIdsByProject, issue.projectId, issue.id);
    for (const sprintId of issue.sprintIds) addTo(this.issueIdsBySprint, sprintId, issue.id);
    if (issue.parentId !== null) addTo(this.childIdsByParent, issue.parentId, issue.id);
    this.updatedIndex.touch(issue.id, at);
    if (this.listening) this.notify({ kind: 'issue-created', issueId: issue.id, actorId, at, before: undefined, after: { ...issue } });
    return issue;
  }

  /**
   * Applies field edits as one changelog entry. Subtasks follow their parent's sprint, as in Jira.
   * Returns the history, or null when nothing changed.
   */
  editIssueFields(issueId: string, changes: IssueChanges, actorId: string, at: number): History | null {
    const issue = this.requiredIssue(issueId);
    const before = this.snapshot(issue);
    const items: ChangeItem[] = [];
    for (const field of Object.keys(changes) as Array<keyof EditableFields>) {
      const to = changes[field];
      if (to === undefined || sameValue(issue[field], to)) continue;
      items.push(fieldChangeItem(field, issue[field], to, this));
      this.reindex(issue, field, to);
      (issue as unknown as Record<string, unknown>)[field] = to;
    }
    const history = this.record(issue, items, actorId, at);
    this.notifyUpdate(before, issue, history, actorId, at);
    if (changes.sprintIds !== undefined && history !== null) {
      for (const child of this.childrenOf(issueId)) {
        if (this.issueTypes.get(child.issueTypeId)?.subtask === true) this.editIssueFields(child.id, { sprintIds: changes.sprintIds }, actorId, at);
      }
    }
    return history;
  }

  /** Moves the issue to a status; entering or leaving the done category sets or clears the resolution. */
  transitionIssue(issueId: string, statusId: string, actorId: string, at: number): History | null {
    const issue = this.requiredIssue(issueId);
    const status = this.required(this.statuses.get(statusId), `status ${statusId}`);
    if (issue.statusId === statusId) return null;
    const before = this.snapshot(issue);
    const from = this.required(this.statuses.get(issue.statusId), `status ${issue.statusId}`);
    const items = [plainChangeItem('status', { id: from.id, text: from.name }, { id: status.id, text: status.name })];
    const resolutionId = status.category === 'done' ? this.doneResolutionId : null;
    if (resolutionId !== issue.resolutionId) {
      items.unshift(plainChangeItem('resolution', this.resolutionPair(issue.resolutionId), this.resolutionPair(resolutionId)));
      issue.resolutionId = resolutionId;
      issue.resolutionDate = resolutionId === null ? null : at;
    }
    issue.statusId = statusId;
    const history = this.record(issue, items, actorId, at);
    this.notifyUpdate(before, issue, history, actorId, at);
    return history;
  }

  addComment(issueId: string, body: AdfDoc, actorId: string, at: number): Comment {
    const issue = this.requiredIssue(issueId);
    const before = this.snapshot(issue);
    const comment: Comment = { id: String(this.nextCommentId++), authorId: actorId, updateAuthorId: actorId, body, created: at, updated: at };
    issue.comments.push(comment);
    this.touch(issue, at);
    if (before !== undefined) this.notify({ kind: 'comment-created', issueId, actorId, at, comment: { ...comment }, before, after: { ...issue } });
    return comment;
  }

  editComment(issueId: string, commentId: string, body: AdfDoc, actorId: string, at: number): Comment {
    const issue = this.requiredIssue(issueId);
    const comment = this.required(issue.comments.find((c) => c.id === commentId), `comment ${commentId}`);
    const before = this.snapshot(issue);
    const previous = { ...comment };
    comment.body = body;
    comment.updateAuthorId = actorId;
    comment.updated = at;
    this.touch(issue, at);
    if (before !== undefined) this.notify({ kind: 'comment-updated', issueId, actorId, at, comment: { ...comment }, previous, before, after: { ...issue } });
    return comment;
  }

  /** Logs work; time spent grows and the remaining estimate shrinks, both recorded in the changelog. */
  addWorklog(issueId: string, work: { started: number; timeSpentSeconds: number }, actorId: string, at: number): Worklog {
    const issue = this.requiredIssue(issueId);
    const before = this.snapshot(issue);
    const worklog: Worklog = { id: String(this.nextWorklogId++), authorId: actorId, started: work.started, timeSpentSeconds: work.timeSpentSeconds, created: at, updated: at };
    issue.worklogs.push(worklog);
    const spent = (issue.timeSpentSeconds ?? 0) + work.timeSpentSeconds;
    const items = [plainChangeItem('timespent', seconds(issue.timeSpentSeconds), seconds(spent))];
    issue.timeSpentSeconds = spent;
    if (issue.remainingEstimateSeconds !== null) {
      const remaining = Math.max(0, issue.remainingEstimateSeconds - work.timeSpentSeconds);
      items.push(fieldChangeItem('remainingEstimateSeconds', issue.remainingEstimateSeconds, remaining, this));
      issue.remainingEstimateSeconds = remaining;
    }
    items.push({ field: 'WorklogId', fieldtype: 'jira', from: null, fromString: null, to: worklog.id, toString: worklog.id });
    const history = this.record(issue, items, actorId, at);
    if (before !== undefined && history !== null) this.notify({ kind: 'worklog-created', issueId, actorId, at, worklog: { ...worklog }, history, before, after: { ...issue } });
    return worklog;
  }

  /** Deletes the issue with its subtasks; other children lose their parent. */
  deleteIssue(issueId: string, actorId: string, at: number): void {
    this.removeIssue(issueId, actorId, at, false);
  }

  private removeIssue(issueId: string, actorId: string, at: number, cascaded: boolean): void {
    const issue = this.requiredIssue(issueId);
    const before = this.snapshot(issue);
    for (const child of this.childrenOf(issueId)) {
      if (this.issueTypes.get(child.issueTypeId)?.subtask === true) this.removeIssue(child.id, actorId, at, true);
      else this.editIssueFields(child.id, { parentId: null }, actorId, at);
    }
    this.issuesById.delete(issueId);
    this.issueIdByKey.delete(issue.key);
    this.issueIdsByProject.get(issue.projectId)?.delete(issueId);
    for (const sprintId of issue.sprintIds) this.issueIdsBySprint.get(sprintId)?.delete(issueId);
    if (issue.parentId !== null) this.childIdsByParent.get(issue.parentId)?.delete(issueId);
    this.childIdsByParent.delete(issueId);
    this.deletions.push({ issueId, key: issue.key, projectId: issue.projectId, deletedBy: actorId, at });
    if (before !== undefined) this.notify({ kind: 'issue-deleted', issueId, actorId, at, before, after: undefined, cascaded });
  }

  // ---- sprints ----

  /** `actorId` names who created it for change listeners; the sprint's `createdDate` is when. */
  createSprint(sprint: Omit<Sprint, 'id' | 'state' | 'completeDate'>, actorId: string | null = null): Sprint {
    const created: Sprint = { ...sprint, id: this.nextSprintId++, state: 'future', completeDate: null };
    this.sprints.set(created.id, created);
    if (this.listening) this.notify({ kind: 'sprint-created', sprint: { ...created }, actorId, at: created.createdDate });
    return created;
  }

  /** `actorId` and `at` (default: the start date) tell change listeners who started it and when. */
  startSprint(sprintId: number, startDate: number, endDate: number, actorId: string | null = null, at: number = startDate): void {
    const sprint = this.required(this.sprints.get(sprintId), `sprint ${sprintId}`);
    if (sprint.state !== 'future') throw new Error(`Sprint ${sprintId} is ${sprint.state}`);
    if (this.sprintsOfBoard(sprint.boardId).some((s) => s.state === 'active')) throw new Error(`Board ${sprint.boardId} already has an active sprint`);
    Object.assign(sprint, { state: 'active', startDate, endDate });
    if (this.listening) this.notify({ kind: 'sprint-started', sprint: { ...sprint }, actorId, at });
  }

  /**
   * Closes the sprint; unfinished issues move to `moveToSprintId` (or the backlog), keeping the
   * closed sprint in their Sprint field as Jira does.
   */
  closeSprint(sprintId: number, actorId: string, at: number, moveToSprintId: number | null): void {
    const sprint = this.required(this.sprints.get(sprintId), `sprint ${sprintId}`);
    if (sprint.state !== 'active') throw new Error(`Sprint ${sprintId} is ${sprint.state}`);
    sprint.state = 'closed';
    sprint.completeDate = at;
    if (this.listening) this.notify({ kind: 'sprint-closed', sprint: { ...sprint }, actorId, at });
    for (const issue of this.issuesInSprint(sprintId)) {
      if (this.isDone(issue) || this.issueTypes.get(issue.issueTypeId)?.subtask === true) continue;
      const sprintIds = moveToSprintId === null ? issue.sprintIds : [...issue.sprintIds, moveToSprintId];
      this.editIssueFields(issue.id, { sprintIds }, actorId, at);
    }
  }

  // ---- internals ----

  /** Copies are taken only while someone listens, so seeding a large site pays nothing for them. */
  private get listening(): boolean {
    return this.listeners.size > 0;
  }

  private snapshot(issue: Issue): Issue | undefined {
    return this.listening ? { ...issue } : undefined;
  }

  private notify(change: SiteChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private notifyUpdate(before: Issue | undefined, issue: Issue, history: History | null, actorId: string, at: number): void {
    if (before !== undefined && history !== null) this.notify({ kind: 'issue-updated', issueId: issue.id, actorId, at, history, before, after: { ...issue } });
  }

  private defaultPriorityId(): string {
    for (const priority of this.priorities.values()) if (priority.isDefault) return priority.id;
    throw new Error('The site has no default priority');
  }

  private record(issue: Issue, items: ChangeItem[], actorId: string, at: number): History | null {
    if (items.length === 0) return null;
    const history: History = { id: String(this.nextHistoryId++), authorId: actorId, created: at, items };
    issue.changelog.push(history);
    this.touch(issue, at);
    return history;
  }

  private touch(issue: Issue, at: number): void {
    if (at <= issue.updated) return;
    issue.updated = at;
    this.updatedIndex.touch(issue.id, at);
  }

  private reindex(issue: Issue, field: keyof EditableFields, to: EditableFields[keyof EditableFields]): void {
    if (field === 'sprintIds') {
      for (const id of issue.sprintIds) this.issueIdsBySprint.get(id)?.delete(issue.id);
      for (const id of to as number[]) addTo(this.issueIdsBySprint, id, issue.id);
    } else if (field === 'parentId') {
      if (issue.parentId !== null) this.childIdsByParent.get(issue.parentId)?.delete(issue.id);
      if (to !== null) addTo(this.childIdsByParent, to as string, issue.id);
    }
  }

  private resolutionPair(resolutionId: string | null): { id: string | null; text: string | null } {
    return resolutionId === null ? { id: null, text: null } : { id: resolutionId, text: this.resolutions.get(resolutionId)?.name ?? resolutionId };
  }

  private resolve(ids: Set<string> | undefined): Issue[] {
    return ids === undefined ? [] : [...ids].map((id) => this.issuesById.get(id) as Issue);
  }

  private requiredIssue(issueId: string): Issue {
    return this.required(this.issuesById.get(issueId), `issue ${issueId}`);
  }

  private required<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`Unknown ${what}`);
    return value;
  }
}

function addTo<K>(index: Map<K, Set<string>>, key: K, id: string): void {
  let ids = index.get(key);
  if (ids === undefined) index.set(key, (ids = new Set()));
  ids.add(id);
}

function seconds(value: number | null): { id: string | null; text: string | null } {
  return value === null ? { id: null, text: null } : { id: String(value), text: String(value) };
}
