import type { FieldMapping } from '../fields/logical-fields';
import type { JiraClient } from '../jira/client/jira-client';
import { getIssue } from '../jira/endpoints/get-issue';
import { mirrorEntryOf, mirrorFields } from './issue-from-jira';
import type { MirrorIssue } from './mirror-issue';

/** The issue as Jira has it now, reduced to what the mirror keeps. */
export async function fetchMirrorIssue(client: JiraClient, issueId: string, mapping: FieldMapping, changelogId: number): Promise<Omit<MirrorIssue, 'version'>> {
  return mirrorEntryOf(await getIssue(client, issueId, { fields: mirrorFields(mapping) }), mapping, changelogId);
}
