import { z } from 'zod';

/**
 * The envelope of an offset-paged list. Lists differ in what they send: `isLast` (boards, sprints,
 * project and priority search) or only `total` (comments, worklogs); the agile sprint list has no `total`.
 */
export const offsetPageFields = {
  startAt: z.number().int(),
  maxResults: z.number().int(),
  total: z.number().int().optional(),
  isLast: z.boolean().optional(),
};

/** The envelope of a token-paged list: no offsets and no total, only the token of the next page. */
export const tokenPageFields = {
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
};
