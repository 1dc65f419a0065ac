import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import type { Random } from '../seed/random';

const RECENT_MS = 14 * 86_400_000;

/**
 * The issues people are working on: those in open sprints, those touched in the last two weeks,
 * and whatever the generator creates. Drawing from it keeps each action cheap on a 100k-issue site.
 * Deleted issues (by the generator or anyone else) are dropped when drawn.
 */
export class WorkingSet {
  private readonly ids: string[] = [];
  private readonly known = new Set<string>();

  constructor(
    private readonly state: JiraSiteState,
    private readonly random: Random,
  ) {}

  /** Fills the set from the site as it is at `at`. */
  load(at: number): void {
    for (const sprint of this.state.sprints.values()) {
      if (sprint.state !== 'closed') for (const issue of this.state.issuesInSprint(sprint.id)) this.add(issue.id);
    }
    for (const issue of this.state.issuesUpdatedBetween(at - RECENT_MS)) this.add(issue.id);
  }

  add(issueId: string): void {
    if (this.known.has(issueId)) return;
    this.known.add(issueId);
    this.ids.push(issueId);
  }

  /** A random live issue that passes `accept`, or undefined after `tries` draws. */
  draw(accept: (issue: Issue) => boolean, tries = 40): Issue | undefined {
    for (let n = 0; n < tries && this.ids.length > 0; n++) {
      const index = Math.floor(this.random.float() * this.ids.length);
      const id = this.ids[index] as string;
      const issue = this.state.issue(id);
      if (issue === undefined) {
        this.remove(index, id);
        continue;
      }
      if (accept(issue)) return issue;
    }
    return undefined;
  }

  /** Live issue ids per project, for weighting where new work is filed. */
  countByProject(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const id of this.ids) {
      const issue = this.state.issue(id);
      if (issue !== undefined) counts.set(issue.projectId, (counts.get(issue.projectId) ?? 0) + 1);
    }
    return counts;
  }

  private remove(index: number, id: string): void {
    // Swap-remove keeps draws O(1); the order only feeds random draws.
    const last = this.ids.pop() as string;
    if (index < this.ids.length) this.ids[index] = last;
    this.known.delete(id);
  }
}
