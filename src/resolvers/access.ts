import { z } from 'zod';
import { withJiraClient } from '../jira/client/open-client';
import { checkPermissions } from '../jira/endpoints/check-permissions';
import { getIssue } from '../jira/endpoints/get-issue';
import { JiraNotFoundError, JiraPermissionError } from '../jira/errors';
import type { TrustedCaller } from '../platform/resolver';
import { ResolverError } from './resolver-error';

/**
 * Admin actions act as the app, so the caller's right is checked on every call, server-side: Jira
 * is asked whether this account holds Administer Jira. Nothing the browser sends counts.
 */
export async function requireJiraAdmin(caller: TrustedCaller): Promise<void> {
  const accountId = caller.accountId;
  if (accountId === undefined) throw new ResolverError('NOT_SIGNED_IN', 'Sign in to Jira to use SIAS.');
  const granted = await withJiraClient({ priority: 'interactive' }, (client) => checkPermissions(client, { accountId, globalPermissions: ['ADMINISTER'] }));
  if (!granted.globalPermissions.includes('ADMINISTER')) throw new ResolverError('NOT_ADMIN', 'Only Jira administrators can change SIAS.');
}

const projectFields = z.looseObject({ project: z.looseObject({ key: z.string() }).optional() });

/**
 * The issue id comes from the browser: the caller must be able to see that issue. Jira is asked as
 * the caller, so Jira's own permissions decide (and a user who has not yet granted the app access
 * gets the platform's consent prompt).
 */
export async function requireVisibleIssue(caller: TrustedCaller, issueId: string): Promise<{ issueKey: string; projectKey: string | undefined }> {
  try {
    const issue = await withJiraClient({ priority: 'interactive', actor: { as: 'user' } }, (client) => getIssue(client, issueId, { fields: ['project'] }));
    return { issueKey: issue.key, projectKey: projectFields.parse(issue.fields).project?.key };
  } catch (error) {
    if (error instanceof JiraNotFoundError || error instanceof JiraPermissionError) throw new ResolverError('ISSUE_NOT_VISIBLE', 'This issue does not exist or you cannot see it.');
    throw error;
  }
}
