import { SiteActivity } from '../../emulator/jira/activity/site-activity';
import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { BenchSection } from '../section';

const EVENTS = 5_000;

/**
 * The event pipeline over a realistic mix: a site's own activity (edits, transitions, comments,
 * work logs, sprints) reaching the app as product events. Per event: KVS operations and write
 * units, Jira requests, and Forge compute; the floors are one marker write and one entity write,
 * and no Jira request.
 */
export const eventsSection: BenchSection = {
  name: 'events',
  async run() {
    const platform = new ForgePlatform();
    const site = await JiraSite.start({ clock: platform.clock, issues: 2_000, seed: 11 });
    try {
      const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
      await platform.drain();
      const kvsBefore = installation.kvs.usage();
      const jiraBefore = site.requests.length;
      const invocationsBefore = platform.log.all().length;
      site.deliverEventsTo(platform);
      const activity = new SiteActivity(site.state, { seed: 11, actionsPerHour: 120 });
      const publishedBefore = platform.productEvents.counters.published;
      while (platform.productEvents.counters.published - publishedBefore < EVENTS) {
        await activity.play({ from: platform.clock.now(), durationMs: 3_600_000, advanceTo: (at) => platform.advance(at - platform.clock.now()) });
      }
      await platform.drain();
      const events = platform.productEvents.counters.published - publishedBefore;
      const kvs = installation.kvs.usage();
      const pipeline = new Set(platform.log.all().slice(invocationsBefore).filter((r) => r.functionKey === 'product-event' || r.functionKey === 'consume-event'));
      const gbSeconds = platform.log.gbSeconds((r) => pipeline.has(r));
      return {
        events,
        kvsOpsPerEvent: (kvs.requests - kvsBefore.requests) / events,
        kvsOpsFloor: 2,
        kvsWriteUnitsPerEvent: (kvs.writeUnits - kvsBefore.writeUnits) / events,
        kvsWriteUnitsFloor: 2,
        jiraRequestsPerEvent: (site.requests.length - jiraBefore) / events,
        jiraRequestsFloor: 0,
        gbSecondsPer1k: (gbSeconds / events) * 1000,
        kvsBytesWrittenPer1k: ((kvs.bytesWritten - kvsBefore.bytesWritten) / events) * 1000,
        kvsBytesReadPer1k: ((kvs.bytesRead - kvsBefore.bytesRead) / events) * 1000,
      };
    } finally {
      await site.stop();
    }
  },
};
