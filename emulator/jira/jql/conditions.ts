import type { Issue } from '../model/issue';
import type { JqlOperator } from './ast';
import { allPlans, anyPlan, SCAN, type Plan } from './candidates';

/** A compiled clause: the test every match passes, and where its matches can be looked up. */
export interface Condition {
  test(issue: Issue): boolean;
  plan: Plan;
}

export function allOf(parts: Condition[]): Condition {
  return { test: (issue) => parts.every((part) => part.test(issue)), plan: allPlans(parts.map((part) => part.plan)) };
}

export function anyOf(parts: Condition[]): Condition {
  return { test: (issue) => parts.some((part) => part.test(issue)), plan: anyPlan(parts.map((part) => part.plan)) };
}

export function scanning(test: (issue: Issue) => boolean): Condition {
  return { test, plan: SCAN };
}

/** `=`, `in` and `is` look for values; `!=`, `not in` and `is not` look for their absence. */
export function isPositive(operator: JqlOperator): boolean {
  return operator === '=' || operator === 'in' || operator === 'is';
}

/**
 * Membership for a field holding at most one value. A positive clause matches an empty field only when
 * it asked for EMPTY; a negative one never does: Jira documents that `!=` does not match an empty field.
 */
export function singleValued<T>(get: (issue: Issue) => T | null, has: (value: T) => boolean, empty: boolean, positive: boolean): (issue: Issue) => boolean {
  return (issue) => {
    const value = get(issue);
    if (value === null) return positive && empty;
    return has(value) === positive;
  };
}

/** The same for a field holding several values (sprints, labels): a positive clause wants any one of them. */
export function multiValued<T>(get: (issue: Issue) => readonly T[], has: (value: T) => boolean, empty: boolean, positive: boolean): (issue: Issue) => boolean {
  return (issue) => {
    const values = get(issue);
    if (values.length === 0) return positive && empty;
    return values.some(has) === positive;
  };
}

export function ordered(a: number, operator: '<' | '<=' | '>' | '>=', b: number): boolean {
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
