import type { JqlClause, JqlFunction, JqlOperand, JqlOperator, JqlQuery, JqlSort } from './ast';
import { operandSyntaxError, syntaxError, VALID_OPERATORS } from './errors';
import { tokenize, type Token } from './lexer';
import { KEYWORDS, RESERVED_WORDS } from './reserved';

/** Jira numbers are Java longs. */
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * Recursive descent over JQL:
 *   query   := [or] [ORDER BY sort (',' sort)*]
 *   or      := and (OR and)*          and := not (AND not)*
 *   not     := (NOT | '!') not | '(' or ')' | field operator operand
 *   operand := value | EMPTY | NULL | name '(' [arg (',' arg)*] ')' | '(' operand (',' operand)* ')'
 * AND, OR and NOT also take their symbolic spellings `&`, `&&`, `|`, `||` and `!`.
 */
export function parseJql(text: string): JqlQuery {
  return new Parser(tokenize(text)).query();
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  query(): JqlQuery {
    const where = this.atEnd() || this.isWord(this.peek(), 'order') ? undefined : this.or();
    const token = this.peek();
    if (this.isWord(token, 'order')) return { where, orderBy: this.orderBy() };
    if (!this.atEnd()) throw syntaxError(`Expecting either 'OR' or 'AND' but got '${token.text}'.`, token.position);
    return { where, orderBy: [] };
  }

  private or(): JqlClause {
    const clauses = [this.and()];
    while (this.isConnective('or')) {
      this.index++;
      clauses.push(this.and());
    }
    return clauses.length === 1 ? (clauses[0] as JqlClause) : { kind: 'or', clauses };
  }

  private and(): JqlClause {
    const clauses = [this.not()];
    while (this.isConnective('and')) {
      this.index++;
      clauses.push(this.not());
    }
    return clauses.length === 1 ? (clauses[0] as JqlClause) : { kind: 'and', clauses };
  }

  private not(): JqlClause {
    const token = this.peek();
    if (token.kind === 'bang' || this.isWord(token, 'not')) {
      this.index++;
      return { kind: 'not', clause: this.not() };
    }
    if (token.kind === 'lparen') {
      this.index++;
      const clause = this.or();
      this.expectCloseParen();
      return clause;
    }
    const field = this.field();
    const operator = this.operator();
    return { kind: 'terminal', field, operator, operand: this.operand() };
  }

  private field(): string {
    const token = this.next();
    if (token.kind === 'eof') throw syntaxError('Expecting a field name at the end of the query.');
    if (token.kind === 'lbracket') throw syntaxError("Expecting a field name but got '['. Did you mean 'cf['?", token.position);
    if (token.kind === 'string') {
      if (token.value === '') throw syntaxError('A field name cannot be empty.', token.position);
      return token.value;
    }
    if (token.kind !== 'word' || KEYWORDS.has(token.value.toLowerCase())) {
      throw syntaxError(`Expecting a field name but got '${token.text}'. You must surround '${token.text}' in quotation marks to use it as a field name.`, token.position);
    }
    this.rejectReserved(token);
    return token.value.toLowerCase() === 'cf' ? this.customField(token) : token.value;
  }

  private customField(cf: Token): string {
    const open = this.next();
    if (open.kind === 'eof') throw syntaxError("Expecting '[' before the end of the query.");
    if (open.kind !== 'lbracket') throw syntaxError(`Expecting '[' but got '${open.text}'.`, open.position);
    const id = this.next();
    if (id.kind === 'eof') throw syntaxError('Expecting a custom field id (a positive number) before the end of the query.');
    if (id.kind !== 'word' || !/^\d+$/.test(id.text)) throw syntaxError(`Expecting a custom field id (a positive number) but got '${id.text}'.`, id.position);
    this.rejectOutOfRange(id);
    const close = this.next();
    if (close.kind === 'eof') throw syntaxError("Expecting ']' before the end of the query.");
    if (close.kind !== 'rbracket') throw syntaxError(`Expecting ']' but got '${close.text}'.`, close.position);
    return `${cf.value}[${id.text}]`;
  }

  private operator(): JqlOperator {
    const token = this.next();
    if (token.kind === 'eof') throw syntaxError(`Expecting operator before the end of the query. ${VALID_OPERATORS}`);
    if (token.kind === 'operator') return token.value as JqlOperator;
    if (this.isWord(token, 'in')) return 'in';
    if (this.isWord(token, 'not')) {
      const inToken = this.next();
      if (inToken.kind === 'eof') throw syntaxError("Expecting 'IN' before the end of the query.");
      if (!this.isWord(inToken, 'in')) throw syntaxError(`Expecting 'IN' but got '${inToken.text}'.`, inToken.position);
      return 'not in';
    }
    if (this.isWord(token, 'is')) {
      const after = this.peek();
      if (after.kind === 'bang') throw syntaxError("Expecting 'NOT' but got '!'.", after.position);
      if (!this.isWord(after, 'not')) return 'is';
      this.index++;
      return 'is not';
    }
    throw syntaxError(`Expecting operator but got '${token.text}'. ${VALID_OPERATORS}`, token.position);
  }

  private operand(): JqlOperand {
    const token = this.next();
    if (token.kind === 'eof') throw operandSyntaxError(undefined);
    if (token.kind === 'lparen') return this.list();
    if (token.kind === 'string') return this.peek().kind === 'lparen' ? this.call(token) : { kind: 'value', text: token.value, number: false };
    if (token.kind !== 'word') throw operandSyntaxError(token.text, token.position);
    const lower = token.value.toLowerCase();
    if (lower === 'empty' || lower === 'null') return { kind: 'empty' };
    if (KEYWORDS.has(lower)) throw operandSyntaxError(token.text, token.position);
    this.rejectReserved(token);
    if (this.peek().kind === 'lparen') return this.call(token);
    const number = /^-?\d+$/.test(token.text);
    if (number) this.rejectOutOfRange(token);
    return { kind: 'value', text: token.value, number };
  }

  private list(): JqlOperand {
    const items = [this.operand()];
    for (;;) {
      const token = this.next();
      if (token.kind === 'rparen') return { kind: 'list', items };
      if (token.kind === 'eof') throw syntaxError("Expecting ')' before the end of the query.");
      if (token.kind !== 'comma') throw syntaxError(`Expecting ')' but got '${token.text}'.`, token.position);
      items.push(this.operand());
    }
  }

  private call(name: Token): JqlFunction {
    if (name.value === '') throw syntaxError('A function name cannot be empty.', name.position);
    this.index++;
    const args: string[] = [];
    const first = this.next();
    if (first.kind === 'rparen') return { kind: 'function', name: name.value, args };
    if (first.kind === 'eof') throw syntaxError("Expecting ')' before the end of the query.");
    if (first.kind === 'comma') throw syntaxError("Expecting ')' but got ','.", first.position);
    args.push(this.argument(first));
    for (;;) {
      const token = this.next();
      if (token.kind === 'rparen') return { kind: 'function', name: name.value, args };
      if (token.kind === 'eof') throw syntaxError("Expecting ')' before the end of the query.");
      if (token.kind !== 'comma') throw syntaxError(`Expecting ')' or ',' but got '${token.text}'.`, token.position);
      const arg = this.next();
      if (arg.kind === 'rparen') throw syntaxError('Function argument must be specified.', arg.position);
      if (arg.kind === 'eof') throw syntaxError('Expecting a function argument at the end of the query.');
      args.push(this.argument(arg));
    }
  }

  private argument(token: Token): string {
    if (token.kind === 'word' || token.kind === 'string') return token.value;
    throw syntaxError(`Expecting a function argument but got '${token.text}'. You must surround '${token.text}' in quotation marks to use it as an argument.`, token.position);
  }

  private orderBy(): JqlSort[] {
    this.index++;
    const by = this.next();
    if (by.kind === 'eof') throw syntaxError("Expecting 'by' before the end of the query.");
    if (!this.isWord(by, 'by')) throw syntaxError(`Expecting 'by' but got '${by.text}'.`, by.position);
    const sorts: JqlSort[] = [];
    for (;;) {
      const field = this.field();
      let token = this.next();
      let direction: JqlSort['direction'];
      if (this.isWord(token, 'asc') || this.isWord(token, 'desc')) {
        direction = token.value.toLowerCase() as 'asc' | 'desc';
        token = this.next();
        if (token.kind !== 'eof' && token.kind !== 'comma') throw syntaxError(`Expecting ',' but got '${token.text}'.`, token.position);
      } else if (token.kind !== 'eof' && token.kind !== 'comma') {
        throw syntaxError(`Expecting either 'ASC' or 'DESC' but got '${token.text}'.`, token.position);
      }
      sorts.push({ field, direction });
      if (token.kind === 'eof') return sorts;
    }
  }

  private expectCloseParen(): void {
    const token = this.next();
    if (token.kind === 'eof') throw syntaxError("Expecting ')' before the end of the query.");
    if (token.kind !== 'rparen') throw syntaxError(`Expecting ')' but got '${token.text}'.`, token.position);
  }

  private rejectReserved(token: Token): void {
    if (RESERVED_WORDS.has(token.value.toLowerCase())) {
      throw syntaxError(`'${token.text}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`, token.position);
    }
  }

  private rejectOutOfRange(token: Token): void {
    const value = BigInt(token.text);
    if (value < LONG_MIN || value > LONG_MAX) {
      throw syntaxError(
        `'${token.text}' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807.`,
        token.position,
      );
    }
  }

  private isConnective(kind: 'and' | 'or'): boolean {
    const token = this.peek();
    return token.kind === kind || this.isWord(token, kind);
  }

  private isWord(token: Token, word: string): boolean {
    return token.kind === 'word' && token.value.toLowerCase() === word;
  }

  private atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index++;
    return token;
  }
}
