import type { Issue } from '../model/issue';
import type { JqlClause, JqlOperator } from './ast';
import { anyPlan, SCAN, type Plan } from './candidates';
import { isPositive, multiValued, ordered, scanning, singleValued, type Condition } from './conditions';
import type { Scope } from './context';
import { dateFunction, minuteOf, parseDate, startOfMinute } from './dates';
import { messages } from './errors';
import { COMPLEMENT, FIELD_SPECS, fieldKind, type FieldKind } from './fields';
import { keyNumber } from './keys';
import { flatten, operandProblem, type FlatOperand, type FunctionName } from './operands';
import { ValueResolver } from './values';

type Terminal = Extract<JqlClause, { kind: 'terminal' }>;

/** One clause being compiled; `operator` already carries any NOT around it. */
interface ClauseContext {
  field: string;
  operator: JqlOperator;
  positive: boolean;
  operand: FlatOperand;
  scope: Scope;
  errors: string[];
  values: ValueResolver;
}

/**
 * Validates the clause the way Jira does (field, then operator, then operand shape, then values) and
 * compiles it. Undefined when it is invalid; the reasons are in `errors`.
 */
export function compileTerminal(clause: Terminal, negated: boolean, scope: Scope, errors: string[]): Condition | undefined {
  const kind = fieldKind(clause.field);
  if (kind === undefined) return fail(errors, messages.unknownField(clause.field));
  const spec = FIELD_SPECS[kind];
  if (!spec.operators.includes(clause.operator)) return fail(errors, messages.operatorNotSupported(clause.operator, clause.field));
  const problem = operandProblem(clause.operator, clause.operand, clause.field);
  if (problem !== undefined) return fail(errors, problem);
  const operand = flatten(clause.operand);
  if (operand.empty && !spec.emptiable) return fail(errors, messages.emptyNotSupported(clause.field));
  const operator = negated ? COMPLEMENT[clause.operator] : clause.operator;
  const before = errors.length;
  const context: ClauseContext = { field: clause.field, operator, positive: isPositive(operator), operand, scope, errors, values: new ValueResolver(scope, clause.field, errors) };
  const condition = BUILDERS[kind](context);
  return errors.length > before ? undefined : condition;
}

function fail(errors: string[], message: string): undefined {
  errors.push(message);
  return undefined;
}

/**
 * Values the clause's functions yield. `evaluate` answers undefined for a function that yields nothing
 * this field can hold, which Jira reports as an invalid value.
 */
function callValues<T>(context: ClauseContext, evaluate: (name: FunctionName) => readonly T[] | undefined): T[] {
  return context.operand.calls.flatMap((call) => {
    const values = evaluate(call.name);
    if (values === undefined) context.errors.push(messages.functionValueInvalid(call.call.name, context.field));
    return values ?? [];
  });
}

const noFunctions = (): undefined => undefined;

function oneOf(context: ClauseContext, get: (issue: Issue) => string, ids: ReadonlySet<string>): (issue: Issue) => boolean {
  return singleValued(get, (id) => ids.has(id), false, context.positive);
}

const SPRINT_STATES = { openSprints: ['active', 'future'], closedSprints: ['closed'], futureSprints: ['future'] } as const;

/** A field whose values are named entities (status, issue type, priority): matched by id, found by name or id. */
function byName(context: ClauseContext, entities: Iterable<{ id: string; name: string }>, get: (issue: Issue) => string): Condition {
  const ids = context.values.named(context.operand.values, entities);
  callValues(context, noFunctions);
  return scanning(oneOf(context, get, ids));
}

const BUILDERS: Readonly<Record<FieldKind, (context: ClauseContext) => Condition>> = {
  project(context) {
    const ids = context.values.projects(context.operand.values);
    callValues(context, noFunctions);
    return { test: oneOf(context, (issue) => issue.projectId, ids), plan: context.positive ? { kind: 'projects', projectIds: [...ids] } : SCAN };
  },
  status: (context) => byName(context, context.scope.state.statuses.values(), (issue) => issue.statusId),
  statusCategory(context) {
    const keys = context.values.statusCategories(context.operand.values);
    callValues(context, noFunctions);
    const statuses = context.scope.state.statuses;
    return scanning(singleValued((issue) => statuses.get(issue.statusId)?.category ?? null, (key) => keys.has(key), false, context.positive));
  },
  issuetype: (context) => byName(context, context.scope.state.issueTypes.values(), (issue) => issue.issueTypeId),
  priority: (context) => byName(context, context.scope.state.priorities.values(), (issue) => issue.priorityId),
  assignee(context) {
    const ids = context.values.users(context.operand.values);
    const me = context.scope.currentAccountId;
    for (const id of callValues(context, (name) => (name === 'currentUser' ? (me === undefined ? [] : [me]) : undefined))) ids.add(id);
    return scanning(singleValued((issue) => issue.assigneeId, (id) => ids.has(id), context.operand.empty, context.positive));
  },
  labels(context) {
    const labels = context.values.labels(context.operand.values);
    callValues(context, noFunctions);
    return scanning(multiValued((issue) => issue.labels, (label) => labels.has(label.toLowerCase()), context.operand.empty, context.positive));
  },
  sprint(context) {
    const ids = context.values.sprints(context.operand.values);
    const sprints = [...context.scope.state.sprints.values()];
    const fromCalls = callValues(context, (name) =>
      name === 'openSprints' || name === 'closedSprints' || name === 'futureSprints'
        ? sprints.filter((s) => (SPRINT_STATES[name] as readonly string[]).includes(s.state)).map((s) => s.id)
        : undefined,
    );
    for (const id of fromCalls) ids.add(id);
    const test = multiValued((issue) => issue.sprintIds, (id) => ids.has(id), context.operand.empty, context.positive);
    // A negative clause still wants some sprint in the field, so the union of every sprint holds its matches.
    const sprintIds = context.positive ? [...ids] : sprints.map((s) => s.id);
    return { test, plan: context.positive && context.operand.empty ? SCAN : { kind: 'sprints', sprintIds } };
  },
  parent(context) {
    const parents = context.values.issues(context.operand.values);
    callValues(context, noFunctions);
    const ids = new Set(parents.map((p) => p.id));
    const test = singleValued((issue) => issue.parentId, (id) => ids.has(id), false, context.positive);
    return { test, plan: context.positive ? { kind: 'children', parentIds: [...ids] } : SCAN };
  },
  issuekey(context) {
    const issues = context.values.issues(context.operand.values);
    callValues(context, noFunctions);
    const { operator } = context;
    const reference = issues[0];
    if (operator === '<' || operator === '<=' || operator === '>' || operator === '>=') {
      // No reference only when its value was reported invalid.
      if (reference === undefined) return scanning(() => false);
      // Jira orders keys within a project only: `key > PLAT-5` is PLAT-6 onwards.
      const number = keyNumber(reference);
      return { test: (issue) => issue.projectId === reference.projectId && ordered(keyNumber(issue), operator, number), plan: { kind: 'projects', projectIds: [reference.projectId] } };
    }
    const ids = new Set(issues.map((issue) => issue.id));
    return { test: (issue) => ids.has(issue.id) === context.positive, plan: context.positive ? { kind: 'issues', issues: [...new Set(issues)] } : SCAN };
  },
  updated: (context) => dateCondition(context, (issue) => issue.updated, false),
  created: (context) => dateCondition(context, (issue) => issue.created, true),
};

/**
 * Dates compare by the minute. The updated index narrows both fields: an issue is never updated before
 * it was created, so a lower bound on `created` is one on `updated` too.
 */
function dateCondition(context: ClauseContext, get: (issue: Issue) => number, created: boolean): Condition {
  const { now } = context.scope;
  const minutes: number[] = [];
  for (const value of context.operand.values) {
    const at = parseDate(value.text, value.number, now);
    if (at === undefined) context.errors.push(messages.invalidDate(value.text, context.field));
    else minutes.push(minuteOf(at));
  }
  for (const call of context.operand.calls) {
    if (call.name !== 'now' && call.name !== 'startOfDay' && call.name !== 'endOfDay') {
      context.errors.push(messages.functionDateInvalid(call.call.name, context.field));
      continue;
    }
    const at = dateFunction(call.name, call.call.args[0], now);
    if (at === undefined) context.errors.push(messages.functionDuration(call.call.name));
    else minutes.push(minuteOf(at));
  }
  const { operator } = context;
  if (operator === '<' || operator === '<=' || operator === '>' || operator === '>=') {
    // Ordered operators take exactly one value; it is missing only when reported invalid.
    const bound = minutes[0] ?? 0;
    const test = (issue: Issue) => ordered(minuteOf(get(issue)), operator, bound);
    if (operator === '>=' || operator === '>') return { test, plan: { kind: 'updated', from: startOfMinute(operator === '>' ? bound + 1 : bound), to: Number.POSITIVE_INFINITY } };
    if (created) return { test, plan: SCAN };
    return { test, plan: { kind: 'updated', from: Number.NEGATIVE_INFINITY, to: startOfMinute(operator === '<=' ? bound + 1 : bound) } };
  }
  const wanted = new Set(minutes);
  const test = (issue: Issue) => wanted.has(minuteOf(get(issue))) === context.positive;
  if (!context.positive) return { test, plan: SCAN };
  if (created) return { test, plan: { kind: 'updated', from: startOfMinute(Math.min(...minutes)), to: Number.POSITIVE_INFINITY } };
  return { test, plan: anyPlan(minutes.map((m): Plan => ({ kind: 'updated', from: startOfMinute(m), to: startOfMinute(m + 1) }))) };
}
