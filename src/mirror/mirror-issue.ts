import { z } from 'zod';

/**
 * An issue as the app mirrors it: only what the rules and the UI read, in the `mirror-issue` custom
 * entity (keyed by issue id). Attributes KVS cannot hold as null are left out instead.
 */
export const mirrorIssueSchema = z.object({
  issueKey: z.string(),
  projectKey: z.string(),
  issueType: z.string().optional(),
  status: z.string().optional(),
  statusCategory: z.string().optional(),
  assigneeId: z.string().optional(),
  parentId: z.string().optional(),
  /** The open sprint the issue is in; 0 for none, as the by-sprint index needs a value. */
  sprintId: z.number().int(),
  storyPoints: z.number().optional(),
  teamId: z.string().optional(),
  originalEstimate: z.number().int().optional(),
  remainingEstimate: z.number().int().optional(),
  timeSpent: z.number().int().optional(),
  createdAt: z.number().optional(),
  /** Jira's `statuscategorychangedate`: when the issue last moved to another status category. */
  statusCategoryChangedAt: z.number().optional(),
  /** Jira's `updated` of the version mirrored, in epoch ms. */
  updatedAt: z.number(),
  /** The newest changelog entry applied; with `updatedAt` it tells a stale event from a new one. */
  changelogId: z.number(),
  /** Counts the writes, so every change of the mirror is visible to readers comparing versions. */
  version: z.number().int().min(1),
  /** Kept after a delete, so a late update cannot bring the issue back. */
  deleted: z.boolean(),
});

export type MirrorIssue = z.infer<typeof mirrorIssueSchema>;

export const NO_SPRINT = 0;
