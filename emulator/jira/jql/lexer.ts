import { syntaxError, VALID_ESCAPES, type SourcePosition } from './errors';

export type TokenKind = 'word' | 'string' | 'lparen' | 'rparen' | 'comma' | 'lbracket' | 'rbracket' | 'operator' | 'bang' | 'and' | 'or' | 'eof';

export interface Token {
  kind: TokenKind;
  /** As written, for error messages. */
  text: string;
  /** Escapes resolved for words and strings; the operator itself for operators. */
  value: string;
  position: SourcePosition;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\f']);
/** Characters Jira keeps for future syntax: unquoted, they are an error rather than part of a word. */
const RESERVED_CHARACTERS = new Set(['{', '}', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';']);
const PUNCTUATION: ReadonlyMap<string, TokenKind> = new Map([
  ['(', 'lparen'],
  [')', 'rparen'],
  [',', 'comma'],
  ['[', 'lbracket'],
  [']', 'rbracket'],
]);
/** Where an unquoted word ends. */
const WORD_STOPS = new Set(['"', "'", '=', '!', '<', '>', '(', ')', '~', ',', '[', ']', '|', '&']);
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ["'", "'"],
  ['"', '"'],
  ['t', '\t'],
  ['n', '\n'],
  ['r', '\r'],
  ['\\', '\\'],
  [' ', ' '],
]);

function isIllegal(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 0x20 && !WHITESPACE.has(ch)) || (code >= 0x7f && code <= 0x9f);
}

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function tokenize(text: string): Token[] {
  return new Lexer(text).run();
}

class Lexer {
  private readonly tokens: Token[] = [];
  private offset = 0;

  constructor(private readonly text: string) {}

  run(): Token[] {
    while (this.offset < this.text.length) {
      const ch = this.text[this.offset] as string;
      if (WHITESPACE.has(ch)) this.offset++;
      else this.token(ch);
    }
    this.tokens.push({ kind: 'eof', text: '', value: '', position: this.positionAt(this.offset) });
    return this.tokens;
  }

  private token(ch: string): void {
    const start = this.offset;
    const next = this.text[start + 1];
    const punctuation = PUNCTUATION.get(ch);
    if (punctuation !== undefined) return this.push(punctuation, start, 1, ch);
    if (ch === '"' || ch === "'") return this.quoted(ch);
    if (ch === '=' || ch === '~') return this.push('operator', start, 1, ch);
    if (ch === '!') return next === '=' || next === '~' ? this.push('operator', start, 2, `!${next}`) : this.push('bang', start, 1, '!');
    if (ch === '<' || ch === '>') return next === '=' ? this.push('operator', start, 2, `${ch}=`) : this.push('operator', start, 1, ch);
    if (ch === '&' || ch === '|') return this.push(ch === '&' ? 'and' : 'or', start, next === ch ? 2 : 1, ch);
    this.word();
  }

  private push(kind: TokenKind, start: number, length: number, value: string): void {
    this.offset = start + length;
    this.tokens.push({ kind, text: this.text.slice(start, this.offset), value, position: this.positionAt(start) });
  }

  private word(): void {
    const start = this.offset;
    let value = '';
    while (this.offset < this.text.length) {
      const ch = this.text[this.offset] as string;
      if (WHITESPACE.has(ch) || WORD_STOPS.has(ch)) break;
      this.rejectForbidden(ch, this.offset);
      if (ch === '\\') value += this.escape();
      else {
        value += ch;
        this.offset++;
      }
    }
    this.tokens.push({ kind: 'word', text: this.text.slice(start, this.offset), value, position: this.positionAt(start) });
  }

  private quoted(quote: string): void {
    const start = this.offset;
    this.offset++;
    let value = '';
    for (;;) {
      const ch = this.text[this.offset];
      if (ch === undefined) throw this.unterminated(start);
      if (ch === quote) break;
      if (isIllegal(ch)) throw this.illegal(ch, this.offset);
      if (ch === '\\') value += this.escape();
      else {
        value += ch;
        this.offset++;
      }
    }
    this.offset++;
    this.tokens.push({ kind: 'string', text: this.text.slice(start, this.offset), value, position: this.positionAt(start) });
  }

  private rejectForbidden(ch: string, at: number): void {
    if (RESERVED_CHARACTERS.has(ch)) {
      throw syntaxError(`The character '${ch}' is a reserved JQL character. You must enclose it in a string or use the escape '${unicodeEscape(ch)}' instead.`, this.positionAt(at));
    }
    if (isIllegal(ch)) throw this.illegal(ch, at);
  }

  /** Reads the escape at the current backslash and moves past it. */
  private escape(): string {
    const start = this.offset;
    const kind = this.text[start + 1];
    if (kind === undefined) throw syntaxError(`The escape sequence has not been completed. ${VALID_ESCAPES}`, this.positionAt(start));
    const simple = ESCAPES.get(kind);
    if (simple !== undefined) {
      this.offset = start + 2;
      return simple;
    }
    if (kind !== 'u') throw this.illegalEscape(start, start + 2);
    for (let k = 0; k < 4; k++) {
      const digit = this.text[start + 2 + k];
      if (digit === undefined) throw this.illegalEscape(start, start + 2 + k);
      if (!/[0-9a-fA-F]/.test(digit)) throw this.illegalEscape(start, start + 3 + k);
    }
    this.offset = start + 6;
    return String.fromCharCode(parseInt(this.text.slice(start + 2, start + 6), 16));
  }

  private illegalEscape(start: number, end: number): Error {
    return syntaxError(`'${this.text.slice(start, end)}' is an illegal JQL escape sequence. ${VALID_ESCAPES}`, this.positionAt(start));
  }

  private illegal(ch: string, at: number): Error {
    const position = this.positionAt(at);
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return syntaxError(
      `The character '${code}' on line ${position.line} at position ${position.character} must be escaped. Use the escape '${unicodeEscape(ch)}' instead.`,
      position,
    );
  }

  /** Jira quotes what follows the opening quote, line breaks shown as spaces. */
  private unterminated(start: number): Error {
    const rest = this.text.slice(start + 1).replace(/\r\n|\r|\n/g, ' ');
    const detail = rest === '' ? 'The quoted string has not been completed.' : `The quoted string '${rest}' has not been completed.`;
    return syntaxError(detail, this.positionAt(start));
  }

  private positionAt(offset: number): SourcePosition {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (this.text[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, character: offset - lineStart + 1 };
  }
}
