import { MAX_LISTED_REMOVALS, type PayloadTrim } from './dead-letter';

type Container = unknown[] | Record<string, unknown>;

interface Child {
  segment: string;
  value: unknown;
  remove: () => void;
}

export interface FittedPayload {
  payload: Record<string, unknown>;
  trim?: PayloadTrim;
}

/**
 * A copy of `payload` that fits `maxBytes` of JSON and `maxDepth` levels of nesting, so that a dead
 * letter is always recorded and can always be pushed again. Nesting past the depth goes first, as
 * storage refuses it outright; then rich-text (ADF) bodies, largest first, as Jira still holds them
 * and they are the usual bulk; then, while still too large, the smallest subtree that frees enough.
 */
export function fitPayload(payload: Record<string, unknown>, limits: { maxBytes: number; maxDepth: number }): FittedPayload {
  const removed: string[] = [];
  const copy = capDepth(payload, limits.maxDepth, '', removed);
  const fitted = isRecord(copy) ? copy : {};
  dropAdfBodies(fitted, limits.maxBytes, removed);
  dropLargest(fitted, limits.maxBytes, removed);
  if (removed.length === 0) return { payload: fitted };
  return {
    payload: fitted,
    trim: { originalBytes: jsonBytes(payload), storedBytes: jsonBytes(fitted), removedCount: removed.length, removed: removed.slice(0, MAX_LISTED_REMOVALS) },
  };
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(String(JSON.stringify(value)), 'utf8');
}

const CUT = Symbol('cut');

/** Rebuilds the value (so the caller's object is never changed) without containers past `levels`. */
function capDepth(value: unknown, levels: number, path: string, removed: string[]): unknown {
  if (!isContainer(value)) return value;
  if (levels < 1) {
    removed.push(path);
    return CUT;
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    value.forEach((item, index) => {
      const kept = capDepth(item, levels - 1, childPath(path, `[${index}]`), removed);
      if (kept !== CUT) items.push(kept);
    });
    return items;
  }
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const kept = capDepth(field, levels - 1, childPath(path, `.${key}`), removed);
    if (kept !== CUT) fields[key] = kept;
  }
  return fields;
}

function dropAdfBodies(root: Record<string, unknown>, maxBytes: number, removed: string[]): void {
  if (jsonBytes(root) <= maxBytes) return;
  const bodies = findAdfBodies(root, '').sort((a, b) => b.bytes - a.bytes);
  for (const body of bodies) {
    if (jsonBytes(root) <= maxBytes) return;
    body.remove();
    removed.push(body.path);
  }
}

/** ADF documents held as object fields (description, comment body, worklog comment). */
function findAdfBodies(node: Container, path: string): Array<{ path: string; bytes: number; remove: () => void }> {
  const found: Array<{ path: string; bytes: number; remove: () => void }> = [];
  for (const child of childrenOf(node)) {
    const here = childPath(path, child.segment);
    if (!Array.isArray(node) && isAdfDocument(child.value)) found.push({ path: here, bytes: jsonBytes(child.value), remove: child.remove });
    else if (isContainer(child.value)) found.push(...findAdfBodies(child.value, here));
  }
  return found;
}

function dropLargest(root: Record<string, unknown>, maxBytes: number, removed: string[]): void {
  for (let size = jsonBytes(root); size > maxBytes; size = jsonBytes(root)) {
    const path = removeCovering(root, size - maxBytes);
    if (path === undefined) return;
    removed.push(path);
  }
}

/**
 * Follows the largest child down while it alone still holds `excess` bytes, then removes it: the
 * least data lost per step. When no child is that large, removing the largest one still makes progress.
 */
function removeCovering(root: Record<string, unknown>, excess: number): string | undefined {
  let node: Container = root;
  let path = '';
  for (;;) {
    const largest = largestChild(node);
    if (largest === undefined) return undefined;
    const here = childPath(path, largest.child.segment);
    const value = largest.child.value;
    if (isContainer(value)) {
      const inner = largestChild(value);
      if (inner !== undefined && inner.bytes >= excess) {
        node = value;
        path = here;
        continue;
      }
    }
    largest.child.remove();
    return here;
  }
}

function largestChild(node: Container): { child: Child; bytes: number } | undefined {
  let best: { child: Child; bytes: number } | undefined;
  for (const child of childrenOf(node)) {
    const bytes = jsonBytes(child.value);
    if (best === undefined || bytes > best.bytes) best = { child, bytes };
  }
  return best;
}

function childrenOf(node: Container): Child[] {
  if (Array.isArray(node)) return node.map((value, index) => ({ segment: `[${index}]`, value, remove: () => void node.splice(index, 1) }));
  return Object.entries(node).map(([key, value]) => ({
    segment: `.${key}`,
    value,
    remove: () => {
      delete node[key];
    },
  }));
}

function childPath(parent: string, segment: string): string {
  return parent === '' && segment.startsWith('.') ? segment.slice(1) : `${parent}${segment}`;
}

function isAdfDocument(value: unknown): boolean {
  return isRecord(value) && value['type'] === 'doc' && Array.isArray(value['content']);
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
