/**
 * The process-wide `@forge/bridge` transport of the headless UI Kit host (SDK-WIRE-PROTOCOL §5.1, §7.1).
 *
 * IMPORT THIS MODULE BEFORE THE FIRST `@forge/bridge` OR `@forge/react`, and before any app UI module:
 * `@forge/bridge` calls `getCallBridge()` at module load and keeps the function it finds, so
 * `globalThis.__bridge.callBridge` must exist by then and must never be replaced. `emulator/uikit/index.ts`
 * imports it first, so a test only has to import `emulator/uikit` above its components.
 *
 * The installed function is a stable dispatcher; which `UiKitHost` answers is decided per call:
 * - `reconcile` carries the root ForgeDoc, the same object for every commit of one `ForgeReconciler.render`,
 *   so a root belongs to the host in whose scope it first reconciled (each host renders in its own scope).
 * - Every other command goes to the host of the current async scope (host-scope.ts). Hosts enter it when
 *   they render and fire handlers, effect-scope.ts enters it for effect bodies, and promise continuations
 *   inherit it, which covers `invoke(...).then(setState)`.
 */
import { hostRegistry, type BridgeHost } from './host-scope';
// Patches `react` before react-hook-form (loaded by @forge/react) captures `useEffect` at its own load.
import './effect-scope';

type BridgeGlobals = typeof globalThis & {
  __bridge?: { callBridge: (cmd: string, data?: unknown) => unknown };
  self?: unknown;
  IS_REACT_ACT_ENVIRONMENT?: boolean;
};

const globals = globalThis as BridgeGlobals;

function dispatch(cmd: string, data?: unknown): unknown {
  const host = cmd === 'reconcile' ? ownerOfRoot(data) : (hostRegistry.scope.getStore() ?? soleLiveHost(cmd));
  // A root rendered outside any host (a bare ForgeReconciler.render) has nobody to report to.
  if (host === undefined) return undefined;
  return host.handleBridge(cmd, data);
}

function ownerOfRoot(data: unknown): BridgeHost | undefined {
  const root = (data as { forgeDoc?: unknown } | undefined)?.forgeDoc;
  if (typeof root !== 'object' || root === null) return undefined;
  const known = hostRegistry.roots.get(root);
  if (known !== undefined) return known;
  const host = hostRegistry.scope.getStore();
  if (host !== undefined) hostRegistry.roots.set(root, host);
  return host;
}

function soleLiveHost(cmd: string): BridgeHost | undefined {
  if (hostRegistry.live.size === 1) return [...hostRegistry.live][0];
  const names = [...hostRegistry.live].map((h) => h.label).join(', ');
  throw new Error(
    `@forge/bridge "${cmd}" was called outside any UiKitHost scope while ${hostRegistry.live.size} hosts are mounted (${names || 'none'}); ` +
      'only code run by a host (render, effects, fired handlers and what they start) can be attributed to one',
  );
}

const DISPATCHER_MARK = Symbol.for('forge-emulator.uikit.dispatcher');

function install(): void {
  const existing = globals.__bridge?.callBridge as ({ [DISPATCHER_MARK]?: true } & ((cmd: string, data?: unknown) => unknown)) | undefined;
  if (existing?.[DISPATCHER_MARK] === true) return;
  if (existing !== undefined) throw new Error('globalThis.__bridge is already set by someone else: import emulator/uikit before anything installs a Forge bridge');
  globals.__bridge = { callBridge: Object.assign(dispatch, { [DISPATCHER_MARK]: true as const }) };
  // @forge/react reaches the bridge through `self.__bridge` (§5.3), and Node has no `self`.
  if (globals.self === undefined) globals.self = globalThis;
  // @forge/react's legacy root renders synchronously and `settle()` waits for the rest, so act() is not
  // needed. Under jest React warns about every hook update outside act() unless this is explicitly false.
  if (globals.IS_REACT_ACT_ENVIRONMENT === undefined) globals.IS_REACT_ACT_ENVIRONMENT = false;
}

install();
