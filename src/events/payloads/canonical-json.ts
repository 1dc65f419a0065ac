/**
 * Deeper than any real payload; a cap keeps hostile nesting from exhausting the stack. Content
 * below it is summarised, so two payloads that differ only that deep hash alike.
 */
const MAX_DEPTH = 48;

/**
 * JSON with object keys sorted, so the same payload in any key order gives the same text. Total:
 * what JSON cannot hold (undefined, functions, bigints, non-finite numbers) is written as null.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'object' || value === null) return 'null';
  if (depth >= MAX_DEPTH) return '"#deep"';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonicalJson(item, depth + 1)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item, depth + 1)}`).join(',')}}`;
}
