import { effectiveMapping } from '../../fields/effective-mapping';
import { requestDiscovery } from '../../fields/request-discovery';
import type { ProductEvent } from '../payloads';
import type { HandlerResult } from './handler-result';
import { mirrorIssueEvent } from './mirror-issue-event';
import { refreshIssue } from './refresh-issue';

/**
 * Work by event family. Comments, mentions, worklogs and sprints are accepted and accounted for;
 * the alert rules and the sprint mirror plug in here as they land.
 */
export async function dispatchEvent(event: ProductEvent, now: number): Promise<HandlerResult> {
  switch (event.family) {
    case 'issue':
      return mirrorIssueEvent(event);
    case 'field':
      await requestDiscovery('field-event', now);
      return 'processed';
    case 'worklog':
      // The worklog moved the issue's time spent and remaining estimate, which the event does not carry.
      await refreshIssue(event.worklog.issueId, await effectiveMapping(), 0);
      return 'processed';
    case 'comment':
    case 'mention':
    case 'sprint':
      return 'processed';
  }
}
