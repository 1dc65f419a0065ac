import { getAppContext } from '@forge/api';

/** Time left in this invocation, so long work stops at a checkpoint before the platform stops it. */
export function remainingMs(): number {
  return getAppContext().invocationRemainingTimeInMillis();
}
