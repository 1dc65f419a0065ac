import { effectiveMapping } from '../../fields/effective-mapping';
import { applyIssueEvent, changelogNumber } from '../../mirror/apply-issue-event';
import type { MirrorIssue } from '../../mirror/mirror-issue';
import { updateMirrorIssue } from '../../mirror/mirror-store';
import type { IssueEvent } from '../payloads';
import type { HandlerResult } from './handler-result';
import { refreshIssue } from './refresh-issue';

/**
 * Brings the mirror up to an issue event. The payload and its changelog suffice for known issues;
 * an issue the mirror has not seen yet is read from Jira once. A stale version changes nothing,
 * except that a late change of a field only the changelog carries has the issue read again.
 */
export async function mirrorIssueEvent(event: IssueEvent): Promise<{ result: HandlerResult; issue: MirrorIssue | undefined }> {
  const mapping = await effectiveMapping();
  let result: HandlerResult = 'processed';
  let needsFetch = false;
  const written = await updateMirrorIssue(event.issue.id, (current) => {
    const effect = applyIssueEvent(current, event, mapping);
    result = effect.kind === 'stale' ? 'stale' : 'processed';
    needsFetch = effect.kind === 'fetch' || (effect.kind === 'stale' && effect.repair);
    return effect.kind === 'write' ? effect.next : undefined;
  });
  const issue = needsFetch ? await refreshIssue(event.issue.id, mapping, changelogNumber(event.changelog?.id) ?? 0) : written;
  return { result, issue };
}
