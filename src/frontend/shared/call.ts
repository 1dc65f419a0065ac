import { invoke } from '@forge/bridge';
import type { ResolverErrorCode } from '../../resolvers/api';
import type { ActionAnswer, ActionInput, ActionName } from './actions';

/**
 * The resolvers' error codes, plus the two failures only the browser sees: the call did not reach
 * an action (network, platform), or what came back is not an envelope (an older or newer backend).
 */
export type CallErrorCode = ResolverErrorCode | 'UNREACHABLE' | 'BAD_ANSWER';

export interface CallError {
  code: CallErrorCode;
  message: string;
}

export type CallResult<T> = { ok: true; data: T } | { ok: false; error: CallError };

function isEnvelope(value: unknown): value is CallResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && 'message' in error && typeof error.message === 'string';
}

/** Calls a resolver action; never rejects, so a failed call is a state a screen shows, not a crash. */
export async function call<A extends ActionName>(action: A, payload: ActionInput<A>): Promise<CallResult<ActionAnswer<A>>> {
  let answer: unknown;
  try {
    answer = await invoke(action, payload);
  } catch (error) {
    const detail = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
    return { ok: false, error: { code: 'UNREACHABLE', message: `SIAS could not be reached${detail}. Check your connection and try again.` } };
  }
  // The envelope is the contract; its data is trusted to match api.ts because the same types built both sides.
  if (isEnvelope(answer)) return answer as CallResult<ActionAnswer<A>>;
  return { ok: false, error: { code: 'BAD_ANSWER', message: 'SIAS answered in a form this page does not understand. Reload the page.' } };
}
