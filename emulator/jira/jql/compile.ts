import type { Issue } from '../model/issue';
import type { JqlClause, JqlQuery } from './ast';
import { candidatesOf, SCAN } from './candidates';
import { compileTerminal } from './clauses';
import { allOf, anyOf, type Condition } from './conditions';
import { scopeOf, type JqlContext, type Scope } from './context';
import { JqlError } from './errors';
import { compileOrder } from './order';

export interface CompiledJql {
  /** A query with no search restriction (e.g. only `ORDER BY key`) is unbounded; the enhanced search refuses it. */
  readonly bounded: boolean;
  /** Whether the issue matches and the searcher may browse its project. */
  matches(issue: Issue): boolean;
  /** The ORDER BY; `key DESC` when the query has none, as in Jira. */
  compare(a: Issue, b: Issue): number;
  /**
   * Issues that may match, from the site's indexes (project, sprint, updated/created range, key/id, parent)
   * so a 100k-issue site is not scanned for a narrow query; every visible match is among them, and none
   * of them is in a project the searcher cannot browse.
   */
  candidates(): Iterable<Issue>;
}

/** Resolves the query against the site; throws JqlError listing every value, field or sort Jira would refuse. */
export function compileJql(query: JqlQuery, context: JqlContext): CompiledJql {
  const scope = scopeOf(context);
  const errors: string[] = [];
  const where = query.where === undefined ? undefined : compileClause(query.where, false, scope, errors);
  const compare = compileOrder(query.orderBy, context.state, errors);
  if (errors.length > 0) throw new JqlError(errors);
  const test = where?.test ?? (() => true);
  return {
    bounded: query.where !== undefined,
    matches: (issue) => scope.visible(issue.projectId) && test(issue),
    compare,
    candidates: () => candidatesOf(where?.plan ?? SCAN, context.state, (projectId) => scope.visible(projectId)),
  };
}

/**
 * NOT is pushed down to the clauses as Jira does, so `NOT assignee = X` is `assignee != X` and, like it,
 * leaves out unassigned issues.
 */
function compileClause(clause: JqlClause, negated: boolean, scope: Scope, errors: string[]): Condition | undefined {
  switch (clause.kind) {
    case 'not':
      return compileClause(clause.clause, !negated, scope, errors);
    case 'terminal':
      return compileTerminal(clause, negated, scope, errors);
    default: {
      const parts = clause.clauses.map((part) => compileClause(part, negated, scope, errors));
      if (!parts.every((part): part is Condition => part !== undefined)) return undefined;
      return (clause.kind === 'and') !== negated ? allOf(parts) : anyOf(parts);
    }
  }
}
