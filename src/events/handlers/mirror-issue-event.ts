import { effectiveMapping } from '../../fields/effective-mapping';
import { withJiraClient } from '../../jira/client/open-client';
import { JiraNotFoundError } from '../../jira/errors';
import { applyIssueEvent, changelogNumber } from '../../mirror/apply-issue-event';
import { fetchMirrorIssue } from '../../mirror/fetch-mirror-issue';
import { updateMirrorIssue } from '../../mirror/mirror-store';
import type { MirrorIssue } from '../../mirror/mirror-issue';
import type { IssueEvent } from '../payloads';
import type { HandlerResult } from './handler-result';

/**
 * Brings the mirror up to an issue event. The payload and its changelog suffice for known issues;
 * an issue the mirror has not seen yet is read from Jira once. A stale version changes nothing,
 * except that a late change of a field only the changelog carries has the issue read again.
 */
export async function mirrorIssueEvent(event: IssueEvent): Promise<HandlerResult> {
  const mapping = await effectiveMapping();
  let result: HandlerResult = 'processed';
  let needsFetch = false;
  await updateMirrorIssue(event.issue.id, (current) => {
    const effect = applyIssueEvent(current, event, mapping);
    result = effect.kind === 'stale' ? 'stale' : 'processed';
    needsFetch = effect.kind === 'fetch' || (effect.kind === 'stale' && effect.repair);
    return effect.kind === 'write' ? effect.next : undefined;
  });
  if (!needsFetch) return result;
  const changelogId = changelogNumber(event.changelog?.id) ?? 0;
  let fetched: Omit<MirrorIssue, 'version'>;
  try {
    fetched = await withJiraClient({ priority: 'background' }, (client) => fetchMirrorIssue(client, event.issue.id, mapping, changelogId));
  } catch (error) {
    // Deleted since the event: its delete event, or the sync, tombstones it.
    if (error instanceof JiraNotFoundError) return result;
    throw error;
  }
  await updateMirrorIssue(event.issue.id, (current) => {
    // Another event may have written a newer version while Jira was read.
    if (current !== undefined && (current.deleted || current.updatedAt > fetched.updatedAt)) return undefined;
    return { ...fetched, changelogId: Math.max(fetched.changelogId, current?.changelogId ?? 0) };
  });
  return result;
}
