/** Size as the platform meters it: the UTF-8 bytes of the JSON text. */
export function jsonByteLength(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

/**
 * Nesting depth of a JSON value: a scalar is 0, an object or array is one more than its deepest
 * child. Stops descending past `limit` so a hostile value cannot exhaust the stack.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit <= 0) return true;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => jsonDepthExceeds(child, limit - 1));
}
