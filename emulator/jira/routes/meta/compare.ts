/** Ascending order of two sort keys, for `Array.prototype.sort` comparators. */
export function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
