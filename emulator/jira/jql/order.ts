import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import type { JqlSort } from './ast';
import { messages } from './errors';
import { DEFAULT_DESCENDING, sortKind, type SortKind } from './fields';
import { keyNumber, projectKeyOf } from './keys';

/** The enhanced search takes at most this many ORDER BY fields. */
const MAX_SORT_FIELDS = 7;

/**
 * Without ORDER BY Jira sorts by issue key, descending: its search falls back to that sort whenever
 * the query names none and has no text clause to rank by (`SearchSortUtilImpl.DEFAULT_KEY_SORT`).
 */
const DEFAULT_SORT: ReadonlyArray<{ kind: SortKind; descending: boolean }> = [{ kind: 'key', descending: true }];

type Comparator = (a: Issue, b: Issue) => number;

/** Validates the ORDER BY into `errors` and returns its comparator; ties fall back to ascending id so pages are stable. */
export function compileOrder(sorts: readonly JqlSort[], state: JiraSiteState, errors: string[]): Comparator {
  if (sorts.length > MAX_SORT_FIELDS) errors.push(messages.tooManySortFields(MAX_SORT_FIELDS));
  const seen = new Set<SortKind>();
  const resolved: Array<{ kind: SortKind; descending: boolean }> = [];
  for (const sort of sorts) {
    const kind = sortKind(sort.field);
    if (kind === undefined) errors.push(messages.notSortable(sort.field));
    else if (seen.has(kind)) errors.push(messages.sortFieldRepeated(sort.field));
    else {
      seen.add(kind);
      resolved.push({ kind, descending: sort.direction === undefined ? DEFAULT_DESCENDING.has(kind) : sort.direction === 'desc' });
    }
  }
  const comparators = (resolved.length > 0 ? resolved : DEFAULT_SORT).map(({ kind, descending }) => {
    const compare = comparatorFor(kind, state);
    return descending ? (a: Issue, b: Issue) => compare(b, a) : compare;
  });
  comparators.push(byNumber((issue) => Number(issue.id)));
  return (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

function comparatorFor(kind: SortKind, state: JiraSiteState): Comparator {
  switch (kind) {
    case 'key': {
      // Project key first, then the number: PLAT-9 before PLAT-10. Keys are split once per issue, not once per comparison.
      const parts = new Map<Issue, { project: string; number: number }>();
      const split = (issue: Issue) => {
        let part = parts.get(issue);
        if (part === undefined) parts.set(issue, (part = { project: projectKeyOf(issue), number: keyNumber(issue) }));
        return part;
      };
      return (a, b) => {
        const x = split(a);
        const y = split(b);
        return compareText(x.project, y.project) || x.number - y.number;
      };
    }
    case 'id':
    // Rank is the board's manual order; the emulated site keeps none, so rank is creation order.
    case 'rank':
      return byNumber((issue) => Number(issue.id));
    case 'created':
      return byNumber((issue) => issue.created);
    case 'updated':
      return byNumber((issue) => issue.updated);
    case 'status':
      return byNumber(sequence(state.statuses.keys(), (issue) => issue.statusId));
    case 'issuetype':
      return byNumber(sequence(state.issueTypes.keys(), (issue) => issue.issueTypeId));
    case 'priority': {
      // Priorities are listed highest first; ascending priority order is lowest first.
      const position = sequence(state.priorities.keys(), (issue) => issue.priorityId);
      return byNumber((issue) => -position(issue));
    }
    case 'project':
      return (a, b) => compareText(projectName(state, a), projectName(state, b));
  }
}

/** The position of each issue's value in the site's list of them: Jira sorts statuses, types and priorities by that sequence. */
function sequence(ids: Iterable<string>, get: (issue: Issue) => string): (issue: Issue) => number {
  const positions = new Map([...ids].map((id, index) => [id, index]));
  return (issue) => positions.get(get(issue)) ?? positions.size;
}

function byNumber(get: (issue: Issue) => number): Comparator {
  return (a, b) => get(a) - get(b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function projectName(state: JiraSiteState, issue: Issue): string {
  return (state.projects.get(issue.projectId)?.name ?? '').toLowerCase();
}
