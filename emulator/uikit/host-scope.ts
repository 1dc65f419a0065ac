/**
 * Which `UiKitHost` a piece of frontend code belongs to. `@forge/bridge` has one global transport for the
 * whole process, so the host is found from the async scope of the call (see bridge-global.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** What the bridge dispatcher needs from a host. */
export interface BridgeHost {
  /** For error messages: module key and account. */
  readonly label: string;
  handleBridge(cmd: string, data: unknown): unknown;
}

export interface HostRegistry {
  readonly scope: AsyncLocalStorage<BridgeHost>;
  /** Root ForgeDoc object → the host that owns it. */
  readonly roots: WeakMap<object, BridgeHost>;
  /** Hosts that have rendered and not unmounted: the fallback when a call comes from outside any scope. */
  readonly live: Set<BridgeHost>;
}

// Kept on globalThis under a Symbol.for key so that a second copy of these modules (jest.isolateModules,
// two bundles) shares the registry that the dispatcher `@forge/bridge` captured reads.
const REGISTRY_KEY = Symbol.for('forge-emulator.uikit.host-registry');
const globals = globalThis as typeof globalThis & { [REGISTRY_KEY]?: HostRegistry };

export const hostRegistry: HostRegistry =
  globals[REGISTRY_KEY] ?? (globals[REGISTRY_KEY] = { scope: new AsyncLocalStorage<BridgeHost>(), roots: new WeakMap(), live: new Set() });

/** Runs `work` as `host`: bridge calls made by it, and by promise continuations it starts, go to `host`. */
export function runAsHost<T>(host: BridgeHost, work: () => T): T {
  return hostRegistry.scope.run(host, work);
}

export function currentHost(): BridgeHost | undefined {
  return hostRegistry.scope.getStore();
}
