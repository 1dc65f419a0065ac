import { z } from 'zod';
import type { JiraClient } from '../jira/client/jira-client';
import { getIssue } from '../jira/endpoints/get-issue';

const descriptionSchema = z.looseObject({ description: z.unknown().optional() });

/** The issue's description (ADF), read only when a mention in it may have changed. */
export async function fetchDescription(client: JiraClient, issueId: string): Promise<unknown> {
  const issue = await getIssue(client, issueId, { fields: ['description'] });
  return descriptionSchema.parse(issue.fields).description ?? null;
}
