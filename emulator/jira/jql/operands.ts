import { operandText, type JqlFunction, type JqlOperand, type JqlOperator, type JqlValue } from './ast';
import { messages } from './errors';

export type FunctionName = 'currentUser' | 'now' | 'startOfDay' | 'endOfDay' | 'openSprints' | 'closedSprints' | 'futureSprints';

interface FunctionSpec {
  name: FunctionName;
  minArgs: number;
  maxArgs: number;
  /** Yields a list of values, so it goes with IN rather than `=`. */
  list: boolean;
}

const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  (
    [
      { name: 'currentUser', minArgs: 0, maxArgs: 0, list: false },
      { name: 'now', minArgs: 0, maxArgs: 0, list: false },
      { name: 'startOfDay', minArgs: 0, maxArgs: 1, list: false },
      { name: 'endOfDay', minArgs: 0, maxArgs: 1, list: false },
      { name: 'openSprints', minArgs: 0, maxArgs: 0, list: true },
      { name: 'closedSprints', minArgs: 0, maxArgs: 0, list: true },
      { name: 'futureSprints', minArgs: 0, maxArgs: 0, list: true },
    ] satisfies FunctionSpec[]
  ).map((spec) => [spec.name.toLowerCase(), spec]),
);

/** A function call whose name and arity have been checked. */
interface KnownCall {
  call: JqlFunction;
  name: FunctionName;
}

/** An operand taken apart: its literal values, whether EMPTY was among them, and its function calls. */
export interface FlatOperand {
  values: JqlValue[];
  empty: boolean;
  calls: KnownCall[];
}

/**
 * What Jira's operator-usage validation says about the operand, independent of the field's values:
 * unknown functions and wrong argument counts first, then an operand shape the operator cannot take.
 */
export function operandProblem(operator: JqlOperator, operand: JqlOperand, field: string): string | undefined {
  for (const call of callsIn(operand)) {
    const spec = FUNCTIONS.get(call.name.toLowerCase());
    if (spec === undefined) return messages.unknownFunction(operandText(call));
    if (call.args.length < spec.minArgs || call.args.length > spec.maxArgs) return messages.functionArity(call.name, spec.minArgs, spec.maxArgs, call.args.length);
  }
  const isList = operand.kind === 'list' || (operand.kind === 'function' && FUNCTIONS.get(operand.name.toLowerCase())?.list === true);
  switch (operator) {
    case 'in':
    case 'not in':
      if (operand.kind === 'empty') return messages.emptyValue(operator, field);
      return isList ? undefined : messages.nonListValue(operator, operandText(operand), field);
    case 'is':
    case 'is not':
      return operand.kind === 'empty' ? undefined : messages.nonEmptyValue(operator, field);
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (operand.kind === 'empty') return messages.emptyValue(operator, field);
      return isList ? messages.listValue(operator, operandText(operand), field) : undefined;
    default:
      return isList ? messages.listValue(operator, operandText(operand), field) : undefined;
  }
}

/** Only for operands `operandProblem` accepted, so every call is known. */
export function flatten(operand: JqlOperand, into: FlatOperand = { values: [], empty: false, calls: [] }): FlatOperand {
  switch (operand.kind) {
    case 'value':
      into.values.push(operand);
      break;
    case 'empty':
      into.empty = true;
      break;
    case 'function':
      into.calls.push({ call: operand, name: (FUNCTIONS.get(operand.name.toLowerCase()) as FunctionSpec).name });
      break;
    case 'list':
      for (const item of operand.items) flatten(item, into);
  }
  return into;
}

function callsIn(operand: JqlOperand): JqlFunction[] {
  if (operand.kind === 'function') return [operand];
  return operand.kind === 'list' ? operand.items.flatMap(callsIn) : [];
}
