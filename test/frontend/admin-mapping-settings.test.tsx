import { adminPageOn, messages, openTab, spinners, uiCloud, type UiCloud } from './ui-cloud';
import type { UiKitHost, UiNode } from '../../emulator/uikit';
import { alertSettings } from '../../src/alerts/alert-settings';
import { integrationSettings, integrationSettingsSchema } from '../../src/settings/integration-settings';
import { readValue } from '../../src/platform/kvs-store';
import { KEYS } from '../../src/storage/keys';
import { requestFullSync } from '../../src/sync/sync-jobs';

type Option = { label: string; value: string };

function select(ui: UiKitHost, name: string): UiNode {
  return ui.field(name);
}

function optionsOf(node: UiNode): Option[] {
  return node.props.options as Option[];
}

function textfield(ui: UiKitHost, name: string): UiNode {
  const node = ui.field(name);
  expect(node.type).toBe('Textfield');
  return node;
}

describe('admin page: field mapping and settings', () => {
  let cloud: UiCloud;
  beforeAll(async () => {
    cloud = await uiCloud(40, 5);
    // Projects and boards are what the full sync found.
    await cloud.inApp(() => requestFullSync());
    await cloud.platform.drain();
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  const adminOn = (tab: string): Promise<UiKitHost> => adminPageOn(cloud, tab);

  it('shows one Select per logical field with the suggestion preselected, its confidence, reasons and ambiguity', async () => {
    const ui = await adminOn('Field mapping');
    expect(spinners(ui)).toEqual(['Loading the field mapping']);
    await ui.settle();

    expect(ui.findAll('Select').map((s) => s.props.name)).toEqual(['storyPoints', 'epicLink', 'sprint', 'team', 'originalEstimate', 'remainingEstimate', 'loggedTime', 'severity', 'priority', 'businessValue']);
    const storyPoints = select(ui, 'storyPoints');
    expect(optionsOf(storyPoints)[0]).toEqual({ label: 'Not mapped', value: '__not-mapped__' });
    expect((storyPoints.props.value as Option).label).toMatch(/^Story point estimate \(customfield_\d+\)$/);
    expect((select(ui, 'severity').props.value as Option).label).toBe('Not mapped');
    const texts = ui.texts();
    expect(texts).toEqual(expect.arrayContaining(['Not confirmed yet', 'Suggested: Story point estimate, 75% confidence', '• named \'Story point estimate\'', 'Ambiguous', 'Also possible: Story Points (68%)']));
    expect(messages(ui)).toEqual([{ appearance: 'warning', title: '', text: expect.stringContaining('Boards estimate with different fields') }]);
  });

  it('refuses a mapping that does not fit with the resolver\'s message, then confirms a good one', async () => {
    const ui = await adminOn('Field mapping');
    await ui.settle();
    const suggested = select(ui, 'storyPoints').props.value as Option;
    const summary = optionsOf(select(ui, 'storyPoints')).find((o) => o.value === 'summary');
    if (summary === undefined) throw new Error('the site lists the summary field');

    ui.change(select(ui, 'storyPoints'), summary);
    expect((select(ui, 'storyPoints').props.value as Option).value).toBe('summary');
    ui.click(ui.button('Confirm mapping'));
    await ui.settle();
    const refused = messages(ui).find((m) => m.appearance === 'error');
    expect(refused?.title).toBe('The mapping was not saved');
    expect(refused?.text).toMatch(/^storyPoints: /);
    expect(ui.texts()).toContain('Not confirmed yet');

    ui.change(select(ui, 'storyPoints'), suggested);
    ui.change(select(ui, 'severity'), { label: 'Not mapped', value: '__not-mapped__' });
    ui.click(ui.button('Confirm mapping'));
    await ui.settle();
    expect(messages(ui).filter((m) => m.appearance !== 'warning')).toEqual([{ appearance: 'success', title: 'Mapping confirmed', text: '' }]);
    expect(ui.texts()).toContain('Confirmed');

    // The overview counts the step as done.
    openTab(ui, 'Overview');
    await ui.settle();
    expect(ui.texts()).not.toContain('Open "Field mapping", check the suggestions and confirm the mapping.');
  });

  it('edits and saves the settings, showing what the resolver refuses, and lists the boards read-only', async () => {
    const ui = await adminOn('Settings');
    expect(spinners(ui)).toEqual(['Loading the settings']);
    await ui.settle();

    const projects = optionsOf(select(ui, 'projectKeys'));
    expect(projects.length).toBeGreaterThan(0);
    const [first] = projects;
    if (first === undefined) throw new Error('a synced project');
    expect(ui.findAll('Toggle')).toHaveLength(projects.length);
    expect(ui.texts()).toContain('Boards');
    const boardRows = ui.findAll('Row');
    expect(boardRows.length).toBeGreaterThan(0);

    // Out of range: the resolver's INVALID_PAYLOAD message is shown.
    ui.change(textfield(ui, 'syncIntervalMinutes'), '1');
    ui.click(ui.button('Save settings'));
    await ui.settle();
    expect(messages(ui)).toEqual([{ appearance: 'error', title: 'Some settings are out of range', text: expect.stringContaining('syncIntervalMinutes') }]);

    // Not even sent: a transition that is not "From > To".
    ui.change(textfield(ui, 'syncIntervalMinutes'), '30');
    ui.change(textfield(ui, 'skippedTransitions'), 'Done');
    ui.click(ui.button('Save settings'));
    await ui.settle();
    expect(messages(ui).map((m) => m.title)).toContain('Check these settings');

    ui.change(textfield(ui, 'skippedTransitions'), 'In Progress > Done, To Do → Done');
    ui.change(textfield(ui, 'issueTypes'), 'Story, Bug');
    ui.change(select(ui, 'projectKeys'), [first]);
    ui.change(ui.field('notifyOnConflict'), true);
    const toggle = ui.field(`notify-${first.value}`);
    expect(toggle.props.isChecked).toBe(false);
    ui.change(toggle, true);
    ui.click(ui.button('Save settings'));
    await ui.settle();
    expect(messages(ui)).toEqual([{ appearance: 'success', title: 'Settings saved', text: '' }]);

    const [integration, alerts] = await cloud.inApp(() => Promise.all([integrationSettings(), alertSettings()]));
    expect(integration).toMatchObject({ projectKeys: [first.value], issueTypes: ['Story', 'Bug'], notifyOnConflict: true });
    expect(alerts.defaults.skippedTransitions).toEqual([
      { from: 'In Progress', to: 'Done' },
      { from: 'To Do', to: 'Done' },
    ]);
    expect(alerts.projects[first.value]).toEqual({ notify: true });
    // What the form shows afterwards is what was saved.
    expect(textfield(ui, 'syncIntervalMinutes').props.value).toBe('30');
    expect(ui.field(`notify-${first.value}`).props.isChecked).toBe(true);
  });

  it('switches the optional features and picks the boards whose sprints are followed, each explained', async () => {
    const ui = await adminOn('Settings');
    await ui.settle();

    // Both features are on by default, and no board chosen means every scrum board.
    expect(ui.field('feature-sprints').props).toMatchObject({ label: 'Sprints', isChecked: true });
    expect(ui.field('feature-comments').props).toMatchObject({ label: 'Comments', isChecked: true });
    expect(ui.texts()).toEqual(
      expect.arrayContaining([
        'Optional features',
        'Syncs the sprints of the boards below, writes sprint reports and raises sprint alerts.',
        'Reads issue comments and raises an alert when someone is mentioned.',
        'None chosen means every scrum board of the synced projects.',
      ]),
    );
    const boards = select(ui, 'sprintBoards');
    expect(boards.props.isMulti).toBe(true);
    expect(boards.props.value).toEqual([]);
    const options = boards.props.options as Array<{ label: string; value: number }>;
    // The boards SIAS synced, each labelled with its name and its project.
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) {
      const jiraBoard = cloud.site.state.boards.get(option.value);
      const project = jiraBoard === undefined ? undefined : cloud.site.state.projects.get(jiraBoard.projectId);
      if (jiraBoard === undefined || project === undefined) throw new Error(`board ${option.value} is a board of the site, in a project`);
      expect(option.label).toBe(`${jiraBoard.name} (${project.name}, ${project.key})`);
    }
    const [board] = options;
    if (board === undefined) throw new Error('the full sync found a board');

    ui.change(ui.field('feature-comments'), false);
    ui.change(select(ui, 'sprintBoards'), [board]);
    expect(ui.field('feature-comments').props.isChecked).toBe(false);
    ui.click(ui.button('Save settings'));
    await ui.settle();
    expect(messages(ui)).toEqual([{ appearance: 'success', title: 'Settings saved', text: '' }]);

    const stored = await cloud.inApp(() => readValue(KEYS.integrationSettings(), integrationSettingsSchema));
    expect(stored).toMatchObject({ enabledFeatures: ['sprints'], sprintBoards: [board.value] });

    // A fresh page shows what was stored; turning sprints off too says the boards then do nothing.
    await cloud.unmountAll();
    const again = await adminOn('Settings');
    await again.settle();
    expect(again.field('feature-sprints').props.isChecked).toBe(true);
    expect(again.field('feature-comments').props.isChecked).toBe(false);
    expect(select(again, 'sprintBoards').props.value).toEqual([board]);
    again.change(again.field('feature-sprints'), false);
    again.change(select(again, 'sprintBoards'), null);
    expect(again.texts()).toContain('None chosen means every scrum board of the synced projects. Used only while Sprints is on.');
    again.click(again.button('Save settings'));
    await again.settle();
    expect(messages(again)).toEqual([{ appearance: 'success', title: 'Settings saved', text: '' }]);
    expect(await cloud.inApp(() => readValue(KEYS.integrationSettings(), integrationSettingsSchema))).toMatchObject({ enabledFeatures: [], sprintBoards: [] });
  });
});
