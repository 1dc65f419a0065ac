import { clearTimeout as realClearTimeout, setTimeout as realSetTimeout } from 'node:timers';
import type { Clock } from './clock';
import { currentScope } from './invocation-scope';

/** A timer that lives on an invocation's time line; shaped like Node's Timeout where app code may look. */
class LocalTimerHandle {
  constructor(readonly id: number) {}
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  hasRef(): boolean {
    return true;
  }
}

let installedFor: Clock | undefined;

/**
 * Makes `Date` read virtual time (the invocation's own time inside an invocation, the platform
 * clock outside) and moves `setTimeout` inside invocations onto the invocation's time line.
 * Code outside invocations (jest, the Jira site's server) keeps real timers.
 */
export function installTimePatch(clock: Clock): void {
  if (installedFor === clock) return;
  installedFor = clock;
  const RealDate = globalThis.Date;
  const virtualNow = (): number => currentScope()?.timeline.now() ?? clock.now();

  class EmulatedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(virtualNow());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return virtualNow();
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  globalThis.Date = EmulatedDate as DateConstructor;

  const patchedSetTimeout = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]): unknown => {
    const scope = currentScope();
    if (scope === undefined) return realSetTimeout(callback, ms, ...args);
    return new LocalTimerHandle(scope.timeline.setTimer(ms ?? 0, () => callback(...args)));
  };
  const patchedClearTimeout = (handle: unknown): void => {
    if (handle instanceof LocalTimerHandle) currentScope()?.timeline.clearTimer(handle.id);
    else realClearTimeout(handle as Parameters<typeof realClearTimeout>[0]);
  };
  globalThis.setTimeout = patchedSetTimeout as unknown as typeof globalThis.setTimeout;
  globalThis.clearTimeout = patchedClearTimeout as typeof globalThis.clearTimeout;
}
