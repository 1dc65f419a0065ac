import { NeedsAuthenticationError } from '@forge/api';

/** The user has not granted the app access to act as them: the platform must get this error to show its consent prompt. */
export function isConsentRequired(error: unknown): boolean {
  return error instanceof NeedsAuthenticationError;
}
