/**
 * Replays the site's history from the changes: the issues and sprints as they were before the first
 * change, then every change in order.
 *
 * Initial states (before the first change):
 * - an issue's first change carries its `before` copy, which is the issue as it was then (scalar
 *   fields and replaced arrays are frozen in the copy); an issue whose first change is its creation
 *   did not exist; an issue no change touched is as it is at the end;
 * - a sprint's first change tells its state before: `sprint-created` (did not exist), `sprint-started`
 *   (future), `sprint-closed` (active); a sprint no change touched is as it is at the end;
 * - `statuscategorychangedate` of an issue existing before the first change comes from its changelog
 *   (the live array, so complete), reading only the entries that are not in the changes: the last
 *   one whose status item changes category, else the issue's creation.
 *
 * The copies' `changelog`, `comments` and `worklogs` arrays are the live ones (final contents), so
 * nothing here reads them, except the changelog for the initial category date as said above.
 */
import type { SprintState } from '../jira/model/entities';
import type { History, Issue } from '../jira/model/issue';
import type { IssueChange, SiteChange } from '../jira/model/site-change';
import type { OracleInput, SiteFacts } from './input';

export interface LiveIssue {
  /** A copy as of the last change; read only scalar fields and replaced arrays (`sprintIds`). */
  issue: Issue;
  /** Jira's `statuscategorychangedate`: the last change of category, else the creation. */
  categoryChangedAt: number;
}

export function isIssueChange(change: SiteChange): change is IssueChange {
  return 'issueId' in change;
}

export class SiteReplay {
  readonly issues = new Map<string, LiveIssue>();
  readonly sprintStates = new Map<number, SprintState>();

  constructor(
    input: OracleInput,
    private readonly facts: SiteFacts,
  ) {
    const firstIssueChange = new Map<string, IssueChange>();
    const firstSprintChange = new Map<number, SiteChange['kind']>();
    const historyIdsInChanges = new Set<string>();
    for (const change of input.changes) {
      if (isIssueChange(change)) {
        if (!firstIssueChange.has(change.issueId)) firstIssueChange.set(change.issueId, change);
        if ('history' in change) historyIdsInChanges.add(change.history.id);
      } else if (!firstSprintChange.has(change.sprint.id)) {
        firstSprintChange.set(change.sprint.id, change.kind);
      }
    }

    for (const issue of input.state.allIssues()) {
      if (!firstIssueChange.has(issue.id)) this.issues.set(issue.id, { issue: { ...issue }, categoryChangedAt: this.initialCategoryDate(issue, historyIdsInChanges) });
    }
    for (const first of firstIssueChange.values()) {
      if (first.kind === 'issue-created') continue;
      this.issues.set(first.issueId, { issue: first.before, categoryChangedAt: this.initialCategoryDate(first.before, historyIdsInChanges) });
    }

    const sprintIds = new Set([...input.state.sprints.keys(), ...firstSprintChange.keys()]);
    for (const id of sprintIds) {
      const first = firstSprintChange.get(id);
      if (first === 'sprint-created') continue;
      const initial: SprintState | undefined = first === 'sprint-started' ? 'future' : first === 'sprint-closed' ? 'active' : input.state.sprints.get(id)?.state;
      if (initial !== undefined) this.sprintStates.set(id, initial);
    }
  }

  apply(change: SiteChange): void {
    if (!isIssueChange(change)) {
      this.sprintStates.set(change.sprint.id, change.sprint.state);
      return;
    }
    switch (change.kind) {
      case 'issue-created':
        this.issues.set(change.issueId, { issue: change.after, categoryChangedAt: change.after.created });
        return;
      case 'issue-deleted':
        this.issues.delete(change.issueId);
        return;
      default: {
        const previous = this.issues.get(change.issueId);
        const categoryChanged = this.facts.category(change.before.statusId) !== this.facts.category(change.after.statusId);
        const categoryChangedAt = categoryChanged ? change.at : (previous?.categoryChangedAt ?? change.after.created);
        this.issues.set(change.issueId, { issue: change.after, categoryChangedAt });
      }
    }
  }

  /** The sprint the issue's Sprint field holds as its open one (the last id, if active or future). */
  openSprintOf(issue: Pick<Issue, 'sprintIds'>): number | undefined {
    const last = issue.sprintIds[issue.sprintIds.length - 1];
    if (last === undefined) return undefined;
    const state = this.sprintStates.get(last);
    return state === 'active' || state === 'future' ? last : undefined;
  }

  isActive(sprintId: number): boolean {
    return this.sprintStates.get(sprintId) === 'active';
  }

  private initialCategoryDate(issue: Issue, historyIdsInChanges: ReadonlySet<string>): number {
    let at = issue.created;
    for (const history of issue.changelog) {
      if (!historyIdsInChanges.has(history.id) && this.changesCategory(history)) at = history.created;
    }
    return at;
  }

  private changesCategory(history: History): boolean {
    return history.items.some((item) => item.field === 'status' && item.from !== null && item.to !== null && this.facts.category(item.from) !== this.facts.category(item.to));
  }
}
