import { adminPageOn, messages, spinners, uiCloud, type UiCloud } from './ui-cloud';
import { textOf, type UiKitHost } from '../../emulator/uikit';
import { sprintCloseReportSchema, type SprintCloseReport } from '../../src/alerts/sprint/reports';
import { writeValue } from '../../src/platform/kvs-store';
import { KEYS } from '../../src/storage/keys';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** Close reports as the sprint lifecycle freezes them; written straight to storage, the UI reads them back. */
const REPORTS: SprintCloseReport[] = [
  {
    sprintId: 11,
    boardId: 1,
    sprintName: 'OPS Sprint 1',
    startedAt: T0,
    completedAt: T0 + 14 * DAY,
    committed: [
      { issueId: '10001', issueKey: 'OPS-1', points: 5 },
      { issueId: '10002', issueKey: 'OPS-2', points: 3 },
    ],
    committedPoints: 8,
    completed: [{ issueId: '10001', issueKey: 'OPS-1', points: 8 }],
    completedPoints: 8,
    added: [{ issueId: '10003', issueKey: 'OPS-3', points: 2, addedAt: T0 + 2 * DAY }],
    addedPoints: 2,
    removed: [{ issueId: '10004', issueKey: 'OPS-4', removedAt: T0 + 3 * DAY, toSprintId: 0 }],
    removedPoints: 0,
    reestimates: [{ issueId: '10001', issueKey: 'OPS-1', at: T0 + DAY, from: 5, to: 8, delta: 3 }],
    reestimateDelta: 3,
    carryOver: [
      { issueId: '10002', issueKey: 'OPS-2', points: 3 },
      { issueId: '10003', issueKey: 'OPS-3', points: 2 },
    ],
    carryOverPoints: 5,
    completionRatio: 1,
  },
  {
    sprintId: 12,
    boardId: 1,
    sprintName: 'OPS Sprint 2',
    startedAt: T0 + 14 * DAY,
    completedAt: T0 + 28 * DAY,
    committed: [{ issueId: '10002', issueKey: 'OPS-2', points: 4 }],
    committedPoints: 4,
    completed: [],
    completedPoints: 0,
    added: [],
    addedPoints: 0,
    removed: [],
    removedPoints: 0,
    reestimates: [],
    reestimateDelta: 0,
    carryOver: [{ issueId: '10002', issueKey: 'OPS-2', points: 4 }],
    carryOverPoints: 4,
    completionRatio: 0,
  },
];

describe('admin page: sprint reports', () => {
  let cloud: UiCloud;
  beforeAll(async () => {
    cloud = await uiCloud(20, 5);
    cloud.disconnect();
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  async function adminOnReports(): Promise<UiKitHost> {
    const ui = await adminPageOn(cloud, 'Sprint reports');
    expect(spinners(ui)).toEqual(['Loading the sprint reports']);
    await ui.settle();
    return ui;
  }

  it('says when no sprint has closed yet', async () => {
    const ui = await adminOnReports();
    expect(ui.find('EmptyState')?.props.header).toBe('No sprint reports yet');
    expect(ui.find('BarChart')).toBeUndefined();
  });

  it('lists closed sprints with their points, charts committed against completed, and opens a sprint\'s report', async () => {
    await cloud.inApp(async () => {
      for (const report of REPORTS) await writeValue(KEYS.sprintCloseReport(report.sprintId), sprintCloseReportSchema, report);
    });
    const ui = await adminOnReports();

    // Newest first in the table.
    expect(ui.findAll('Row').map((row) => row.children.map((cell) => textOf(cell)))).toEqual([
      ['OPS Sprint 2', '2026-02-02', '4', '0', '0%'],
      ['OPS Sprint 1', '2026-01-19', '8', '8', '100%'],
    ]);
    // Oldest first in the chart, one bar per measure.
    expect(ui.find('BarChart')?.props).toMatchObject({
      xAccessor: 'sprint',
      yAccessor: 'points',
      colorAccessor: 'measure',
      data: [
        { sprint: 'OPS Sprint 1', measure: 'Committed', points: 8 },
        { sprint: 'OPS Sprint 1', measure: 'Completed', points: 8 },
        { sprint: 'OPS Sprint 2', measure: 'Committed', points: 4 },
        { sprint: 'OPS Sprint 2', measure: 'Completed', points: 0 },
      ],
    });

    ui.click(ui.button('OPS Sprint 1'));
    expect(spinners(ui)).toEqual(['Loading the sprint report']);
    await ui.settle();
    const texts = ui.texts();
    expect(texts).toEqual(
      expect.arrayContaining([
        'Ran: 2026-01-05 to 2026-01-19',
        'Completion: 100%',
        'Committed: 2 issues, 8 points',
        'OPS-1: 5 pts',
        'Completed: 1 issue, 8 points',
        'Added during the sprint: 1 issue, 2 points',
        'OPS-3: 2 pts, added 2026-01-07 09:00 UTC',
        'Removed during the sprint: 1 issue, 0 points',
        'OPS-4: no estimate, removed 2026-01-08 09:00 UTC to the backlog',
        'Re-estimates: 1, net +3 points',
        'OPS-1: 5 pts → 8 pts (2026-01-06 09:00 UTC)',
        'Carried over: 2 issues, 5 points',
      ]),
    );
    expect(messages(ui)).toEqual([]);
  });
});
