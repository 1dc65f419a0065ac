import { z } from 'zod';

/** A workflow status; its category (`new`, `indeterminate`, `done`) is what the alert rules reason about. */
export const statusSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  statusCategory: z.looseObject({ key: z.string() }),
  /** Set on a team-managed project's own statuses. */
  scope: z.looseObject({ project: z.looseObject({ id: z.string() }).optional() }).optional(),
});

export type Status = z.infer<typeof statusSchema>;
