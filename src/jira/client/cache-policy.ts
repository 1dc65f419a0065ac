/**
 * The original design's two caches. Reference data lives in the app cache (KVS, shared by every
 * invocation of the installation); issues and sprints only in one invocation's memory, since they
 * change often; comments and worklogs are never cached.
 */
export type AppCacheKind = 'projects' | 'issueTypes' | 'statuses' | 'priorities' | 'fields' | 'users';
export type MemoryCacheKind = 'issues' | 'sprints';

export const APP_CACHE_TTL_SECONDS: Readonly<Record<Exclude<AppCacheKind, 'users'>, number>> = {
  projects: 600,
  issueTypes: 3600,
  statuses: 3600,
  priorities: 3600,
  fields: 3600,
};

export const MEMORY_CACHE_TTL_SECONDS: Readonly<Record<MemoryCacheKind, number>> = { issues: 60, sprints: 300 };

/** Users follow the configurable `JIRA_CACHE_TTL` (300 s by default, as in the original design); 0 turns the app cache off. */
export function appCacheTtlSeconds(kind: AppCacheKind, configuredTtlSeconds: number): number {
  if (configuredTtlSeconds === 0) return 0;
  return kind === 'users' ? configuredTtlSeconds : APP_CACHE_TTL_SECONDS[kind];
}

/** KVS holds values up to 240 KiB; a cache entry stays well under it or is not cached at all. */
export const MAX_CACHED_BYTES = 200 * 1024;
