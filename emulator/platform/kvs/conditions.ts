import { scalarFitsAttribute } from './attribute-types';
import { badRequest, KvsFailure } from './failure';
import type { AttributeType, Scalar } from './types';
import type { RawCondition } from './wire-schemas';

/** The twelve conditions of `FilterConditions` (kvs/out/conditions.js). */
export const FILTER_CONDITIONS = [
  'BEGINS_WITH',
  'BETWEEN',
  'CONTAINS',
  'NOT_CONTAINS',
  'EQUAL_TO',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
] as const;
export type ConditionName = (typeof FILTER_CONDITIONS)[number];

/** The seven of `WhereConditions`, the only ones an index range accepts. */
export const RANGE_CONDITIONS: readonly ConditionName[] = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
];

export interface Condition {
  name: ConditionName;
  values: readonly Scalar[];
}

/** The error codes to answer with: a query range and filters report the same mistakes differently. */
export interface ConditionErrorCodes {
  condition: string;
  values: string;
  insufficient: string;
}

const ORDERED = new Set<ConditionName>(['BETWEEN', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO']);

/**
 * Checks a wire condition against the operand it tests (an attribute of `operandType`, or a key,
 * which is a string). `subject` names the operand in messages.
 */
export function parseCondition(
  raw: RawCondition,
  allowed: readonly ConditionName[],
  operandType: AttributeType,
  codes: ConditionErrorCodes,
  subject: string,
): Condition | KvsFailure {
  const name = allowed.find((candidate) => candidate === raw.condition);
  if (name === undefined) {
    return badRequest(codes.condition, `${subject}: condition '${raw.condition}' is not one of ${allowed.join(', ')}`);
  }
  const arity = name === 'BETWEEN' ? 2 : 1;
  if (raw.values.length < arity) return badRequest(codes.insufficient, `${subject}: ${name} needs ${arity} value(s), got ${raw.values.length}`);
  if (raw.values.length > arity) return badRequest(codes.values, `${subject}: ${name} takes ${arity} value(s), got ${raw.values.length}`);
  const values = raw.values.filter(isScalar);
  const problem = valuesProblem(name, values, operandType);
  if (values.length !== arity || problem !== undefined) {
    return badRequest(codes.values, `${subject}: invalid values ${JSON.stringify(raw.values)} for ${name}${problem === undefined ? '' : ` (${problem})`}`);
  }
  return { name, values };
}

function valuesProblem(name: ConditionName, values: readonly Scalar[], operandType: AttributeType): string | undefined {
  if (name === 'EXISTS' || name === 'NOT_EXISTS') return values[0] === true ? undefined : 'the value must be true';
  if ((name === 'CONTAINS' || name === 'NOT_CONTAINS') && operandType !== 'string' && operandType !== 'any') {
    return `a ${operandType} cannot contain anything`;
  }
  if (name === 'BEGINS_WITH' && values.some((value) => typeof value !== 'string')) return 'the prefix must be a string';
  if (ORDERED.has(name) && values.some((value) => typeof value === 'boolean')) return 'booleans are not ordered';
  if (name === 'BETWEEN' && typeof values[0] !== typeof values[1]) return 'both bounds must be of the same type';
  if (!values.every((value) => scalarFitsAttribute(operandType, value))) return `the operand is ${operandType}`;
  return undefined;
}

/**
 * Whether `actual` (undefined when the attribute is absent) satisfies the condition. An absent
 * attribute equals nothing and contains nothing, so NOT_EQUAL_TO and NOT_CONTAINS hold for it.
 */
export function conditionHolds(condition: Condition, actual: unknown): boolean {
  const [first, second] = condition.values;
  switch (condition.name) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && typeof first === 'string' && actual.startsWith(first);
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return !contains(actual, first);
    case 'GREATER_THAN':
      return compareScalars(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return compareScalars(actual, first) >= 0;
    case 'LESS_THAN':
      return compareScalars(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return compareScalars(actual, first) <= 0;
    case 'BETWEEN':
      return compareScalars(actual, first) >= 0 && compareScalars(actual, second) <= 0;
  }
}

function contains(actual: unknown, needle: Scalar | undefined): boolean {
  if (typeof actual === 'string') return typeof needle === 'string' && actual.includes(needle);
  return Array.isArray(actual) && actual.includes(needle);
}

/**
 * Orders two scalars of the same type (numbers numerically, strings by code unit, false before
 * true). Values of different types never compare as anything: NaN makes every relation false.
 */
export function compareScalars(a: unknown, b: unknown): number {
  if (typeof a !== typeof b || !isScalar(a) || !isScalar(b)) return Number.NaN;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
