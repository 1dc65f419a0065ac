import { createHash } from 'node:crypto';

/**
 * The one place where KVS keys are built. Every key carries a schema version so that a value
 * written by an older app version is never read as the new shape.
 */
export const KEYS = {
  setupState: (): string => 'setup:v1',
  jiraSettings: (): string => 'settings:jira:v1',
  jiraBreaker: (): string => 'jira:breaker:v1',
  jiraPause: (): string => 'jira:pause:v1',
  jiraBudget: (): string => 'jira:budget:v1',
  jiraMetrics: (): string => 'jira:metrics:v1',
  fieldSuggestions: (): string => 'fields:suggestions:v1',
  fieldMapping: (): string => 'fields:mapping:v1',
  fieldHealth: (): string => 'fields:health:v1',
  /** Held by the one discovery that runs; others wait or stop. */
  fieldDiscoveryLease: (): string => 'fields:discovery-lease:v1',
  /** KVS keys allow few characters; the cache key is hashed so any request can name its entry. */
  jiraCache: (kind: string, key: string): string => `jira:cache:v1:${kind}:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`,
} as const;
