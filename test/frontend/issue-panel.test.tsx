import { messages, spinners, uiCloud, type UiCloud } from './ui-cloud';
import type { User } from '../../emulator/jira/model/entities';
import { IssuePanel } from '../../src/frontend/issue-panel/issue-panel';
import { alertsOf, raise } from '../../src/alerts/store/alert-store';
import { NO_SPRINT } from '../../src/mirror/mirror-issue';
import type { MirrorIssue } from '../../src/mirror/mirror-issue';
import { requestFullSync } from '../../src/sync/sync-jobs';
import { allSprints } from '../../src/sync/sprint-registry';

type Mirrored = MirrorIssue & { issueId: string };

const hours = (seconds: number | undefined): string => (seconds === undefined ? '—' : `${Number.isInteger(seconds / 3600) ? seconds / 3600 : (seconds / 3600).toFixed(1)} h`);

describe('issue panel', () => {
  let cloud: UiCloud;
  /** Mirrored issues (the mirror is keyed by id), one in a sprint with alerts raised on it and one without alerts. */
  let inSprint: Mirrored;
  let quiet: Mirrored;
  let spare: Mirrored;
  beforeAll(async () => {
    cloud = await uiCloud(40, 5);
    await cloud.inApp(() => requestFullSync());
    await cloud.platform.drain();
    cloud.disconnect();
    const mirrored = (await Promise.all([...cloud.site.state.allIssues()].map(async (issue) => ({ issueId: issue.id, mirror: await cloud.mirror(issue.id) }))))
      .filter((m): m is { issueId: string; mirror: MirrorIssue } => m.mirror !== undefined && !m.mirror.deleted)
      .map(({ issueId, mirror }) => ({ ...mirror, issueId }));
    // Only issues the full sync raised nothing on, so the alerts shown are the ones raised below.
    const alertCounts = await cloud.inApp(() => Promise.all(mirrored.map(async (m) => (await alertsOf(m.issueId)).length)));
    const withoutAlerts = mirrored.filter((_, i) => alertCounts[i] === 0);
    const sprinted = withoutAlerts.find((m) => m.sprintId !== NO_SPRINT);
    const [other, third] = withoutAlerts.filter((m) => m !== sprinted);
    if (sprinted === undefined || other === undefined || third === undefined) throw new Error('the full sync mirrored an issue in a sprint and two others, all without alerts');
    inSprint = sprinted;
    quiet = other;
    spare = third;
    const at = cloud.platform.clock.now();
    await cloud.inApp(() => raise({ kind: 'moved-backwards', subject: inSprint.issueId, cause: 'test:1', severity: 'warning', explanation: 'It went from Done back to To Do.', facts: {} }, { projectKey: 'OPS', title: inSprint.issueKey }, at, 0));
    await cloud.inApp(() => raise({ kind: 'mention', subject: inSprint.issueId, cause: 'test:2', severity: 'info', explanation: 'Someone asked for an estimate.', facts: {} }, { projectKey: 'OPS', title: inSprint.issueKey }, at - 1000, 0));
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  const panelFor = (issue: { issueId: string; issueKey: string }, accountId: string | undefined = cloud.admin) =>
    cloud.host('sias-issue-panel', accountId, { issue: { id: issue.issueId, key: issue.issueKey } }).render(<IssuePanel />);

  it('shows the issue\'s alerts, what SIAS read from it and its sprint; acknowledges and resolves an alert', async () => {
    const ui = panelFor(inSprint);
    expect(spinners(ui)).toEqual(['Loading the issue']);
    await ui.settle();
    expect(ui.recorded('invoke')).toEqual([expect.objectContaining({ functionKey: 'getIssuePanel', payload: { issueId: inSprint.issueId } })]);

    const sprint = (await cloud.inApp(() => allSprints())).find((s) => s.id === inSprint.sprintId);
    if (sprint === undefined) throw new Error('the sprint is registered');
    expect(ui.texts()).toEqual(
      expect.arrayContaining([
        'Moved backwards',
        'It went from Done back to To Do.',
        'Mention',
        'Someone asked for an estimate.',
        `Story points: ${inSprint.storyPoints ?? '—'}`,
        `Original estimate: ${hours(inSprint.originalEstimate)}`,
        `Remaining estimate: ${hours(inSprint.remainingEstimate)}`,
        `Time spent: ${hours(inSprint.timeSpent)}`,
        `Status: ${inSprint.status ?? '—'}`,
        `Name: ${sprint.name}`,
      ]),
    );
    const lozenges = (): string[] => ui.findAll('Lozenge').map((l) => String(l.children[0]?.props.text));
    // The alerts' buttons, not the estimate editor's Saves (issue-panel-estimates.test.tsx).
    const alertButtons = (): string[] => ui.findAll('ButtonGroup').flatMap((group) => group.children.filter((b) => b.type === 'Button').map((b) => String(b.children[0]?.props.text)));
    expect(lozenges()).toEqual(['warning', 'open', 'info', 'open']);
    expect(alertButtons()).toEqual(['Acknowledge', 'Resolve', 'Acknowledge', 'Resolve']);

    ui.click(ui.button('Acknowledge'));
    await ui.settle();
    expect(lozenges()).toEqual(['warning', 'acknowledged', 'info', 'open']);
    expect(alertButtons()).toEqual(['Resolve', 'Acknowledge', 'Resolve']);

    ui.click(ui.button('Resolve'));
    await ui.settle();
    // Resolved alerts go last, without buttons.
    expect(lozenges()).toEqual(['info', 'open', 'warning', 'resolved']);
    expect(alertButtons()).toEqual(['Acknowledge', 'Resolve']);
    expect(messages(ui)).toEqual([]);
  });

  it('keeps showing why an action was refused while the panel reloads, and shows an alert someone else resolved meanwhile', async () => {
    await cloud.inApp(() => raise({ kind: 'reopened', subject: spare.issueId, cause: 'test:3', severity: 'warning', explanation: 'Reopened after release.', facts: {} }, { projectKey: 'OPS', title: spare.issueKey }, cloud.platform.clock.now(), 0));
    const mine = panelFor(spare);
    const theirs = panelFor(spare);
    await Promise.all([mine.settle(), theirs.settle()]);

    const callResolver = jest.spyOn(cloud.platform, 'callResolver');
    try {
      callResolver.mockResolvedValueOnce({ ok: false, error: { code: 'JIRA_RATE_LIMITED', message: 'Jira asked SIAS to slow down; try again in a minute.' } });
      mine.click(mine.button('Acknowledge'));
      await mine.settle();
    } finally {
      callResolver.mockRestore();
    }
    expect(messages(mine)).toEqual([{ appearance: 'error', title: 'Could not update the alert', text: 'Jira asked SIAS to slow down; try again in a minute.' }]);
    expect(mine.findAll('Lozenge').map((l) => String(l.children[0]?.props.text))).toEqual(['warning', 'open']);

    // The resolver answers a second resolve with the alert as it is (resolved), so the panel just shows that.
    theirs.click(theirs.button('Resolve'));
    await theirs.settle();
    mine.click(mine.button('Resolve'));
    await mine.settle();
    expect(messages(mine)).toEqual([]);
    expect(mine.findAll('Lozenge').map((l) => String(l.children[0]?.props.text))).toEqual(['warning', 'resolved']);
  });

  it('says when the issue has no alerts', async () => {
    const ui = panelFor(quiet);
    await ui.settle();
    expect(ui.find('EmptyState')?.props.header).toBe('No alerts for this issue');
    expect(ui.texts()).toContain(`Status: ${quiet.status ?? '—'}`);
  });

  it('tells a user who cannot see the issue so, with a Retry', async () => {
    const restricted = [...cloud.site.state.users.values()].find((u) => u.accountType === 'atlassian' && u.active && u.hiddenProjectIds.length > 0) as User | undefined;
    const hidden = [...cloud.site.state.allIssues()].find((issue) => restricted?.hiddenProjectIds.includes(issue.projectId));
    if (restricted === undefined || hidden === undefined) throw new Error('the seeded site hides a project from someone');
    const ui = panelFor({ issueId: hidden.id, issueKey: hidden.key }, restricted.accountId);
    await ui.settle();
    expect(messages(ui)).toEqual([{ appearance: 'error', title: 'Could not load this issue\'s alerts', text: 'This issue does not exist or you cannot see it.Retry' }]);
  });

  it('says so when it is shown somewhere that is not an issue', async () => {
    const ui = cloud.host('sias-issue-panel', cloud.admin, {}).render(<IssuePanel />);
    await ui.settle();
    expect(messages(ui)).toEqual([{ appearance: 'error', title: 'Could not load the issue', text: 'This panel is not shown on an issue.' }]);
    expect(ui.recorded('invoke')).toEqual([]);
  });
});
