import { jsonBytes } from './fit-payload';

/** Per push, as `@forge/events` checks before sending (PLATFORM-FACTS §2.1, §2.2). */
export const MAX_EVENTS_PER_PUSH = 50;
export const MAX_PUSH_BYTES = 200 * 1024;

/** The size the SDK measures: the JSON of the pushed events, `[{"body":…},…]`. */
export function pushBytes(bodies: ReadonlyArray<Record<string, unknown>>): number {
  return jsonBytes(bodies.map((body) => ({ body })));
}

/**
 * Groups items, in order, into pushes the SDK accepts: at most 50 events and 200 KB each. An item
 * too large on its own still gets a push of its own, where the SDK's refusal names the problem.
 */
export function packPushes<T>(items: readonly T[], bodyOf: (item: T) => Record<string, unknown>): T[][] {
  const pushes: T[][] = [];
  let current: T[] = [];
  let entryBytes = 0;
  for (const item of items) {
    const bytes = jsonBytes({ body: bodyOf(item) });
    // Two brackets, the entries, and a comma between each two of them.
    const withItem = 2 + entryBytes + bytes + current.length;
    if (current.length > 0 && (current.length === MAX_EVENTS_PER_PUSH || withItem > MAX_PUSH_BYTES)) {
      pushes.push(current);
      current = [];
      entryBytes = 0;
    }
    current.push(item);
    entryBytes += bytes;
  }
  if (current.length > 0) pushes.push(current);
  return pushes;
}
