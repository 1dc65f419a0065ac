import { AsyncLocalStorage } from 'node:async_hooks';
import type { LocalTimeline } from './local-timeline';

/**
 * What the platform knows about the invocation a piece of app code runs in. Process globals
 * (`__forge_runtime__`, `__forge_fetch__`, `Date`, `setTimeout`) read it from here, so concurrent
 * invocations of different installations never see each other's context.
 */
export interface InvocationScope {
  readonly invocationId: string;
  readonly installationId: string;
  readonly functionKey: string;
  readonly moduleKey: string;
  readonly principalAccountId: string | undefined;
  readonly timeline: LocalTimeline;
  /** Depth of the async-event chain this invocation belongs to. */
  readonly pushDepth: number;
  /** Set when the platform stopped waiting (finished or timed out); later calls are refused. */
  ended: boolean;
  /** The `__forge_runtime__` object the SDKs read during this invocation. */
  readonly runtime: Record<string, unknown>;
}

export const invocationScope = new AsyncLocalStorage<InvocationScope>();

export function currentScope(): InvocationScope | undefined {
  return invocationScope.getStore();
}
