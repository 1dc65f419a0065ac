/**
 * The one place where KVS keys are built. Every key carries a schema version so that a value
 * written by an older app version is never read as the new shape.
 */
export const KEYS = {
  setupState: (): string => 'setup:v1',
} as const;
