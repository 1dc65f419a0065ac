export type JqlOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

/** A single value; `number` when written as an unquoted integer, which Jira reads as an id first. */
export interface JqlValue {
  readonly kind: 'value';
  readonly text: string;
  readonly number: boolean;
}

export interface JqlFunction {
  readonly kind: 'function';
  readonly name: string;
  readonly args: readonly string[];
}

export type JqlOperand = JqlValue | JqlFunction | { readonly kind: 'empty' } | { readonly kind: 'list'; readonly items: readonly JqlOperand[] };

export type JqlClause =
  | { readonly kind: 'and' | 'or'; readonly clauses: readonly JqlClause[] }
  | { readonly kind: 'not'; readonly clause: JqlClause }
  /** `field` is spelled as in the query (`cf[10020]` for a custom field id), since Jira's messages echo it. */
  | { readonly kind: 'terminal'; readonly field: string; readonly operator: JqlOperator; readonly operand: JqlOperand };

/** `direction` is undefined when the query gives none: each field then sorts its own default way. */
export interface JqlSort {
  readonly field: string;
  readonly direction: 'asc' | 'desc' | undefined;
}

export interface JqlQuery {
  readonly where: JqlClause | undefined;
  /** Empty when the query has no ORDER BY. */
  readonly orderBy: readonly JqlSort[];
}

/** How Jira prints an operand inside a message: strings always quoted, whatever the query did. */
export function operandText(operand: JqlOperand): string {
  switch (operand.kind) {
    case 'value':
      return operand.number ? operand.text : `"${operand.text}"`;
    case 'function':
      return `${operand.name}(${operand.args.join(', ')})`;
    case 'empty':
      return 'EMPTY';
    case 'list':
      return `(${operand.items.map(operandText).join(', ')})`;
  }
}
