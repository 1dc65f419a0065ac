import { checkEntityValue, type Target } from './entities';
import { badRequest, KvsFailure } from './failure';
import { jsonByteLength, jsonDepthExceeds } from './json';
import { MAX_TTL_MS, type KvsLimits } from './limits';
import type { SetOptions, Ttl } from './wire-schemas';

// The documented key rule. Whitespace-only keys are refused by the lookahead.
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

/** The key when it obeys the documented key rules, else the platform's refusal. */
export function validKey(key: string | undefined, limits: KvsLimits): string | KvsFailure {
  if (key === undefined || key === '') return badRequest('EMPTY_KEY', 'Key cannot be empty');
  if (key.length > limits.maxKeyLength) {
    return badRequest('KEY_TOO_LONG', `The provided key has exceeded the maximum ${limits.maxKeyLength} characters`);
  }
  if (!KEY_PATTERN.test(key)) return badRequest('INVALID_KEY', `The provided key does not match the regex: ${KEY_PATTERN}`);
  return key;
}

/** Rules every stored value obeys, KVS, secret or entity alike. */
function checkValue(value: unknown, limits: KvsLimits): KvsFailure | undefined {
  // JSON.stringify drops `undefined`, so `kvs.set(k, undefined)` arrives without a value at all.
  if (value === undefined || value === null) {
    return badRequest('BAD_REQUEST', 'A value is required: storage persists any JSON value except null');
  }
  const bytes = jsonByteLength(value);
  if (bytes > limits.maxValueBytes) {
    return badRequest('MAX_SIZE', `The provided value is ${bytes} bytes, over the maximum of ${limits.maxValueBytes} bytes`);
  }
  if (jsonDepthExceeds(value, limits.maxDepth)) {
    return badRequest('MAX_DEPTH', `The provided value has exceeded the maximum object depth (${limits.maxDepth}) limit`);
  }
  return undefined;
}

const UNIT_MS: Record<Ttl['unit'], number> = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

/** The absolute expiry of a write made at `now`, or a failure when the TTL is out of range. */
export function expiryOf(ttl: Ttl | undefined, now: number): number | undefined | KvsFailure {
  if (ttl === undefined) return undefined;
  const ms = ttl.value * UNIT_MS[ttl.unit];
  if (!Number.isInteger(ttl.value) || ttl.value < 1 || ms > MAX_TTL_MS) {
    return badRequest('BAD_REQUEST', `ttl must be a positive whole number of ${ttl.unit} of at most 1 year, got ${ttl.value}`);
  }
  return now + ms;
}

/** The documented option combinations: returnValue only when overwriting is allowed. */
export function checkSetOptions(options: SetOptions | undefined): KvsFailure | undefined {
  if (options?.returnValue !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
    return badRequest('BAD_REQUEST', "returnValue requires keyPolicy 'OVERRIDE' (or no keyPolicy)");
  }
  if (options?.returnMetadataFields !== undefined && options.returnValue === undefined) {
    return badRequest('BAD_REQUEST', 'returnMetadataFields requires returnValue');
  }
  return undefined;
}

/** Every rule a value written to `target` must pass. */
export function checkValueFor(target: Target, value: unknown, limits: KvsLimits): KvsFailure | undefined {
  return checkValue(value, limits) ?? (target.entity === undefined ? undefined : checkEntityValue(target.entity, value));
}
