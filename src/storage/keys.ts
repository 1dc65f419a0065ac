import { createHash } from 'node:crypto';

/**
 * The one place where KVS keys are built. Every key carries a schema version so that a value
 * written by an older app version is never read as the new shape.
 */
export const KEYS = {
  setupState: (): string => 'setup:v1',
  jiraSettings: (): string => 'settings:jira:v1',
  integrationSettings: (): string => 'settings:integration:v1',
  fullSync: (): string => 'sync:full:v1',
  syncState: (): string => 'sync:state:v1',
  /** Held by the one incremental sync that runs; a crashed run's lease expires. */
  syncLease: (): string => 'sync:lease:v1',
  syncedProjects: (): string => 'sync:projects:v1',
  syncedSprints: (boardId: number): string => `sync:sprints:v2:${boardId}`,
  syncConflicts: (): string => 'sync:conflicts:v1',
  /** Scrum boards of the synced projects, with what they estimate in. */
  syncedBoards: (): string => 'sync:boards:v1',
  syncedSprintsPrefix: (): string => 'sync:sprints:v2:',
  /** An issue the mirror saw enter a sprint. */
  sprintMember: (sprintId: number, issueId: string): string => `sync:sprint-member:v1:${sprintId}:${issueId}`,
  sprintMemberPrefix: (sprintId: number): string => `sync:sprint-member:v1:${sprintId}:`,
  alertSettings: (): string => 'settings:alerts:v1',
  /** When the first full sync started: alerts about events consider only later ones. */
  alertsWatchingSince: (): string => 'alerts:watching:v1',
  /** A sprint's frozen reports. */
  sprintStartReport: (sprintId: number): string => `alerts:sprint-start:v1:${sprintId}`,
  sprintCloseReport: (sprintId: number): string => `alerts:sprint-close:v1:${sprintId}`,
  sprintCloseReportPrefix: (): string => 'alerts:sprint-close:v1:',
  /** Who a comment or description mentioned when the app last read it (`comment-<id>`, `description-<issueId>`). */
  mentionBaseline: (source: string): string => `alerts:mentions:v1:${source}`,
  /** Where the scheduled alert check got to. */
  alertsScheduledCheck: (): string => 'alerts:scheduled-check:v1',
  /** Set once an event's effect is done; its identity makes a second delivery a duplicate. */
  eventSeen: (eventId: string): string => `events:seen:v1:${eventId}`,
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
  /**
   * A dead letter is kept as a small summary (listed and scanned) and its payload apart (written
   * once, read only to replay or inspect), so paging and replay-since do not read every payload.
   * Event identities are hashed: they may hold characters that keys cannot.
   */
  deadLetter: (eventId: string): string => `dead-letter:v1:${hashedId(eventId)}`,
  deadLetterPrefix: (): string => 'dead-letter:v1:',
  deadLetterPayload: (eventId: string): string => `dead-letter-payload:v1:${hashedId(eventId)}`,
} as const;

function hashedId(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 32);
}
