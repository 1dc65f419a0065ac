/** Errors raised by the platform ring; each has a stable `code` that callers and logs can rely on. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class StoredValueInvalidError extends PlatformError {
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super('STORED_VALUE_INVALID', `The stored value at "${key}" does not match its schema: ${detail}`);
  }
}

