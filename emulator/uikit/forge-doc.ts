/**
 * Reading the ForgeDoc tree that @forge/react's reconciler builds (SDK-WIRE-PROTOCOL §5.3): host
 * components are `{type, props, children, key}`, text is a `String` node, and event handlers stay as
 * live functions in `props`.
 */

/** A node of the live ForgeDoc. It is mutated in place by every commit; read it, don't keep it. */
export interface UiNode {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly children: readonly UiNode[];
  readonly key: string;
  readonly forgeReactMajorVersion?: number;
}

/** A detached copy of a node: functions become HANDLER_MARKER, React elements in props a marker too. */
export interface UiSnapshot {
  type: string;
  props: Record<string, unknown>;
  children: UiSnapshot[];
  key: string;
}

export const HANDLER_MARKER = '[handler]';

export type NodePredicate = (node: UiNode) => boolean;

/** Every node under `root` (itself included) in document order. */
export function allNodes(root: UiNode): UiNode[] {
  const out: UiNode[] = [];
  const visit = (node: UiNode): void => {
    out.push(node);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

export function isText(node: UiNode): boolean {
  return node.type === 'String';
}

/** The text of one `String` node. */
export function stringText(node: UiNode): string {
  const text = node.props.text;
  return typeof text === 'string' ? text : String(text ?? '');
}

/** The texts of all `String` nodes under `node`, in order. */
export function textsOf(node: UiNode): string[] {
  return allNodes(node).filter(isText).map(stringText);
}

/** All text under `node`, concatenated as a reader would see it run together. */
export function textOf(node: UiNode): string {
  return textsOf(node).join('');
}

/** The ancestors of `target` from `root` down, `target` excluded; undefined when it is not under `root`. */
export function ancestorsOf(root: UiNode, target: UiNode): UiNode[] | undefined {
  if (root === target) return [];
  for (const child of root.children) {
    const below = ancestorsOf(child, target);
    if (below !== undefined) return [root, ...below];
  }
  return undefined;
}

/**
 * The deepest non-text node whose text contains `text`, first in document order: for
 * `<Stack><Text>Count: 1</Text></Stack>`, `byText('Count')` is the `Text`, not the `Stack`.
 */
export function deepestContaining(root: UiNode, text: string): UiNode | undefined {
  if (isText(root) || !textOf(root).includes(text)) return undefined;
  for (const child of root.children) {
    const deeper = deepestContaining(child, text);
    if (deeper !== undefined) return deeper;
  }
  return root;
}

/** A deep copy safe to keep and to compare: nothing in it changes with later renders. */
export function snapshotOf(node: UiNode): UiSnapshot {
  return {
    type: node.type,
    props: cloneValue(node.props, new WeakSet()) as Record<string, unknown>,
    children: node.children.map(snapshotOf),
    key: node.key,
  };
}

function cloneValue(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'function') return HANDLER_MARKER;
  if (typeof value !== 'object' || value === null) return value;
  // A React element carries its owner fiber: a cycle, and nothing a test asserts on.
  if ('$$typeof' in value) return '[element]';
  if (value instanceof Date) return new Date(value.getTime());
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  const copy = Array.isArray(value) ? value.map((item) => cloneValue(item, seen)) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v, seen)]));
  seen.delete(value);
  return copy;
}
