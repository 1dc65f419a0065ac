import { effectiveMapping } from '../fields/effective-mapping';
import type { JiraClient } from '../jira/client/jira-client';
import { getSprint } from '../jira/endpoints/get-sprint';
import { getStatuses } from '../jira/endpoints/get-statuses';
import { mirrorIssueSchema } from '../mirror/mirror-issue';
import { sprintMembers } from '../mirror/sprint-members';
import { entitiesInPartition } from '../platform/entity-query';
import { listByPrefix } from '../platform/kvs-query';
import { readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { allSprints, recordSprint, syncedBoards } from '../sync/sprint-registry';
import { syncedSprintOf } from '../sync/synced-sprint';
import { applyAlertPlans, evaluateIssue, type NewAlerts } from './evaluate-issue';
import { sprintSubject, type StatusCategory } from './model';
import type { AlertEnvironment } from './rule-context';
import { statusCategoryOf } from './rules/status-category';
import { sprintCloseReport } from './sprint/close-report';
import { sprintCloseReportSchema, sprintStartReportSchema, type SprintCloseReport } from './sprint/reports';
import { sprintStartFindings, sprintStartReport } from './sprint/start-report';
import { sprintTimelines } from './sprint-timelines';
import { alertsOf, alertsWithCause, raise, resolveByRule } from './store/alert-store';

/** A sprint has few issues; the mirror's by-sprint partition is read whole. */
const SPRINT_ISSUES_LIMIT = 2_000;

export type SprintReportResult = 'frozen' | 'already-frozen' | 'not-ready';

/**
 * Freezes the report of a sprint's start or close from Jira's changelog (so it is the same however
 * late the app hears of it), then raises or resolves what depends on it. A report once stored is
 * never recomputed: later edits do not change it.
 */
export async function freezeSprintReport(client: JiraClient, sprintId: number, moment: 'start' | 'close', environment: AlertEnvironment, now: number): Promise<{ result: SprintReportResult; fresh: NewAlerts }> {
  const key = moment === 'start' ? KEYS.sprintStartReport(sprintId) : KEYS.sprintCloseReport(sprintId);
  if ((await readValue(key, moment === 'start' ? sprintStartReportSchema : sprintCloseReportSchema)) !== undefined) return { result: 'already-frozen', fresh: [] };
  const jiraSprint = await getSprint(client, sprintId);
  const boardId = jiraSprint.originBoardId ?? (await allSprints()).find((s) => s.id === sprintId)?.boardId;
  const board = (await syncedBoards()).find((b) => b.id === boardId);
  if (board === undefined) return { result: 'not-ready', fresh: [] };
  const sprint = syncedSprintOf(jiraSprint, board.id);
  await recordSprint(sprint);
  if (sprint.startDate === undefined || (moment === 'close' && sprint.completeDate === undefined)) return { result: 'not-ready', fresh: [] };
  const start = await readValue(KEYS.sprintStartReport(sprintId), sprintStartReportSchema);
  const known = [...(start?.committed.map((issue) => issue.issueId) ?? []), ...(await sprintMembers(sprintId))];
  const timelines = await sprintTimelines(client, sprintId, await effectiveMapping(), [...new Set(known)]);
  if (timelines === undefined) return { result: 'not-ready', fresh: [] };
  const categoryOf = await statusCategories(client);
  const projectKey = board.projectKey ?? '';
  const context = environment.forProject(projectKey, now);
  if (moment === 'start') {
    const report = sprintStartReport({ id: sprintId, boardId: board.id, name: sprint.name, startedAt: sprint.startDate }, timelines, await closeReports(), context.thresholds, categoryOf, context.estimation);
    // The report is stored last: it marks the work done, so a job that failed halfway does it again.
    for (const finding of sprintStartFindings(report, context.thresholds)) await raise(finding, { projectKey, title: sprint.name }, now, 0);
    const fresh = await reevaluateSprintIssues(sprintId, environment, now);
    await writeValue(key, sprintStartReportSchema, report);
    return { result: 'frozen', fresh };
  }
  const report = sprintCloseReport({ id: sprintId, boardId: board.id, name: sprint.name, startedAt: sprint.startDate, completedAt: sprint.completeDate ?? now }, timelines, categoryOf);
  for (const { id } of await alertsOf(sprintSubject(sprintId))) await resolveByRule(id, now);
  for (const { id } of await alertsWithCause(`sprint:${sprintId}`)) await resolveByRule(id, now);
  await writeValue(key, sprintCloseReportSchema, report);
  return { result: 'frozen', fresh: [] };
}

/** Every frozen close report: the velocity of a board's next sprints. */
export async function closeReports(): Promise<SprintCloseReport[]> {
  const reports: SprintCloseReport[] = [];
  let cursor: string | undefined;
  do {
    const page = await listByPrefix(KEYS.sprintCloseReportPrefix(), sprintCloseReportSchema, { cursor });
    reports.push(...page.items.map((item) => item.value));
    cursor = page.cursor;
  } while (cursor !== undefined);
  return reports;
}

async function statusCategories(client: JiraClient): Promise<(statusId: string) => StatusCategory | undefined> {
  const statuses = await getStatuses(client);
  const byId = new Map(statuses.map((status) => [status.id, statusCategoryOf(status.statusCategory?.key)]));
  return (statusId) => byId.get(statusId);
}

/** A sprint that starts puts its issues in an active sprint: their missing estimates now count. */
async function reevaluateSprintIssues(sprintId: number, environment: AlertEnvironment, now: number): Promise<NewAlerts> {
  const { items } = await entitiesInPartition('mirror-issue', 'by-sprint', [sprintId], mirrorIssueSchema, { limit: SPRINT_ISSUES_LIMIT });
  const activeSprintIds = new Set([...environment.activeSprintIds, sprintId]);
  const started: AlertEnvironment = { ...environment, activeSprintIds, forProject: (projectKey, at) => ({ ...environment.forProject(projectKey, at), activeSprintIds }) };
  const plans = [];
  for (const { key, value } of items) plans.push(await evaluateIssue({ issueId: key, issue: value, mayHaveAlerts: true }, started, now));
  return applyAlertPlans(plans, now);
}
