/**
 * Makes effect bodies of hosted components run in their host's scope.
 *
 * React runs passive effects from its scheduler, in whatever async context happened to schedule the
 * flush, and flushes one root's pending effects when any other root renders. With two hosts mounted,
 * an effect's `invoke()` could then reach the wrong host. So `useEffect` and `useLayoutEffect` on the
 * `react` exports object are wrapped: at render time the wrapper reads the owning host from a React
 * context that `UiKitHost` provides above the app's element, and the effect (and its cleanup) run as
 * that host. Outside a host the context is empty and the hooks behave exactly as before.
 *
 * This works because compiled app code reads `react.useEffect` from the module's exports object at
 * call time (swc, tsc and esbuild CommonJS output all do), and because bridge-global.ts loads this
 * before @forge/react pulls in react-hook-form, which keeps a reference to `useEffect` from its load.
 * Native ESM importers of `react` would get an unpatched snapshot; this repository is CommonJS.
 */
import type { Context, DependencyList, EffectCallback } from 'react';
import { runAsHost, type BridgeHost } from './host-scope';

type EffectHook = (effect: EffectCallback, deps?: DependencyList) => void;

/** The mutable CommonJS exports object of `react`, not an interop copy (`import * as` would copy). */
interface ReactExports {
  useEffect: EffectHook;
  useLayoutEffect: EffectHook;
  useContext: <T>(context: Context<T>) => T;
  createContext: <T>(value: T) => Context<T>;
}

const react = require('react') as ReactExports;

const PATCHED = Symbol.for('forge-emulator.uikit.scoped-effect');
const CONTEXT_KEY = Symbol.for('forge-emulator.uikit.host-context');

type Patched = EffectHook & { [PATCHED]?: true };
type ReactWithContext = ReactExports & { [CONTEXT_KEY]?: Context<BridgeHost | undefined> };

/** Provided by `UiKitHost` around the element it renders; one per copy of `react`. */
export const HostContext: Context<BridgeHost | undefined> =
  (react as ReactWithContext)[CONTEXT_KEY] ?? ((react as ReactWithContext)[CONTEXT_KEY] = react.createContext<BridgeHost | undefined>(undefined));

function inHost(host: BridgeHost, effect: EffectCallback): EffectCallback {
  return () =>
    runAsHost(host, () => {
      const cleanup = effect();
      return typeof cleanup === 'function' ? () => runAsHost(host, cleanup) : cleanup;
    });
}

function scoped(original: EffectHook): EffectHook {
  if ((original as Patched)[PATCHED] === true) return original;
  const useContext = react.useContext;
  const hook: Patched = (effect, deps) => {
    // Always called, so the hook order of the component never changes; reading a context adds no hook state.
    const host = useContext(HostContext);
    original(host === undefined ? effect : inHost(host, effect), deps);
  };
  hook[PATCHED] = true;
  return hook;
}

react.useEffect = scoped(react.useEffect);
react.useLayoutEffect = scoped(react.useLayoutEffect);
