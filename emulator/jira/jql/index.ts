import type { Issue } from '../model/issue';
import { compileJql } from './compile';
import type { JqlContext } from './context';
import { parseJql } from './parser';

export type { JqlClause, JqlFunction, JqlOperand, JqlOperator, JqlQuery, JqlSort, JqlValue } from './ast';
export { compileJql, type CompiledJql } from './compile';
export type { JqlContext } from './context';
export { JqlError, UNBOUNDED_JQL_MESSAGE } from './errors';
export { parseJql } from './parser';

/** Parses, compiles and runs the query: the visible matches in the query's order. */
export function runJql(text: string, context: JqlContext): Issue[] {
  const compiled = compileJql(parseJql(text), context);
  const found: Issue[] = [];
  for (const issue of compiled.candidates()) if (compiled.matches(issue)) found.push(issue);
  return found.sort(compiled.compare);
}
