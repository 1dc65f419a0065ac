// The host first: it installs the bridge global that @forge/bridge captures when the fixture UI loads.
import { UiKitHost } from '../../../emulator/uikit';
import { Counter, Greeting, IssuePanel } from './fixture/ui';
import { uiFixturePlatform } from './fixture-host';

async function twoHosts(): Promise<{ a: UiKitHost; b: UiKitHost; platform: ReturnType<typeof uiFixturePlatform> }> {
  const platform = uiFixturePlatform();
  const site = await platform.install();
  const a = new UiKitHost({ platform, installation: site, moduleKey: 'admin', accountId: 'user-a', extension: { issue: { key: 'AAA-1' } } });
  const b = new UiKitHost({ platform, installation: site, moduleKey: 'panel', accountId: 'user-b', extension: { issue: { key: 'BBB-2' } } });
  return { a, b, platform };
}

describe('UiKitHost: several hosts in one process', () => {
  it('keeps two hosts\' documents, contexts and resolver calls apart, even when their effects interleave', async () => {
    const { a, b, platform } = await twoHosts();
    a.render(
      <>
        <Counter label="A" />
        <IssuePanel />
      </>,
    );
    b.render(
      <>
        <Counter label="B" />
        <IssuePanel />
        <Greeting />
      </>,
    );
    // Both getContext answers arrive in one microtask batch; the invokes they trigger run from React's
    // scheduler, which flushes one root's pending effects while rendering the other.
    await Promise.all([a.settle(), b.settle()]);

    expect(a.texts()).toEqual(['A: 0', 'Increment', 'Reset', 'Issue AAA-1 in jira:adminPage', 'Resolver saw AAA-1 for user-a']);
    expect(b.texts()).toEqual(['B: 0', 'Increment', 'Reset', 'Issue BBB-2 in jira:issuePanel', 'Resolver saw BBB-2 for user-b', 'Signed in as user-b (payload claimed forged-by-browser)']);
    const keys = (host: UiKitHost): string[] => host.recorded('invoke').map((d) => (d as { functionKey: string }).functionKey).sort();
    expect(keys(a)).toEqual(['issueSummary']);
    expect(keys(b)).toEqual(['issueSummary', 'whoAmI']);
    expect(platform.log.all().filter((r) => r.moduleType === 'resolver').map((r) => r.moduleKey).sort()).toEqual(['admin', 'panel', 'panel']);

    a.click(a.button('Increment'));
    expect(a.texts()[0]).toBe('A: 1');
    expect(b.texts()[0]).toBe('B: 0');
    b.click(b.button('Increment'));
    b.click(b.button('Increment'));
    expect(b.texts()[0]).toBe('B: 2');
    expect(a.texts()[0]).toBe('A: 1');
  });

  it('unmounts one host\'s tree without touching the other\'s, and refuses actions afterwards', async () => {
    const { a, b } = await twoHosts();
    a.render(<Counter label="A" />);
    b.render(<Counter label="B" />);
    const button = a.button('Increment');
    await a.unmount();
    expect(a.texts()).toEqual([]);
    expect(b.texts()).toEqual(['B: 0', 'Increment', 'Reset']);
    expect(() => a.click(button)).toThrow('the host is unmounted');
    expect(() => a.render(<Counter label="again" />)).toThrow('a host renders once');
    b.click(b.button('Increment'));
    expect(b.texts()[0]).toBe('B: 1');
  });
});
