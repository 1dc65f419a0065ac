import { z } from 'zod';

/** A sprint (`SprintBean`); dates a sprint has not reached are absent. */
export const sprintSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  state: z.enum(['future', 'active', 'closed']),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  completeDate: z.string().optional(),
  createdDate: z.string().optional(),
  originBoardId: z.number().int().optional(),
  goal: z.string().optional(),
});

export type Sprint = z.infer<typeof sprintSchema>;
export type SprintState = Sprint['state'];
