/** Per-installation limits of the Forge KVS / Custom Entity Store (PLATFORM-FACTS §5.2). */
export interface KvsLimits {
  readUnitsPerMinute: number;
  writeUnitsPerMinute: number;
  maxValueBytes: number;
  maxDepth: number;
  maxKeyLength: number;
  maxBatch: number;
  maxTransactionOps: number;
  maxQueryLimit: number;
}

export const DEFAULT_KVS_LIMITS: KvsLimits = {
  readUnitsPerMinute: 4000,
  writeUnitsPerMinute: 4000,
  maxValueBytes: 240 * 1024,
  // The limits page and the custom-entities page say a maximum depth of 31; the error-code page
  // says 32. Enforcing the stricter documented number means a value the emulator accepts is
  // accepted by the platform whichever page is right.
  maxDepth: 31,
  maxKeyLength: 500,
  maxBatch: 25,
  maxTransactionOps: 25,
  maxQueryLimit: 100,
};

/** Request sizes are metered in 10 KB units, rounded up. */
export const UNIT_BYTES = 10 * 1024;
export const RATE_WINDOW_MS = 60_000;
/** Batches and transactions are each capped at a 4 MB payload. */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
export const MAX_TTL_MS = 365 * 24 * 60 * 60 * 1000;
/**
 * The platform deletes expired values asynchronously, "up to 48 hours" later, and reads may return
 * them until then. The emulator keeps them for the whole window: an app that trusts TTL for
 * correctness (instead of checking EXPIRE_TIME) then fails here rather than only in production.
 */
export const EXPIRED_RETENTION_MS = 48 * 60 * 60 * 1000;
export const DEFAULT_QUERY_LIMIT = 10;
