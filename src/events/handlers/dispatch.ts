import { requestDiscovery } from '../../fields/request-discovery';
import type { ProductEvent } from '../payloads';
import type { HandlerResult } from './handler-result';
import { mirrorIssueEvent } from './mirror-issue-event';

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
    case 'comment':
    case 'mention':
    case 'worklog':
    case 'sprint':
      return 'processed';
  }
}
