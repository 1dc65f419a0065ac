import type { FieldMapping } from '../../fields/logical-fields';
import { withJiraClient } from '../../jira/client/open-client';
import { JiraNotFoundError } from '../../jira/errors';
import { fetchMirrorIssue } from '../../mirror/fetch-mirror-issue';
import type { MirrorIssue } from '../../mirror/mirror-issue';
import { updateMirrorIssue } from '../../mirror/mirror-store';

/**
 * Reads the issue from Jira and mirrors it, unless the mirror already holds a newer version (an
 * event written while Jira was read) or a tombstone. An issue deleted meanwhile is left to its
 * delete event, or to the sync.
 */
export async function refreshIssue(issueId: string, mapping: FieldMapping, changelogId: number): Promise<MirrorIssue | undefined> {
  let fetched: Omit<MirrorIssue, 'version'>;
  try {
    fetched = await withJiraClient({ priority: 'background' }, (client) => fetchMirrorIssue(client, issueId, mapping, changelogId));
  } catch (error) {
    if (error instanceof JiraNotFoundError) return undefined;
    throw error;
  }
  return updateMirrorIssue(issueId, (current) => {
    if (current !== undefined && (current.deleted || current.updatedAt > fetched.updatedAt)) return undefined;
    return { ...fetched, changelogId: Math.max(fetched.changelogId, current?.changelogId ?? 0) };
  });
}
