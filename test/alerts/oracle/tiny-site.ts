/**
 * A hand-made site for the oracle's own tests: one company-managed scrum project (PLAT) estimating
 * with "Story Points", the shared statuses, three people, an active sprint started two days before
 * T0 and two future ones. Changes are recorded from T0 on, through the real JiraSiteState.
 */
import { adfDoc, adfMention, adfText, type AdfDoc } from '../../../emulator/jira/model/adf';
import type { Board, IssueType, Project, User } from '../../../emulator/jira/model/entities';
import { CUSTOM_FIELD_IDS } from '../../../emulator/jira/model/fields';
import type { Issue, IssueChanges, NewIssue } from '../../../emulator/jira/model/issue';
import type { SiteChange } from '../../../emulator/jira/model/site-change';
import { JiraSiteState } from '../../../emulator/jira/model/site-state';
import { seedCatalog, SHARED_STATUS_IDS, sharedIssueTypeIds } from '../../../emulator/jira/seed/catalog';
import { DEFAULT_THRESHOLDS, type AlertThresholds } from '../../../src/alerts/model';
import { expectedAlerts, expectedCloseReports, type ExpectedAlert, type ExpectedCloseReport, type OracleInput } from '../../../emulator/oracle/expected-alerts';
import { DAY } from '../../../emulator/oracle/input';

export const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
export const MIN = 60_000;
export const HOUR = 3_600_000;
export { DAY };

function user(accountId: string, displayName: string): User {
  return { accountId, displayName, emailAddress: `${accountId}@example.com`, accountType: 'atlassian', active: true, timeZone: 'UTC', groups: [], siteAdmin: false, hiddenProjectIds: [] };
}

export type StatusName = 'To Do' | 'In Progress' | 'In Review' | 'Done';
const STATUS: Record<StatusName, string> = { 'To Do': SHARED_STATUS_IDS.todo, 'In Progress': SHARED_STATUS_IDS.inProgress, 'In Review': SHARED_STATUS_IDS.inReview, Done: SHARED_STATUS_IDS.done };

export function tinySite() {
  const state = new JiraSiteState();
  seedCatalog(state);
  const [alice, bob, carol] = [user('u-alice', 'Alice'), user('u-bob', 'Bob'), user('u-carol', 'Carol')];
  for (const u of [alice, bob, carol]) state.users.set(u.accountId, u);
  const project: Project = { id: '10000', key: 'PLAT', name: 'Platform', style: 'classic', projectTypeKey: 'software', leadAccountId: alice.accountId, issueTypeIds: sharedIssueTypeIds(state), statusIds: Object.values(STATUS), issueCounter: 0 };
  state.projects.set(project.id, project);
  const board: Board = { id: 1, name: 'Platform Scrum', type: 'scrum', projectId: project.id, estimationFieldId: CUSTOM_FIELD_IDS.storyPoints, columns: [] };
  state.boards.set(board.id, board);
  const sprint = (name: string) => state.createSprint({ boardId: board.id, name, goal: '', createdDate: T0 - 10 * DAY, startDate: null, endDate: null });
  const [s1, s2, s3] = [sprint('PLAT Sprint 1'), sprint('PLAT Sprint 2'), sprint('PLAT Sprint 3')];
  state.startSprint(s1.id, T0 - 2 * DAY, T0 + 12 * DAY);

  const typeId = (name: IssueType['name']) => project.issueTypeIds.find((id) => state.issueTypes.get(id)?.name === name) as string;
  const create = (name: IssueType['name'], at: number, fields: Partial<NewIssue> = {}, actor = alice.accountId): Issue =>
    state.createIssue({ projectId: project.id, issueTypeId: typeId(name), summary: `A ${name}`, statusId: STATUS['To Do'], ...fields }, actor, at);
  const move = (issue: Issue, status: StatusName, at: number, actor = alice.accountId) => state.transitionIssue(issue.id, STATUS[status], actor, at);
  const edit = (issue: Issue, changes: IssueChanges, at: number, actor = alice.accountId) => state.editIssueFields(issue.id, changes, actor, at);

  let changes: SiteChange[] | undefined;
  /** Starts recording: everything before is the seeded site. */
  const record = () => {
    changes = [];
    const into = changes;
    state.onChange((change) => into.push(change));
  };
  const input = (now: number, options: { watchingSince?: number; thresholds?: Partial<AlertThresholds> } = {}): OracleInput => ({
    state,
    changes: changes ?? [],
    watchingSince: options.watchingSince ?? T0,
    now,
    thresholds: () => ({ ...DEFAULT_THRESHOLDS, ...options.thresholds }),
    pointsField: 'storyPoints',
  });
  const alerts = (now: number, options?: { watchingSince?: number; thresholds?: Partial<AlertThresholds> }): ExpectedAlert[] => expectedAlerts(input(now, options));
  const reports = (now: number): ExpectedCloseReport[] => expectedCloseReports(input(now));
  /** `key → status` of the alerts about one subject (an issue id or `sprint:<id>`). */
  const about = (subject: string, now: number, options?: { watchingSince?: number; thresholds?: Partial<AlertThresholds> }): Record<string, string> =>
    Object.fromEntries(alerts(now, options).filter((a) => a.key.split('|')[1] === subject).map((a) => [a.key, a.status]));

  return { state, alice: alice.accountId, bob: bob.accountId, carol: carol.accountId, project, board, s1, s2, s3, create, move, edit, record, input, alerts, reports, about };
}

export function mentioning(...accountIds: string[]): AdfDoc {
  return adfDoc([adfText('Hello '), ...accountIds.map((id) => adfMention(id, id))]);
}
