import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';

describe('the app on an evolving site', () => {
  it('receives every product event a day of site activity causes, and queues and consumes each', async () => {
    const platform = new ForgePlatform();
    const site = await JiraSite.start({ clock: platform.clock, issues: 300, seed: 9 });
    try {
      await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId, installerAccountId: site.admin().accountId });
      site.deliverEventsTo(platform);
      const activity = new SiteActivity(site.state, { seed: 9, actionsPerHour: 30 });
      const summary = await activity.play({ from: platform.clock.now(), durationMs: 86_400_000, advanceTo: (at) => platform.advance(at - platform.clock.now()) });
      await platform.drain();

      const triggers = platform.log.all().filter((r) => r.functionKey === 'product-event');
      const consumed = platform.log.all().filter((r) => r.functionKey === 'consume-event');
      expect(summary.actions).toBeGreaterThan(50);
      const { published, unsubscribed, filteredSelf } = platform.productEvents.counters;
      // The manifest subscribes to every event the site emits except avi:jira:assigned:issue.
      expect(published).toBeGreaterThanOrEqual(summary.actions);
      expect(filteredSelf).toBe(0);
      // One published event is the install's own lifecycle event, which goes to its own function.
      expect(triggers.length).toBe(published - unsubscribed - 1);
      expect(triggers.every((r) => r.outcome === 'success')).toBe(true);
      expect(consumed.length).toBe(triggers.length);
      expect(consumed.every((r) => r.outcome === 'success')).toBe(true);
    } finally {
      await site.stop();
    }
  });
});
