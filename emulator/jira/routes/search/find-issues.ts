import { compileJql, JqlError, parseJql, UNBOUNDED_JQL_MESSAGE } from '../../jql';
import type { Issue } from '../../model/issue';
import { viewerAccountId, type SiteContext, type Viewer } from '../../site/context';
import { canBrowseProject } from '../../site/permissions';

export type FoundIssues = { ok: true; issues: Issue[] } | { ok: false; messages: string[] };

export interface IssueQuery {
  jql: string;
  viewer: Viewer;
  /** Ids read at their latest version whatever the search index holds (`reconcileIssues`). */
  reconcile: ReadonlySet<string>;
  /** The enhanced search refuses queries without a restriction; the sprint-issue API does not. */
  requireBounded: boolean;
  /** Narrows the search beyond the JQL, e.g. to one sprint's issues. */
  within?: (issue: Issue) => boolean;
}

/**
 * Runs a search as the index sees it: each issue at the version search lag exposes (an issue
 * created too recently is missing, a deleted one still shows), except reconciled ids, which are
 * read live. Returns the visible matches in the query's order.
 */
export function findIssues(context: SiteContext, query: IssueQuery): FoundIssues {
  const { state, searchLag } = context;
  const now = context.now();
  const canBrowse = (projectId: string): boolean => canBrowseProject(state, query.viewer, projectId);
  let compiled;
  try {
    compiled = compileJql(parseJql(query.jql), { state, now, currentAccountId: viewerAccountId(query.viewer), canBrowse });
  } catch (error) {
    if (error instanceof JqlError) return { ok: false, messages: error.messages };
    throw error;
  }
  if (query.requireBounded && !compiled.bounded) return { ok: false, messages: [UNBOUNDED_JQL_MESSAGE] };
  const ids = new Set<string>();
  for (const issue of compiled.candidates()) ids.add(issue.id);
  for (const id of searchLag.laggingIssues(now)) ids.add(id);
  for (const id of query.reconcile) ids.add(id);
  const found: Issue[] = [];
  for (const id of ids) {
    const view = searchLag.visibleVersion(id, now, query.reconcile.has(id));
    const version = view.kind === 'live' ? state.issue(id) : view.version;
    if (version === undefined || !canBrowse(version.projectId)) continue;
    if (compiled.matches(version) && (query.within === undefined || query.within(version))) found.push(version);
  }
  return { ok: true, issues: found.sort((a, b) => compiled.compare(a, b)) };
}
