import { adminPageOn, messages, uiCloud, type UiCloud } from './ui-cloud';
import { textOf, type UiKitHost } from '../../emulator/uikit';
import { SiteActivity } from '../../emulator/jira/activity/site-activity';

const HOUR = 3_600_000;

/**
 * The admin's first hour, by clicking the rendered page: the setup steps, confirming the suggested
 * mapping, the first full sync, the alerts that activity raises, and a dead letter replayed once
 * Jira is back.
 */
describe('the admin page, walked through from install to a replayed dead letter', () => {
  let cloud: UiCloud;
  beforeAll(async () => {
    cloud = await uiCloud(200, 21);
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  async function page(tab: string): Promise<UiKitHost> {
    const ui = await adminPageOn(cloud, tab);
    await ui.settle();
    return ui;
  }

  const stepTexts = (ui: UiKitHost): string[] => ui.texts().filter((text) => /reached your Jira site|discovered|mapping confirmed|First full sync/.test(text));

  it('walks setup, mapping, full sync, alerts and a dead-letter replay', async () => {
    // Setup: connected and fields discovered; the mapping and the first sync are left to do.
    let ui = await page('Overview');
    expect(stepTexts(ui)).toHaveLength(4);
    expect(ui.texts().join(' ')).toMatch(/to do|not done|left/i);
    await ui.unmount();

    // Mapping: the suggestions are preselected; confirming them is one click.
    ui = await page('Field mapping');
    expect(ui.findAll('Select')).toHaveLength(10);
    ui.click(ui.button('Confirm mapping'));
    await ui.settle();
    expect(messages(ui).map((m) => m.title).join(' ')).toContain('Mapping confirmed');
    await ui.unmount();

    // Full sync: started from the page, run by the queued jobs, shown done.
    ui = await page('Sync');
    ui.click(ui.button('Start full sync'));
    await ui.settle();
    await cloud.platform.drain();
    await ui.unmount();
    ui = await page('Sync');
    expect(ui.texts().join(' ')).toMatch(/Done/);
    expect(ui.find('ProgressBar')?.props.value).toBe(1);
    await ui.unmount();

    // Activity raises alerts, which the Alerts tab lists with their explanations.
    const activity = new SiteActivity(cloud.site.state, { seed: 21, actionsPerHour: 30 });
    await activity.play({ from: cloud.platform.clock.now(), durationMs: 6 * HOUR, advanceTo: (at) => cloud.platform.advance(at - cloud.platform.clock.now()) });
    await cloud.platform.drain();
    ui = await page('Alerts');
    const alertRows = ui.findAll('Row');
    expect(alertRows.length).toBeGreaterThan(0);
    expect(alertRows.some((row) => /estimate|mentions|progress|logged|reopened|backwards/.test(textOf(row)))).toBe(true);
    await ui.unmount();

    // Jira fails every issue read: an issue created now cannot be mirrored and ends as a dead letter.
    const fault = cloud.site.faults.add({ match: { route: '/rest/api/3/issue/{issueIdOrKey}', method: 'GET' }, trigger: { always: true }, fault: { kind: 'error', status: 503 } });
    const project = [...cloud.site.state.projects.values()][0];
    const type = [...cloud.site.state.issueTypes.values()].find((t) => t.name === 'Task');
    const status = [...cloud.site.state.statuses.values()].find((s) => s.category === 'new');
    if (project === undefined || type === undefined || status === undefined) throw new Error('the seeded site has a project, the Task type and a To Do status');
    const created = cloud.site.state.createIssue({ projectId: project.id, issueTypeId: type.id, summary: 'Created while Jira is down', statusId: status.id }, cloud.admin, cloud.platform.clock.now());
    await cloud.platform.drain();
    // The failures opened the circuit breaker: for a minute no call reaches Jira, the page's own admin check included.
    ui = await page('Dead letters');
    expect(messages(ui).map((m) => m.text).join(' ')).toContain('pauses its calls for a minute');
    await ui.unmount();
    await cloud.platform.advance(61_000);
    ui = await page('Dead letters');
    const letter = ui.findAll('Row').find((row) => textOf(row).includes('avi:jira:created:issue'));
    expect(letter).toBeDefined();

    // Jira is back; Replay puts the event through again, and the mirror has the issue.
    cloud.site.faults.remove(fault);
    const replay = letter?.children.flatMap((cell) => cell.children).find((node) => node.type === 'ButtonGroup')?.children.find((button) => textOf(button).trim() === 'Replay');
    if (replay === undefined) throw new Error('the dead letter row has a Replay button');
    ui.click(replay);
    await ui.settle();
    expect(messages(ui).map((m) => m.title).join(' ')).toContain('Replay queued');
    await cloud.platform.drain();
    await ui.unmount();
    ui = await page('Dead letters');
    expect(ui.findAll('Row').filter((row) => textOf(row).includes('avi:jira:created:issue'))).toEqual([]);
    expect(await cloud.mirror(created.id)).toMatchObject({ issueKey: created.key, deleted: false });
    await ui.unmount();

    // Setup is complete.
    ui = await page('Overview');
    expect(ui.texts().join(' ')).not.toMatch(/not done|left to do/i);
  });
});
