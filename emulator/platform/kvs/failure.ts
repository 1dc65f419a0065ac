import type { KvsResponse } from './types';

/**
 * A request the platform refuses, as data: handlers return it instead of throwing, and the service
 * turns it into the `{code, message}` body that `@forge/kvs` reads into `ForgeKvsAPIError`.
 */
export class KvsFailure {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
  ) {}

  toResponse(): KvsResponse {
    return { status: this.status, body: { code: this.code, message: this.message } };
  }
}

export const badRequest = (code: string, message: string): KvsFailure => new KvsFailure(400, code, message);

/** The SDK recognises this exact code (not the status) and turns it into `undefined`. */
export const keyNotFound = (): KvsFailure => new KvsFailure(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
