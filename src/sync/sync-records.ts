import { z } from 'zod';

/** Where a full sync stands: it runs as a chain of jobs, each resuming from here. */
export const fullSyncCheckpointSchema = z.object({
  runId: z.string(),
  startedAt: z.number(),
  /** Issues updated since this time are synced (the original design's 30 days, fixed at the start). */
  issuesSince: z.number(),
  phase: z.enum(['projects', 'sprints', 'issues', 'done']),
  /**
   * One search per project, so that several pages can be read at once (a search's pages can only
   * be read in turn); each keeps the token of its next page.
   */
  streams: z.array(z.object({ projectKey: z.string(), nextPageToken: z.string().optional(), done: z.boolean() })).default([]),
  issuesDone: z.number().int().min(0),
  /** From `approximate-count` at the start of the issue phase. */
  issuesEstimated: z.number().int().min(0).optional(),
  finishedAt: z.number().optional(),
});

export type FullSyncCheckpoint = z.infer<typeof fullSyncCheckpointSchema>;

/** The incremental sync's progress between runs. */
export const syncStateSchema = z.object({
  /** Jira `updated` up to which the mirror is known complete. */
  watermark: z.number(),
  lastRunAt: z.number().optional(),
  lastSuccessAt: z.number().optional(),
  /** Issues the last run read from Jira: every issue updated since the watermark, less the overlap. */
  lastRead: z.number().int().min(0).default(0),
  /** Issues the last run found newer in Jira than in the mirror: what the events had missed. */
  lastRecovered: z.number().int().min(0),
  totalRecovered: z.number().int().min(0),
  /** The deletion sweep continues after this `updatedAt`. */
  sweepAfter: z.number().default(0),
  totalDeleted: z.number().int().min(0).default(0),
  /**
   * A run that ran out of time leaves how far it got (the newest `updated` it had upserted, and its
   * counts); the run that takes over searches from there instead of from the watermark.
   */
  resume: z.object({ from: z.number(), read: z.number().int().min(0), recovered: z.number().int().min(0) }).optional(),
});

export type SyncState = z.infer<typeof syncStateSchema>;

export const syncLeaseSchema = z.object({ runId: z.string(), acquiredAt: z.number() });

export const syncedProjectsSchema = z.array(z.object({ id: z.string(), key: z.string(), name: z.string(), style: z.string().optional() }));

/** A board's sprints, times in epoch ms. */
export const syncedSprintSchema = z.object({
  id: z.number().int(),
  boardId: z.number().int(),
  name: z.string(),
  state: z.enum(['future', 'active', 'closed']),
  startDate: z.number().optional(),
  endDate: z.number().optional(),
  completeDate: z.number().optional(),
});

export type SyncedSprint = z.infer<typeof syncedSprintSchema>;

export const syncedSprintsSchema = z.array(syncedSprintSchema);

/** The scrum boards of the synced projects; `estimationFieldId` is what the board estimates in. */
export const syncedBoardsSchema = z.array(z.object({ id: z.number().int(), name: z.string(), projectKey: z.string().optional(), estimationFieldId: z.string().optional() }));

export type SyncedBoard = z.infer<typeof syncedBoardsSchema>[number];
