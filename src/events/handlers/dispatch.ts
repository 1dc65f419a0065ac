import { effectiveMapping } from '../../fields/effective-mapping';
import { requestDiscovery } from '../../fields/request-discovery';
import { observeIssues } from '../../alerts/observe';
import type { Job } from '../../jobs/job';
import { pushToQueue, QUEUES } from '../../platform/queues';
import { featureOn, integrationSettings, type IntegrationSettings } from '../../settings/integration-settings';
import { sprintsOf } from '../../sync/board-sprints';
import { recordSprint } from '../../sync/sprint-registry';
import type { ProductEvent, SprintEvent } from '../payloads';
import { alertOnCommentEvent, alertOnIssueEvent } from './alert-on-event';
import type { HandlerResult } from './handler-result';
import { mirrorIssueEvent } from './mirror-issue-event';
import { refreshIssue } from './refresh-issue';

/** Work by event family: the mirror first, then the alert rules on what changed. */
export async function dispatchEvent(event: ProductEvent, now: number): Promise<HandlerResult> {
  switch (event.family) {
    case 'issue': {
      const { result, issue } = await mirrorIssueEvent(event);
      if (result === 'processed' && issue !== undefined) await alertOnIssueEvent(event, issue, now);
      return result;
    }
    case 'field':
      await requestDiscovery('field-event', now);
      return 'processed';
    case 'worklog': {
      // The worklog moved the issue's time spent and remaining estimate, which the event does not carry.
      const issue = await refreshIssue(event.worklog.issueId, await effectiveMapping(), 0);
      await observeIssues([{ issueId: event.worklog.issueId, issue, mayHaveAlerts: true }], now);
      return 'processed';
    }
    case 'comment':
    case 'mention':
      if (featureOn(await integrationSettings(), 'comments')) await alertOnCommentEvent(event, now);
      return 'processed';
    case 'sprint':
      await onSprintEvent(event, await integrationSettings());
      return 'processed';
  }
}

/** Kept in the sprint list; a start or a close freezes its report in a job, which reads Jira at length. */
async function onSprintEvent(event: SprintEvent, settings: IntegrationSettings): Promise<void> {
  const { sprint } = event;
  if (!featureOn(settings, 'sprints') || (sprint.originBoardId !== undefined && !sprintsOf(settings, sprint.originBoardId))) return;
  await recordSprint({
    id: sprint.id,
    ...(sprint.originBoardId === undefined ? {} : { boardId: sprint.originBoardId }),
    ...(sprint.name === undefined ? {} : { name: sprint.name }),
    ...(sprint.state === undefined ? {} : { state: sprint.state }),
    ...(sprint.startDate === undefined ? {} : { startDate: sprint.startDate }),
    ...(sprint.endDate === undefined ? {} : { endDate: sprint.endDate }),
    ...(sprint.completeDate === undefined ? {} : { completeDate: sprint.completeDate }),
  });
  const moment = event.eventType === 'avi:jira-software:started:sprint' ? 'start' : event.eventType === 'avi:jira-software:closed:sprint' ? 'close' : undefined;
  if (moment !== undefined) await pushToQueue(QUEUES.jobs, [{ v: 1, kind: 'sprint-report', sprintId: sprint.id, moment } satisfies Job]);
}
