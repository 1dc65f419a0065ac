import { adminPageOn, messages, spinners, uiCloud, type UiCloud } from './ui-cloud';
import { textOf, type UiKitHost, type UiNode } from '../../emulator/uikit';
import { AdminPage } from '../../src/frontend/admin/admin-page';
import { raise } from '../../src/alerts/store/alert-store';
import { listDeadLetters, recordDeadLetter } from '../../src/events/dead-letters/store';
import { failure, queuedEvent } from '../events/dead-letters/harness';

const HOUR = 3_600_000;

/** The table rows shown, each as its cells' texts. */
function rows(ui: UiKitHost): Array<{ key: string; cells: string[] }> {
  return ui.findAll('Row').map((row) => ({ key: String(row.props.rowKey), cells: row.children.map((cell) => textOf(cell)) }));
}

function buttonIn(node: UiNode, label: string): UiNode {
  const visit = (n: UiNode): UiNode | undefined => (n.type === 'Button' && textOf(n).trim() === label ? n : n.children.map(visit).find((found) => found !== undefined));
  const found = visit(node);
  if (found === undefined) throw new Error(`no button ${label}`);
  return found;
}

function rowNode(ui: UiKitHost, key: string): UiNode {
  const row = ui.find((n) => n.type === 'Row' && n.props.rowKey === key);
  if (row === undefined) throw new Error(`no row ${key}`);
  return row;
}

describe('admin page: alerts and dead letters', () => {
  let cloud: UiCloud;
  beforeAll(async () => {
    cloud = await uiCloud(40, 5);
    cloud.disconnect();
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  const adminOn = (tab: string): Promise<UiKitHost> => adminPageOn(cloud, tab);

  it('shows that there are no open alerts, then the open alerts in a table', async () => {
    let ui = await adminOn('Alerts');
    expect(spinners(ui)).toEqual(['Loading the open alerts']);
    await ui.settle();
    expect(ui.find('EmptyState')?.props.header).toBe('No open alerts');
    await ui.unmount();

    const issue = [...cloud.site.state.allIssues()][0];
    if (issue === undefined) throw new Error('the site has issues');
    const at = cloud.platform.clock.now();
    await cloud.inApp(() => raise({ kind: 'moved-backwards', subject: issue.id, cause: 'test:1', severity: 'warning', explanation: 'It went from Done back to To Do.', facts: {} }, { projectKey: 'OPS', title: issue.key }, at, 0));
    await cloud.inApp(() => raise({ kind: 'sprint-overcommitted', subject: 'sprint:9', cause: 'test:2', severity: 'info', explanation: 'The sprint holds 40 points against a velocity of 25.', facts: {} }, { projectKey: 'OPS', title: 'Sprint 9' }, at, 0));

    ui = await adminOn('Alerts');
    await ui.settle();
    const shown = rows(ui).map((r) => r.cells);
    expect(shown).toHaveLength(2);
    expect(shown).toEqual(
      expect.arrayContaining([
        ['warning', 'Moved backwards', issue.key, 'It went from Done back to To Do.', expect.stringMatching(/UTC$/)],
        ['info', 'Sprint overcommitted', 'Sprint 9', 'The sprint holds 40 points against a velocity of 25.', expect.stringMatching(/UTC$/)],
      ]),
    );
    expect(ui.findAll('Cell').slice(0, 5).map((c) => textOf(c))).toEqual(['Severity', 'Kind', 'Issue or sprint', 'Explanation', 'Last seen']);
  });

  it('shows "No dead letters", then lists them; replays one, discards one, and replays all since a time', async () => {
    let ui = await adminOn('Dead letters');
    expect(spinners(ui)).toEqual(['Loading the dead letters']);
    await ui.settle();
    expect(ui.find('EmptyState')?.props.header).toBe('No dead letters');
    await ui.unmount();

    const now = cloud.platform.clock.now();
    const events = [queuedEvent(), queuedEvent(), queuedEvent(), queuedEvent()];
    // Two failed minutes ago, two two days ago: "last hour" replays only the recent ones.
    await cloud.inApp(() => Promise.all(events.map((event, i) => recordDeadLetter(failure(event, i < 2 ? now - 60_000 - i : now - 48 * HOUR - i)))));
    const ids = (await cloud.inApp(() => listDeadLetters({}))).items.sort((a, b) => b.lastFailedAt - a.lastFailedAt).map((l) => l.id);

    ui = await adminOn('Dead letters');
    await ui.settle();
    expect(rows(ui).filter((r) => ids.includes(r.key)).map((r) => r.cells.slice(0, 5))).toEqual(
      ids.map(() => ['avi:jira:updated:issue', 'JIRA_UNAVAILABLE: Jira answered 503 five times', '1', expect.stringMatching(/UTC$/), 'failed']),
    );
    const [recent, , old, oldest] = ids;
    if (recent === undefined || old === undefined || oldest === undefined) throw new Error('four dead letters');

    ui.click(buttonIn(rowNode(ui, oldest), 'Discard'));
    await ui.settle();
    expect(messages(ui).map((m) => m.title)).toContain('Dead letter discarded');
    expect(rows(ui).map((r) => r.key)).not.toContain(oldest);

    ui.click(buttonIn(rowNode(ui, old), 'Replay'));
    await ui.settle();
    expect(messages(ui).map((m) => m.title)).toContain('Replay queued');
    expect(rows(ui).find((r) => r.key === old)?.cells[4]).toBe('replaying');

    const span = ui.field('replay-since-window');
    ui.change(span, { label: 'Last hour', value: '1h' });
    ui.click(ui.button('Replay all since'));
    await ui.settle();
    expect(messages(ui).map((m) => m.title)).toContain('Replayed 2 dead letters');
    expect(rows(ui).filter((r) => r.cells[4] === 'replaying')).toHaveLength(3);

    // Someone else discards a letter this page still lists: replaying it says so, and the list catches up.
    const other = cloud.host('sias-admin', cloud.admin).render(<AdminPage initialTab={4} />);
    await other.settle();
    other.click(buttonIn(rowNode(other, recent), 'Discard'));
    await other.settle();
    ui.click(buttonIn(rowNode(ui, recent), 'Replay'));
    await ui.settle();
    expect(messages(ui)).toContainEqual({ appearance: 'error', title: 'That did not work', text: 'This dead letter is gone: it was replayed or discarded meanwhile.' });
    expect(rows(ui).map((r) => r.key)).not.toContain(recent);
  });
});
