import { z } from 'zod';

/**
 * Sprint reports are frozen into storage as JSON and read back, so they hold only numbers, strings,
 * arrays and objects; a value that does not exist (no points, no velocity) is an absent key.
 */

const sprintIdSchema = z.number().int();
const epochMsSchema = z.number();

/** An issue of the sprint with its points at the moment the list is about; no points: unestimated. */
const sprintIssueSchema = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  points: z.number().optional(),
});

const issueRefSchema = sprintIssueSchema.omit({ points: true });

const workloadSchema = z.object({
  issues: z.number().int(),
  points: z.number(),
});

const assigneeLoadSchema = workloadSchema.extend({ assigneeId: z.string() });

export const sprintStartReportSchema = z.object({
  sprintId: sprintIdSchema,
  boardId: sprintIdSchema,
  sprintName: z.string(),
  startedAt: epochMsSchema,
  /** The issues in the sprint at its start, with their points then. */
  committed: z.array(sprintIssueSchema),
  committedPoints: z.number(),
  /**
   * Committed issues estimable and not estimated at the start: of one of the project's estimated
   * types, not done then, and with no points (no original estimate in a project that estimates in time).
   */
  unestimated: z.array(issueRefSchema),
  /** One entry per assignee at the start, by account id; unestimated issues count for no points. */
  load: z.array(assigneeLoadSchema),
  unassigned: workloadSchema,
  /** Mean completed points of the close reports in `velocitySprintIds`; absent when there are none. */
  velocity: z.number().optional(),
  velocitySprintIds: z.array(sprintIdSchema),
});

const addedIssueSchema = sprintIssueSchema.extend({ addedAt: epochMsSchema });

/** `toSprintId` is the sprint the issue went to, 0 for the backlog (as the mirror writes "no sprint"). */
const removedIssueSchema = sprintIssueSchema.extend({ removedAt: epochMsSchema, toSprintId: sprintIdSchema });

/** A change of points while in the sprint; absent sides are no estimate, which counts as 0 in `delta`. */
const reestimateSchema = issueRefSchema.extend({
  at: epochMsSchema,
  from: z.number().optional(),
  to: z.number().optional(),
  delta: z.number(),
});

export const sprintCloseReportSchema = z.object({
  sprintId: sprintIdSchema,
  boardId: sprintIdSchema,
  sprintName: z.string(),
  startedAt: epochMsSchema,
  completedAt: epochMsSchema,
  committed: z.array(sprintIssueSchema),
  committedPoints: z.number(),
  /** Points at completion. */
  completed: z.array(sprintIssueSchema),
  completedPoints: z.number(),
  /** Points when added. */
  added: z.array(addedIssueSchema),
  addedPoints: z.number(),
  /** Points when removed. */
  removed: z.array(removedIssueSchema),
  removedPoints: z.number(),
  reestimates: z.array(reestimateSchema),
  /** The sum of the re-estimates' deltas. */
  reestimateDelta: z.number(),
  /** Points at completion. */
  carryOver: z.array(sprintIssueSchema),
  carryOverPoints: z.number(),
  /** Completed ÷ committed points; absent when nothing was committed in points. */
  completionRatio: z.number().optional(),
});

export type SprintIssue = z.infer<typeof sprintIssueSchema>;
export type IssueRef = z.infer<typeof issueRefSchema>;
export type Workload = z.infer<typeof workloadSchema>;
export type AssigneeLoad = z.infer<typeof assigneeLoadSchema>;
export type SprintStartReport = z.infer<typeof sprintStartReportSchema>;
export type AddedIssue = z.infer<typeof addedIssueSchema>;
export type RemovedIssue = z.infer<typeof removedIssueSchema>;
export type Reestimate = z.infer<typeof reestimateSchema>;
export type SprintCloseReport = z.infer<typeof sprintCloseReportSchema>;
