import type { ResolverErrorCode } from './api';

/** A refusal the UI shows as it is: the caller may not, or asked for something that is not there. */
export class ResolverError extends Error {
  constructor(
    readonly code: ResolverErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ResolverError';
  }
}
