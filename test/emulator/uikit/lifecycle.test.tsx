// The host first: it installs the bridge global that @forge/bridge captures when the fixture UI loads.
import { UiKitHost } from '../../../emulator/uikit';
import { invoke } from '@forge/bridge';
import { join } from 'node:path';
import { Broken, Chatty, Poller } from './fixture/bridge-ui';
import { Counter } from './fixture/ui';
import { FIXTURE_DIR, uiFixturePlatform } from './fixture-host';

const hosts: UiKitHost[] = [];

async function host(moduleKey = 'admin', accountId = 'user-1'): Promise<UiKitHost> {
  const platform = uiFixturePlatform();
  const site = await platform.install();
  const created = new UiKitHost({ platform, installation: site, moduleKey, accountId });
  hosts.push(created);
  return created;
}

// Mounted hosts are process-wide: a test that leaves one mounted would change where stray calls go.
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.unmount().catch(() => undefined);
});

describe('UiKitHost: the rest of the bridge, settling, and resource modules', () => {
  it('records navigation, events and view commands, answering unknown ones with undefined', async () => {
    const ui = await host();
    ui.render(<Chatty />);
    for (const label of ['Open issue', 'Emit', 'Close', 'Refresh']) ui.click(ui.button(label));
    await ui.settle();
    expect(ui.recorded('navigate')).toEqual([{ url: '/browse/ABC-1', type: 'same-tab' }]);
    expect(ui.recorded('emit')).toEqual([{ event: 'saved', payload: { id: 7 } }]);
    expect(ui.recorded('close')).toEqual([{ done: true }]);
    expect(ui.commands.map((c) => c.cmd)).toEqual(['on', 'navigate', 'emit', 'close', 'refresh']);
  });

  it('delivers events to the callbacks the app subscribed with events.on, until it unsubscribes', async () => {
    const ui = await host();
    ui.render(<Chatty />);
    ui.fireEvent('refresh-request', { reason: 'sprint closed' });
    expect(ui.texts()[0]).toBe('Heard sprint closed');
    ui.fireEvent('something-else', { reason: 'ignored' });
    expect(ui.texts()[0]).toBe('Heard sprint closed');
  });

  it('makes settle() throw what an async handler threw', async () => {
    const ui = await host();
    ui.render(<Chatty />);
    ui.click(ui.button('Break'));
    await expect(ui.settle()).rejects.toThrow('handler broke');
    await expect(ui.settle()).resolves.toBeUndefined();
  });

  it('gives up settling a UI that never stops invoking, naming what is in flight, and stops it on unmount', async () => {
    const ui = await host();
    ui.render(<Poller />);
    await expect(ui.settle({ maxRounds: 20 })).rejects.toThrow(/settle\(\) gave up after 20 rounds/);
    expect(Number(/Polled (\d+) times/.exec(ui.texts()[0] ?? '')?.[1])).toBeGreaterThan(5);
    await ui.unmount();
    const calls = ui.recorded('invoke').length;
    await new Promise((resolve) => setImmediate(resolve));
    expect(ui.recorded('invoke')).toHaveLength(calls);
  });

  it('throws a render error from render(), reports it through onError, and leaves the host unmounted', async () => {
    const ui = await host();
    // React logs the uncaught render error before rethrowing it; the assertion below is what matters.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(() => ui.render(<Broken />)).toThrow('render broke');
    } finally {
      quiet.mockRestore();
    }
    expect(ui.recorded('onError')).toEqual([{ error: expect.objectContaining({ message: 'render broke' }) }]);
    expect(() => ui.click(ui.root())).toThrow('the host is unmounted');
  });

  it('routes a bridge call made outside any host to the only mounted host, and refuses to guess between two', async () => {
    const first = await host('admin', 'user-1');
    first.render(<Counter label="one" />);
    await expect(invoke('whoAmI', { accountId: 'x' }, {})).resolves.toEqual({ body: { accountId: 'user-1', claimed: 'x' }, metadata: {} });
    const second = await host('panel', 'user-2');
    second.render(<Counter label="two" />);
    await expect(invoke('whoAmI')).rejects.toThrow('outside any UiKitHost scope while 2 hosts are mounted');
  });

  it('renders a resource entry file, which calls ForgeReconciler.render when loaded, in as many hosts as asked', async () => {
    const path = join(FIXTURE_DIR, 'resource.tsx');
    const one = (await host()).renderModule(path);
    const two = (await host('panel')).renderModule(path);
    expect(one.texts()).toEqual(['Resource: 0', 'Increment', 'Reset']);
    one.click(one.button('Increment'));
    expect(one.texts()[0]).toBe('Resource: 1');
    expect(two.texts()[0]).toBe('Resource: 0');
  });

  it('refuses a resource file that something loaded before renderModule could record its render call', async () => {
    require('./fixture/preloaded');
    const ui = await host();
    expect(() => ui.renderModule(join(FIXTURE_DIR, 'preloaded.tsx'))).toThrow('was loaded before renderModule()');
  });
});
