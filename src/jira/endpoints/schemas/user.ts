import { z } from 'zod';

/**
 * A user as Jira embeds one (`UserDetails`): authors, assignees, leads. Jira leaves out the email
 * unless the user allows it, and former users come back with little more than the account id.
 */
export const userRefSchema = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  active: z.boolean().optional(),
  accountType: z.string().optional(),
  timeZone: z.string().optional(),
  emailAddress: z.string().optional(),
});

export type UserRef = z.infer<typeof userRefSchema>;
