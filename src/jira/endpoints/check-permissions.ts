import { z } from 'zod';
import { route } from '../../platform/jira-transport';
import type { JiraClient } from '../client/jira-client';

const checkedSchema = z.looseObject({
  globalPermissions: z.array(z.string()),
  projectPermissions: z.array(
    z.looseObject({
      permission: z.string(),
      projects: z.array(z.number().int()).default([]),
      issues: z.array(z.number().int()).default([]),
    }),
  ),
});

export type CheckedPermissions = z.infer<typeof checkedSchema>;

export interface PermissionCheck {
  /** Whom to ask about; the actor by default. Asking about someone else takes Administer Jira, which the app has. */
  accountId?: string;
  globalPermissions?: string[];
  /** Up to 1,000 project ids and 1,000 issue ids across the entries. */
  projectPermissions?: Array<{ permissions: string[]; projects?: number[]; issues?: number[] }>;
}

/**
 * `POST /rest/api/3/permissions/check`: what is granted, and where. Only grants come back: a
 * permission missing from the answer, or an id missing from its lists, is not held.
 */
export function checkPermissions(client: JiraClient, check: PermissionCheck): Promise<CheckedPermissions> {
  return client.call({ operation: 'checkPermissions', path: route`/rest/api/3/permissions/check`, body: check, schema: checkedSchema });
}
