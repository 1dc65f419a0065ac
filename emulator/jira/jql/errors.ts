/**
 * Jira's 400 for a query it will not run: `messages` become the body's `errorMessages`. Syntax errors
 * stop at the first one; validation collects every problem in the query, as Jira's validators do.
 */
export class JqlError extends Error {
  readonly messages: string[];

  constructor(messages: string[]) {
    super(messages.join(' '));
    this.name = 'JqlError';
    this.messages = messages;
  }
}

/** 1-based, as Jira reports it. */
export interface SourcePosition {
  line: number;
  character: number;
}

/**
 * Jira Cloud words most syntax errors "Error in the JQL Query: …", but the missing-operand ones come
 * back as "Error in JQL Query: …" (observed in several independent captures of real responses).
 */
export function syntaxError(detail: string, at?: SourcePosition, prefix = 'Error in the JQL Query:'): JqlError {
  const where = at === undefined ? '' : ` (line ${at.line}, character ${at.character})`;
  return new JqlError([`${prefix} ${detail}${where}`]);
}

export function operandSyntaxError(got: string | undefined, at?: SourcePosition): JqlError {
  const detail =
    got === undefined
      ? 'Expecting either a value, list or function before the end of the query.'
      : `Expecting either a value, list or function but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.`;
  return syntaxError(detail, at, 'Error in JQL Query:');
}

export const VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

export const VALID_ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

const DATE_FORMATS = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

/** Validation messages. Jira names the field as the query spelled it. */
export const messages = {
  unknownField: (field: string) => `Field '${field}' does not exist or you do not have permission to view it.`,
  operatorNotSupported: (operator: string, field: string) => `The operator '${operator}' is not supported by the '${field}' field.`,
  nonListValue: (operator: string, operand: string, field: string) => `Operator '${operator}' does not support the non-list value '${operand}' for field '${field}'.`,
  listValue: (operator: string, operand: string, field: string) => `Operator '${operator}' does not support the list value '${operand}' for field '${field}'.`,
  nonEmptyValue: (operator: string, field: string) => `Operator '${operator}' does not support searching for non-empty values for field '${field}'.`,
  emptyValue: (operator: string, field: string) => `Operator '${operator}' does not support the empty value representation 'EMPTY' for field '${field}'.`,
  emptyNotSupported: (field: string) => `The field '${field}' does not support searching for EMPTY values.`,
  valueNotFound: (value: string, field: string) => `The value '${value}' does not exist for the field '${field}'.`,
  idNotFound: (value: string, field: string) => `A value with ID '${value}' does not exist for the field '${field}'.`,
  issueNotFound: (key: string, field: string) => `An issue with key '${key}' does not exist for field '${field}'.`,
  invalidIssueKey: (key: string, field: string) => `The issue key '${key}' for field '${field}' is invalid.`,
  invalidDate: (value: string, field: string) => `Date value '${value}' for field '${field}' is invalid. ${DATE_FORMATS}`,
  unknownFunction: (call: string) => `Unable to find JQL function '${call}'.`,
  functionArity: (name: string, min: number, max: number, received: number) =>
    min === max
      ? `Function '${name}' expected '${min}' arguments but received '${received}'.`
      : `Function '${name}' expected between '${min}' and '${max}' arguments but received '${received}'.`,
  functionDuration: (name: string) => `Duration for function '${name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`,
  functionValueInvalid: (name: string, field: string) => `A value provided by the function '${name}' is invalid for the field '${field}'.`,
  functionDateInvalid: (name: string, field: string) => `A date for the field '${field}' provided by the function '${name}' is not valid.`,
  notSortable: (field: string) => `Not able to sort using field '${field}'.`,
  sortFieldRepeated: (field: string) => `The sort field '${field}' is referenced multiple times in the JQL sort.`,
  /** The enhanced search documents this limit; its refusal's exact wording was not observed, so this echoes the documentation. */
  tooManySortFields: (max: number) => `The 'orderBy' clause can contain a maximum of ${max} fields.`,
} as const;

/** What the enhanced search answers for a query without a search restriction. */
export const UNBOUNDED_JQL_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
