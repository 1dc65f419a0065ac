import { messages, openTab, spinners, uiCloud, type UiCloud } from './ui-cloud';
import { AdminPage } from '../../src/frontend/admin/admin-page';

describe('admin page: overview and sync', () => {
  let cloud: UiCloud;
  beforeAll(async () => {
    cloud = await uiCloud(40, 5);
  });
  afterEach(() => cloud.unmountAll());
  afterAll(() => cloud.stop());

  it('shows a spinner, then where setup stands, what is left, and the health of each component', async () => {
    const ui = cloud.host('sias-admin', cloud.admin).render(<AdminPage />);
    expect(spinners(ui)).toEqual(['Loading the overview']);
    await ui.settle();

    expect(spinners(ui)).toEqual([]);
    const texts = ui.texts();
    expect(texts).toEqual(expect.arrayContaining(['Connected to Jira', 'SIAS reached your Jira site', 'Field mapping confirmed by an admin', 'Open "Field mapping", check the suggestions and confirm the mapping.']));
    expect(texts).toContain('2 of 4 setup steps left.');
    // Each component with its state and the reason for it.
    for (const name of ['Jira client', 'Events', 'Sync']) expect(texts).toContain(name);
    expect(ui.findAll('Lozenge').map((l) => l.children.map((c) => c.props.text).join(''))).toEqual(expect.arrayContaining(['healthy', 'degraded']));
    expect(texts).toContain('No sync has finished yet: start a full sync.');
    expect(texts).toEqual(expect.arrayContaining(['Queue depth: 0', 'Error rate: 0%', 'Circuit breaker: closed (calls to Jira flow normally)', 'Rate-limit pause: none', 'Open alerts: 0', 'Last successful sync: —']));
    expect(texts.some((t) => /^Jira points used: \d+ of \d+$/.test(t))).toBe(true);
  });

  it('tells a user who is not a Jira admin why the page is refused, with a Retry that asks again', async () => {
    const ui = cloud.host('sias-admin', cloud.member.accountId).render(<AdminPage />);
    await ui.settle();
    expect(messages(ui)).toEqual([{ appearance: 'error', title: 'Could not load the overview', text: 'Only Jira administrators can change SIAS.Retry' }]);

    ui.click(ui.button('Retry'));
    expect(spinners(ui)).toEqual(['Loading the overview']);
    await ui.settle();
    expect(messages(ui)[0]?.text).toContain('Only Jira administrators can change SIAS.');
    expect(ui.recorded('invoke').filter((d) => (d as { functionKey: string }).functionKey === 'getOverview')).toHaveLength(2);
  });

  it('shows a call that never reached a resolver, or came back in no envelope, as an error to retry', async () => {
    const callResolver = jest.spyOn(cloud.platform, 'callResolver');
    try {
      callResolver.mockRejectedValueOnce(new Error('network down'));
      const ui = cloud.host('sias-admin', cloud.admin).render(<AdminPage />);
      await ui.settle();
      expect(messages(ui)).toEqual([{ appearance: 'error', title: 'Could not load the overview', text: 'SIAS could not be reached (network down). Check your connection and try again.Retry' }]);

      callResolver.mockResolvedValueOnce({ overview: 'not in an envelope' });
      ui.click(ui.button('Retry'));
      await ui.settle();
      expect(messages(ui)[0]?.text).toBe('SIAS answered in a form this page does not understand. Reload the page.Retry');

      ui.click(ui.button('Retry'));
      await ui.settle();
      expect(messages(ui)).toEqual([]);
      expect(ui.texts()).toContain('Health');
    } finally {
      callResolver.mockRestore();
    }
  });

  it('starts a full sync, shows its progress, and once the jobs ran shows it finished', async () => {
    const ui = cloud.host('sias-admin', cloud.admin).render(<AdminPage />);
    await ui.settle();
    openTab(ui, 'Sync');
    expect(spinners(ui)).toEqual(['Loading the sync status']);
    await ui.settle();
    expect(ui.texts()).toEqual(expect.arrayContaining(['No full sync has run yet.', 'No incremental sync has run yet.', 'Runs every 15 minutes and recovers changes whose events never arrived.']));

    ui.click(ui.button('Start full sync'));
    await ui.settle();
    expect(messages(ui).map((m) => m.title)).toEqual(['Full sync requested']);
    expect(ui.find('ProgressBar')).toBeDefined();
    expect(ui.texts().some((t) => t.startsWith('Phase: '))).toBe(true);
    expect(ui.texts()).toContain('Finished: still running');

    await cloud.platform.drain();
    // A scheduled tick after the full sync runs the first incremental sync.
    await cloud.platform.advance(16 * 60_000);
    await cloud.platform.drain();
    ui.click(ui.button('Refresh'));
    await ui.settle();
    const texts = ui.texts();
    expect(texts).toContain('Phase: Done');
    expect(ui.find('ProgressBar')?.props).toMatchObject({ value: 1, appearance: 'success' });
    expect(texts.some((t) => /^\d+ of about \d+ issues synced \(100%\)$/.test(t))).toBe(true);
    expect(texts.find((t) => t.startsWith('Finished: '))).toMatch(/^Finished: \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(texts.find((t) => t.startsWith('Last run: '))).toMatch(/UTC$/);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Issues read in the last run: \d+$/), expect.stringMatching(/^Recovered by the last run: \d+$/), expect.stringMatching(/^Deletions found in total: \d+$/), expect.stringMatching(/^Events recovered in total: \d+$/)]));

    // The overview now counts the finished sync.
    openTab(ui, 'Overview');
    await ui.settle();
    expect(ui.texts()).not.toContain('Last successful sync: —');
  });
});
