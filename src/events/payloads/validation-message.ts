import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** Enough to act on; a payload of junk would otherwise make a message as long as itself. */
const MAX_ISSUES = 8;

/** What a value is, for "expected string, got number": its kind, never the value. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `issue.fields.status.id`, `changelog.items[2].field`. Path keys come from the schema, indices from arrays. */
function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += `${text === '' ? '' : '.'}${typeof segment === 'string' ? segment : '?'}`;
  }
  return text === '' ? 'payload' : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || typeof segment === 'symbol' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function typeProblem(expected: string, actual: unknown): string {
  return actual === undefined ? 'missing' : `expected ${expected}, got ${kindOf(actual)}`;
}

/**
 * Built from the issue's code and the schema's own words only. Zod's messages are not used: they
 * quote patterns and may grow to quote input; custom issues are raised by this folder's schemas.
 */
function problemOf(issue: Issue, actual: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeProblem(issue.expected, actual);
    case 'invalid_union': {
      const branches = issue.errors.map((errors) => errors[0]);
      const expected = branches.flatMap((first) => (first?.code === 'invalid_type' && first.path.length === 0 ? [first.expected] : []));
      return expected.length === branches.length ? typeProblem(expected.join(' or '), actual) : 'matches no accepted form';
    }
    case 'invalid_format':
      return 'malformed';
    case 'invalid_value':
      return 'not an accepted value';
    case 'too_small':
      return issue.origin === 'string' ? 'too short' : issue.origin === 'array' ? 'too few items' : 'too small';
    case 'too_big':
      return issue.origin === 'string' ? 'too long' : issue.origin === 'array' ? 'too many items' : 'too large';
    case 'custom':
      return issue.message;
    default:
      return 'invalid';
  }
}

/** One line per problem, `path: problem`, naming where the payload is wrong without repeating what it holds. */
export function describeIssues(issues: readonly Issue[], raw: unknown): string {
  const lines = [...new Set(issues.map((issue) => `${pathText(issue.path)}: ${problemOf(issue, valueAt(raw, issue.path))}`))];
  const shown = lines.slice(0, MAX_ISSUES).join('; ');
  return lines.length > MAX_ISSUES ? `${shown}; and ${lines.length - MAX_ISSUES} more` : shown;
}
