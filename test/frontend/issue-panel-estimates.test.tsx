import { messages, uiCloud, type UiCloud } from './ui-cloud';
import type { UiKitHost, UiNode } from '../../emulator/uikit';
import { CUSTOM_FIELD_IDS } from '../../emulator/jira/model/fields';
import { IssuePanel } from '../../src/frontend/issue-panel/issue-panel';
import { effectiveMapping } from '../../src/fields/effective-mapping';
import { mappingRecordSchema } from '../../src/fields/field-records';
import type { MirrorIssue } from '../../src/mirror/mirror-issue';
import { writeValue } from '../../src/platform/kvs-store';
import { KEYS } from '../../src/storage/keys';
import { requestFullSync } from '../../src/sync/sync-jobs';

type Mirrored = MirrorIssue & { issueId: string };

const MINUTE = 60_000;

describe('issue panel: editing estimates', () => {
  let cloud: UiCloud;
  /** Mirrored stories, one per test that writes, so each starts from the version the full sync read. */
  let stories: Mirrored[];
  beforeAll(async () => {
    cloud = await uiCloud(40, 5);
    await cloud.inApp(() => requestFullSync());
    await cloud.platform.drain();
    cloud.disconnect();
    const { state } = cloud.site;
    const candidates = [...state.allIssues()].filter((issue) => state.issueTypes.get(issue.issueTypeId)?.name === 'Story');
    const mirrored = await Promise.all(candidates.map(async (issue) => ({ issueId: issue.id, mirror: await cloud.mirror(issue.id) })));
    stories = mirrored.filter((m): m is { issueId: string; mirror: MirrorIssue } => m.mirror !== undefined && !m.mirror.deleted).map(({ issueId, mirror }) => ({ ...mirror, issueId }));
    if (stories.length < 4) throw new Error('the full sync mirrored four stories');
    // The mapping is the suggestion (not confirmed): story points live in Jira's "Story point estimate".
    expect((await cloud.inApp(() => effectiveMapping())).storyPoints).toBe(CUSTOM_FIELD_IDS.storyPointEstimate);
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  const story = (index: number): Mirrored => {
    const found = stories[index];
    if (found === undefined) throw new Error(`story ${index}`);
    return found;
  };

  async function panelFor(issue: Mirrored): Promise<UiKitHost> {
    const ui = cloud.host('sias-issue-panel', cloud.admin, { issue: { id: issue.issueId, key: issue.issueKey } }).render(<IssuePanel />);
    await ui.settle();
    return ui;
  }

  const textfield = (ui: UiKitHost, field: string): UiNode => {
    const node = ui.field(`edit-${field}`);
    expect(node.type).toBe('Textfield');
    return node;
  };

  const edits = (ui: UiKitHost): unknown[] => ui.recorded('invoke').filter((call) => (call as { functionKey: string }).functionKey === 'editEstimate');

  it('saves story points and estimates (typed in hours) to Jira, and shows the panel as it is after the write', async () => {
    const issue = story(0);
    const ui = await panelFor(issue);
    expect(ui.texts()).toContain('Edit estimates');
    expect(textfield(ui, 'storyPoints').props.value).toBe(issue.storyPoints === undefined ? '' : String(issue.storyPoints));

    await cloud.platform.advance(MINUTE);
    const points = issue.storyPoints === 13 ? 8 : 13;
    ui.change(textfield(ui, 'storyPoints'), String(points));
    ui.click(ui.button('Save story points'));
    await ui.settle();

    expect(edits(ui)).toEqual([expect.objectContaining({ payload: { issueId: issue.issueId, field: 'storyPoints', value: points, basedOn: issue.updatedAt } })]);
    expect(messages(ui)).toEqual([{ appearance: 'success', title: 'Saved to Jira', text: `Story points: ${points}` }]);
    expect(cloud.site.state.issue(issue.issueId)?.storyPointEstimate).toBe(points);
    expect(ui.texts()).toContain(`Story points: ${points}`);
    expect(textfield(ui, 'storyPoints').props.value).toBe(String(points));

    // The second write is based on the fresh view the first answered with, so it is no conflict.
    const written = cloud.site.state.issue(issue.issueId)?.updated;
    await cloud.platform.advance(MINUTE);
    ui.change(textfield(ui, 'originalEstimate'), '2.5');
    ui.click(ui.button('Save original estimate'));
    await ui.settle();
    expect(edits(ui)[1]).toEqual(expect.objectContaining({ payload: { issueId: issue.issueId, field: 'originalEstimate', value: 9000, basedOn: written } }));
    expect(messages(ui)).toEqual([{ appearance: 'success', title: 'Saved to Jira', text: 'Original estimate: 2.5 h' }]);
    expect(cloud.site.state.issue(issue.issueId)?.originalEstimateSeconds).toBe(9000);
    expect(ui.texts()).toContain('Original estimate: 2.5 h');
    expect(textfield(ui, 'originalEstimate').props.value).toBe('2.5');
  });

  it('refuses what is not a number or is negative without calling SIAS', async () => {
    const issue = story(1);
    const ui = await panelFor(issue);
    const before = cloud.site.state.issue(issue.issueId)?.updated;

    ui.change(textfield(ui, 'storyPoints'), 'lots');
    ui.click(ui.button('Save story points'));
    await ui.settle();
    expect(messages(ui)).toEqual([{ appearance: 'error', title: 'Not saved', text: 'Story points: "lots" is not a number.' }]);

    ui.change(textfield(ui, 'remainingEstimate'), '-4');
    ui.click(ui.button('Save remaining estimate'));
    await ui.settle();
    expect(messages(ui)).toEqual([
      { appearance: 'error', title: 'Not saved', text: 'Story points: "lots" is not a number.' },
      { appearance: 'error', title: 'Not saved', text: 'Remaining estimate cannot be negative.' },
    ]);
    // Typing again clears the field's complaint.
    ui.change(textfield(ui, 'storyPoints'), '5');
    expect(messages(ui)).toEqual([{ appearance: 'error', title: 'Not saved', text: 'Remaining estimate cannot be negative.' }]);

    expect(edits(ui)).toEqual([]);
    expect(cloud.site.state.issue(issue.issueId)?.updated).toBe(before);
  });

  it('lets a newer change in Jira win, and says so with Jira\'s value', async () => {
    const issue = story(2);
    const ui = await panelFor(issue);
    const someone = [...cloud.site.state.users.values()].find((u) => u.accountType === 'atlassian' && u.active && u.accountId !== cloud.admin);
    if (someone === undefined) throw new Error('the site has another user');
    const theirs = issue.storyPoints === 21 ? 34 : 21;
    const mine = 3;

    await cloud.platform.advance(MINUTE);
    cloud.site.state.editIssueFields(issue.issueId, { storyPointEstimate: theirs }, someone.accountId, cloud.platform.clock.now());
    await cloud.platform.advance(MINUTE);
    ui.change(textfield(ui, 'storyPoints'), String(mine));
    ui.click(ui.button('Save story points'));
    await ui.settle();

    expect(messages(ui)).toEqual([
      {
        appearance: 'warning',
        title: 'Jira had a newer value',
        text: `The story points changed in Jira after this panel was loaded, and Jira's value wins: ${theirs}. Yours (${mine}) was not saved.`,
      },
    ]);
    expect(cloud.site.state.issue(issue.issueId)?.storyPointEstimate).toBe(theirs);
    // The panel now shows Jira's value, in the facts and in the field.
    expect(ui.texts()).toContain(`Story points: ${theirs}`);
    expect(textfield(ui, 'storyPoints').props.value).toBe(String(theirs));
  });

  it('says story points are not mapped yet when the mapping leaves them out', async () => {
    const issue = story(3);
    const mapping = await cloud.inApp(() => effectiveMapping());
    const at = cloud.platform.clock.now();
    await cloud.inApp(() => writeValue(KEYS.fieldMapping(), mappingRecordSchema, { schemaVersion: 1, mapping: { ...mapping, storyPoints: null }, confirmedBy: cloud.admin, confirmedAt: at, history: [] }));
    const before = cloud.site.state.issue(issue.issueId)?.storyPointEstimate;
    const ui = await panelFor(issue);

    ui.change(textfield(ui, 'storyPoints'), '5');
    ui.click(ui.button('Save story points'));
    await ui.settle();

    expect(messages(ui)).toEqual([
      { appearance: 'warning', title: 'Story points are not mapped yet', text: 'SIAS does not know which Jira field holds story points. An admin can choose it on the SIAS admin page, under Field mapping.' },
    ]);
    expect(cloud.site.state.issue(issue.issueId)?.storyPointEstimate).toBe(before);
    // What was typed stays, to save once the field is mapped.
    expect(textfield(ui, 'storyPoints').props.value).toBe('5');
  });
});
