import { messages, uiCloud, type UiCloud } from './ui-cloud';
import { join } from 'node:path';

const SRC = join(__dirname, '../../src/frontend');

describe('the UI resources the manifest names', () => {
  let cloud: UiCloud;
  beforeAll(async () => {
    cloud = await uiCloud(20, 5);
    cloud.disconnect();
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  it('renders the admin page from its entry file, in strict mode', async () => {
    const ui = cloud.host('sias-admin', cloud.admin).renderModule(join(SRC, 'admin/index.tsx'));
    await ui.settle();
    expect(ui.texts()).toEqual(expect.arrayContaining(['SIAS for Jira', 'Setup', 'Health']));
    expect(messages(ui)).toEqual([]);
  });

  it('renders the issue panel from its entry file, in strict mode', async () => {
    const issue = [...cloud.site.state.allIssues()][0];
    if (issue === undefined) throw new Error('the site has issues');
    const ui = cloud.host('sias-issue-panel', cloud.admin, { issue: { id: issue.id, key: issue.key } }).renderModule(join(SRC, 'issue-panel/index.tsx'));
    await ui.settle();
    expect(ui.texts()).toEqual(expect.arrayContaining(['Alerts', 'As SIAS sees it', 'Sprint', 'Edit estimates']));
    expect(messages(ui)).toEqual([]);
    // No full sync ran: SIAS has no version of the issue to base an edit on, so it offers none.
    expect(ui.texts()).toContain('SIAS has not read this issue yet; its estimates can be edited here once it has.');
    expect(ui.findAll('Textfield')).toEqual([]);
  });
});
