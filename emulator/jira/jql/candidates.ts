import type { Issue } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';

/**
 * Where a clause's matches can be found through the site's indexes. Every plan is a superset of its
 * clause's matches; `all` means no index helps and the whole site is scanned.
 */
export type Plan = { readonly kind: 'all' } | IndexPlan;

type IndexPlan =
  | { readonly kind: 'projects'; readonly projectIds: readonly string[] }
  | { readonly kind: 'sprints'; readonly sprintIds: readonly number[] }
  | { readonly kind: 'issues'; readonly issues: readonly Issue[] }
  | { readonly kind: 'children'; readonly parentIds: readonly string[] }
  /** `from <= updated < to`; created-date clauses use it too, since an issue is never updated before it is created. */
  | { readonly kind: 'updated'; readonly from: number; readonly to: number }
  | { readonly kind: 'and' | 'or'; readonly plans: readonly IndexPlan[] };

export const SCAN: Plan = { kind: 'all' };

function isIndexPlan(plan: Plan): plan is IndexPlan {
  return plan.kind !== 'all';
}

export function allPlans(plans: Plan[]): Plan {
  const narrowing = plans.filter(isIndexPlan);
  if (narrowing.length === 0) return SCAN;
  return narrowing.length === 1 ? (narrowing[0] as IndexPlan) : { kind: 'and', plans: narrowing };
}

export function anyPlan(plans: Plan[]): Plan {
  const narrowing = plans.filter(isIndexPlan);
  if (narrowing.length < plans.length) return SCAN;
  return narrowing.length === 1 ? (narrowing[0] as IndexPlan) : { kind: 'or', plans: narrowing };
}

/** The plan's issues the searcher may see; a scan when no index narrows the query. */
export function* candidatesOf(plan: Plan, state: JiraSiteState, visible: (projectId: string) => boolean): Generator<Issue> {
  const issues = isIndexPlan(plan) ? resolve(plan, state) : state.allIssues();
  for (const issue of issues) if (visible(issue.projectId)) yield issue;
}

/** A conjunction takes its smallest part: `matches` checks the rest. */
function resolve(plan: IndexPlan, state: JiraSiteState): readonly Issue[] {
  switch (plan.kind) {
    case 'projects':
      return plan.projectIds.flatMap((id) => state.issuesInProject(id));
    case 'sprints':
      return distinct(plan.sprintIds.map((id) => state.issuesInSprint(id)));
    case 'issues':
      return plan.issues;
    case 'children':
      return plan.parentIds.flatMap((id) => state.childrenOf(id));
    case 'updated':
      return state.issuesUpdatedBetween(plan.from, plan.to);
    case 'and':
      return plan.plans.map((part) => resolve(part, state)).reduce((a, b) => (b.length < a.length ? b : a));
    case 'or':
      return distinct(plan.plans.map((part) => resolve(part, state)));
  }
}

function distinct(parts: Array<readonly Issue[]>): Issue[] {
  const seen = new Set<Issue>();
  for (const part of parts) for (const issue of part) seen.add(issue);
  return [...seen];
}
