// The host first: it installs the bridge global that @forge/bridge captures when the fixture UI loads.
import { changeArgument, UiKitHost, type UiHostOptions, type UiNode } from '../../../emulator/uikit';
import { Counter, Greeting, IssuePanel, Loader, SettingsForm } from './fixture/ui';
import { kvs } from '@forge/kvs';
import type { Installation } from '../../../emulator/platform/installation';
import type { ForgePlatform, InstallOptions } from '../../../emulator/platform/forge-platform';
import { uiFixturePlatform } from './fixture-host';

async function setup(options: Partial<UiHostOptions> = {}, install: InstallOptions = {}): Promise<{ platform: ForgePlatform; site: Installation; host: UiKitHost }> {
  const platform = uiFixturePlatform();
  const site = await platform.install(install);
  const host = new UiKitHost({ platform, installation: site, moduleKey: 'admin', accountId: 'user-1', ...options });
  return { platform, site, host };
}

describe('UiKitHost: rendering the app\'s @forge/react components in Node', () => {
  it('renders the ForgeDoc and reads its texts, and re-renders when a Button is clicked', async () => {
    const { host } = await setup();
    host.render(<Counter label="Clicks" />);
    expect(host.texts()).toEqual(['Clicks: 0', 'Increment', 'Reset']);
    expect(host.root().type).toBe('Root');
    expect(host.byText('Clicks').type).toBe('Text');
    expect(host.doc().children[0]).toMatchObject({ type: 'Stack', children: [{ type: 'Text' }, { type: 'Button', props: { onClick: '[handler]' } }, { type: 'Button' }] });

    host.click(host.button('Increment'));
    host.click(host.button('Increment'));
    expect(host.texts()[0]).toBe('Clicks: 2');
    expect(() => host.click(host.button('Reset'))).toThrow('Button is disabled');
    expect(() => host.button('Missing')).toThrow('No button "Missing"');
    await host.settle();
    expect(host.texts()[0]).toBe('Clicks: 2');
  });

  it('answers invoke from an effect through the resolver, which sees the signed-in user and not the payload\'s claim', async () => {
    const { host } = await setup({ accountId: 'user-1' });
    host.render(<Greeting />);
    expect(host.texts()).toEqual(['Loading']);
    await host.settle();
    expect(host.texts()).toEqual(['Signed in as user-1 (payload claimed forged-by-browser)']);
    expect(host.recorded('invoke')).toEqual([{ functionKey: 'whoAmI', payload: { accountId: 'forged-by-browser' }, metadata: undefined }]);
  });

  it('gives an anonymous viewer no accountId, in getContext and in the resolver', async () => {
    const { host } = await setup({ accountId: undefined });
    expect(host.context()).not.toHaveProperty('accountId');
    host.render(<Greeting />);
    await host.settle();
    expect(host.texts()).toEqual(['Signed in as nobody (payload claimed forged-by-browser)']);
  });

  it('surfaces a resolver that throws as a rejected invoke, which the component renders as its error state', async () => {
    const { host } = await setup();
    host.render(<Loader functionKey="explode" />);
    await host.settle();
    expect(host.find('SectionMessage')?.props).toMatchObject({ appearance: 'error', title: 'Could not load' });
    expect(host.texts()).toEqual(['resolver exploded']);
    expect(host.consentRequested).toBe(false);
  });

  it('passes a resolver\'s answer as JSON, and an unknown resolver function as a rejection', async () => {
    const { host } = await setup();
    host.render(<Loader functionKey="whoAmI" />);
    await host.settle();
    expect(host.texts()).toEqual(['Loaded {"accountId":"user-1","claimed":null}']);

    const other = await setup();
    other.host.render(<Loader functionKey="noSuchFunction" />);
    await other.host.settle();
    expect(other.host.find('SectionMessage')).toBeDefined();
    expect(other.host.texts()[0]).toContain('noSuchFunction');
  });

  it('gives the component the extension (the issue) through getContext, and the resolver the same', async () => {
    const { host, site } = await setup({ moduleKey: 'panel', accountId: 'user-2', extension: { issue: { id: '10001', key: 'ABC-1' } } });
    host.render(<IssuePanel />);
    await host.settle();
    expect(host.texts()).toEqual(['Issue ABC-1 in jira:issuePanel', 'Resolver saw ABC-1 for user-2']);
    expect(host.recorded('getContext')).toHaveLength(1);
    expect(host.context()).toMatchObject({
      accountId: 'user-2',
      cloudId: site.cloudId,
      siteUrl: site.siteUrl,
      moduleKey: 'panel',
      localId: 'panel-local',
      locale: 'en-US',
      timezone: 'UTC',
      environmentType: 'DEVELOPMENT',
      extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'ABC-1' } },
    });
  });

  it('fills a Textfield and a Select, submits the Form, and the resolver stores what was entered', async () => {
    const { platform, site, host } = await setup();
    host.render(<SettingsForm />);
    expect(host.field('title').props.defaultValue).toBe('untitled');

    host.change(host.field('title'), 'Quarterly report');
    host.change(host.field('color'), { label: 'Blue', value: 'blue' });
    host.click(host.button('Save'));
    await host.settle();

    expect(host.texts()).toContain('Saved Quarterly report in blue');
    expect(await platform.run(site, () => kvs.get('settings:user-1'))).toMatchObject({ outcome: 'success', value: { title: 'Quarterly report', color: 'blue' } });
    expect(host.recorded('showFlag')).toEqual([{ id: 'saved', title: 'Settings saved', type: 'success' }]);
  });

  it('shows useForm validation after submitting an empty required field, and invokes nothing', async () => {
    const { host } = await setup();
    host.render(<SettingsForm />);
    host.change(host.field('title'), '');
    host.submit();
    await host.settle();
    expect(host.texts()).toContain('Title is required');
    expect(host.field('title').props.isInvalid).toBe(true);
    expect(host.recorded('invoke')).toEqual([]);
  });

  it('builds the SerialisableEvent shape for inputs and passes picker values raw', () => {
    const node = (type: string, props: Record<string, unknown> = {}): UiNode => ({ type, props, children: [], key: type });
    expect(changeArgument(node('Textfield', { name: 'title', type: 'number' }), 42)).toMatchObject({
      type: 'change',
      bubbles: true,
      isTrusted: true,
      target: { type: 'number', value: '42', name: 'title', tagName: 'INPUT' },
    });
    expect(changeArgument(node('TextArea'), 'x')).toMatchObject({ target: { type: 'textarea', value: 'x', tagName: 'TEXTAREA' } });
    expect(changeArgument(node('Checkbox', { value: 'agree' }), true)).toMatchObject({ target: { type: 'checkbox', checked: true, value: 'agree' } });
    expect(changeArgument(node('Toggle'), false)).toMatchObject({ target: { type: 'checkbox', checked: false } });
    expect(() => changeArgument(node('Toggle'), 'on')).toThrow('takes a boolean');
    expect(changeArgument(node('RadioGroup', { name: 'size' }), 'large')).toMatchObject({ target: { type: 'radio', value: 'large', name: 'size' } });
    const option = { label: 'Red', value: 'red' };
    expect(changeArgument(node('Select'), option)).toBe(option);
    expect(changeArgument(node('DatePicker'), '2024-06-01')).toBe('2024-06-01');
    const own = { target: { type: 'text', value: 'mine' } };
    expect(changeArgument(node('Textfield'), own)).toBe(own);
  });

  it('reports that the user must grant consent when the resolver acts as a user who has not', async () => {
    // Nothing listens there: the platform refuses the call for lack of consent before sending anything.
    const { site, host } = await setup({}, { jiraBaseUrl: 'http://127.0.0.1:9' });
    site.revokeConsent('user-1');
    host.render(<Loader functionKey="myself" />);
    await host.settle();
    expect(host.consentRequested).toBe(true);
    expect(host.texts()).toEqual(['Authentication Required']);
  });
});
